package org.anjian.platform.control;

import java.security.SecureRandom;
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

  /** The data source's default password (Database): fine for a trial, refused in production. */
  static final String DEFAULT_DB_PASSWORD = "anjian";

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

  /**
   * Registrations from one address within an hour, counting attempts that met a taken username or
   * credit code.
   */
  public static int registrationsPerHour() {
    return integer("ANJIAN_REGISTRATIONS_PER_HOUR", 10);
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
    if (profile == Profile.PRODUCTION) {
      checkProductionDatabase();
    }
  }

  /**
   * Production runs on a database of its own (the default H2 file in the home folder is for
   * trials), reached with a password that is not the one written in this source.
   */
  private static void checkProductionDatabase() {
    String url = value("DB_URL", "").trim();
    if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
      throw new IllegalStateException(
          "ANJIAN_PROFILE is production but DB_URL "
              + (url.isEmpty() ? "is not set (the default is an H2 file for trials)" : "is H2")
              + ": set DB_URL, DB_USER and DB_PASSWORD of the PostgreSQL database, or"
              + " ANJIAN_PROFILE=demo for a trial. Refusing to start.");
    }
    String password = value("DB_PASSWORD", "");
    if (password.isBlank() || DEFAULT_DB_PASSWORD.equals(password)) {
      throw new IllegalStateException(
          "ANJIAN_PROFILE is production but DB_PASSWORD is "
              + (password.isBlank() ? "not set" : "the default one")
              + ": give the database account a password of its own. Refusing to start.");
    }
  }

  /**
   * The initial password of the administrator account, when that account is made at the first
   * start. Production requires ANJIAN_ADMIN_PASSWORD, so that no password is ever written to the
   * server log; a demo or test run gets a random one that nobody is shown (its demo data set the
   * demo password).
   */
  public static String initialAdminPasswordOrRandom() {
    String password = initialAdminPassword();
    if (password != null) {
      return password;
    }
    if (profile() == Profile.PRODUCTION) {
      throw new IllegalStateException(
          "The account 'admin' does not exist yet: set ANJIAN_ADMIN_PASSWORD to its initial"
              + " password (it must be changed at first login). Refusing to start.");
    }
    return randomPassword();
  }

  private static String randomPassword() {
    String letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder("Aa1-");
    for (int i = 0; i < 12; i++) {
      password.append(letters.charAt(random.nextInt(letters.length())));
    }
    return password.toString();
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
