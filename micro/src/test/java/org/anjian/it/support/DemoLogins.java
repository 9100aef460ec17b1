package org.anjian.it.support;

/** The demo data's logins (ANJIAN_DEMO_DATA=true), as the application's DemoData loads them. */
public final class DemoLogins {

  /** Every demo login's password. */
  public static final String PASSWORD = "Demo@2026";

  /** The captcha answer the test profile fixes (ANJIAN_TEST_CAPTCHA in the build). */
  public static final String CAPTCHA = "0000";

  private DemoLogins() {}
}
