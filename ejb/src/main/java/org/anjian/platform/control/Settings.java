package org.anjian.platform.control;

import java.time.Duration;

/**
 * Deployment settings, read from environment variables (or system properties of the same name,
 * which win). Defaults are the production values.
 */
public final class Settings {

  /** Where the application runs: production (default), demo or test. */
  public enum Profile {
    PRODUCTION,
    DEMO,
    TEST
  }

  private Settings() {}

  public static Profile profile() {
    return Profile.valueOf(value("ANJIAN_PROFILE", "production").trim().toUpperCase());
  }

  /** Demo accounts and data are loaded only when the run command asks for them. */
  public static boolean demoData() {
    return Boolean.parseBoolean(value("ANJIAN_DEMO_DATA", "false"));
  }

  /**
   * A fixed captcha answer for automated tests, or null. Only a test profile may use it; {@link
   * #checkConsistent()} refuses a start that sets it otherwise.
   */
  public static String testCaptcha() {
    String fixed = value("ANJIAN_TEST_CAPTCHA", "");
    return fixed.isBlank() ? null : fixed;
  }

  public static String initialAdminPassword() {
    String password = value("ANJIAN_ADMIN_PASSWORD", "");
    return password.isBlank() ? null : password;
  }

  /** Wrong passwords in a row before an account locks. */
  public static int maxFailedLogins() {
    return Integer.parseInt(value("ANJIAN_MAX_FAILED_LOGINS", "5"));
  }

  public static Duration lockoutDuration() {
    return Duration.ofMinutes(Long.parseLong(value("ANJIAN_LOCKOUT_MINUTES", "15")));
  }

  /** The largest file a user may upload, in megabytes. */
  public static int uploadMaxMegabytes() {
    return Integer.parseInt(value("ANJIAN_UPLOAD_MAX_MB", "10").trim());
  }

  /** Fails the start when settings contradict each other, so a mistake cannot reach users. */
  public static void checkConsistent() {
    Profile profile = profile();
    if (testCaptcha() != null && profile != Profile.TEST) {
      throw new IllegalStateException(
          "ANJIAN_TEST_CAPTCHA is set but ANJIAN_PROFILE is "
              + profile
              + ": a fixed captcha is for automated tests only. Refusing to start.");
    }
    if (demoData() && profile == Profile.PRODUCTION) {
      throw new IllegalStateException(
          "ANJIAN_DEMO_DATA=true needs ANJIAN_PROFILE=demo or test. Refusing to start.");
    }
  }

  /**
   * A whole-number setting; a value that is not a number fails loudly rather than being ignored.
   */
  public static int integer(String name, int fallback) {
    String text = value(name, "");
    if (text.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " must be a whole number, not '" + text + "'", e);
    }
  }

  /** A text setting, or the fallback when unset or blank. */
  public static String text(String name, String fallback) {
    String text = value(name, "");
    return text.isBlank() ? fallback : text.trim();
  }

  private static String value(String name, String fallback) {
    String property = System.getProperty(name);
    if (property != null) {
      return property;
    }
    String env = System.getenv(name);
    return env != null ? env : fallback;
  }
}
