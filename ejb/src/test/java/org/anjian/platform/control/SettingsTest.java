package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * System properties of the same name win over the environment, so every test sets all the settings
 * it depends on and clears them afterwards.
 */
@ResourceLock("system-properties")
class SettingsTest {

  private static final List<String> NAMES =
      List.of(
          "ANJIAN_PROFILE",
          "ANJIAN_TEST_CAPTCHA",
          "ANJIAN_DEMO_DATA",
          "ANJIAN_MAX_FAILED_LOGINS",
          "ANJIAN_LOCKOUT_MINUTES",
          "ANJIAN_UPLOAD_MAX_MB",
          "ANJIAN_ADMIN_PASSWORD",
          "DB_URL",
          "DB_PASSWORD");

  private static final String POSTGRESQL = "jdbc:postgresql://db.example:5432/anjian";

  @AfterEach
  void clear() {
    NAMES.forEach(System::clearProperty);
  }

  private static void set(String profile, String captcha, String demo) {
    System.setProperty("ANJIAN_PROFILE", profile);
    System.setProperty("ANJIAN_TEST_CAPTCHA", captcha);
    System.setProperty("ANJIAN_DEMO_DATA", demo);
  }

  @Test
  void refusesAFixedCaptchaOutsideTheTestProfile() {
    set("production", "0000", "false");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("ANJIAN_TEST_CAPTCHA");
    set("demo", "0000", "true");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("ANJIAN_TEST_CAPTCHA");
  }

  @Test
  void refusesDemoDataInProduction() {
    set("production", "", "true");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("ANJIAN_DEMO_DATA");
  }

  @Test
  void acceptsTheCombinationsThatMakeSense() {
    set("test", "0000", "true");
    assertThatCode(Settings::checkConsistent).doesNotThrowAnyException();
    set("demo", "", "true");
    assertThatCode(Settings::checkConsistent).doesNotThrowAnyException();
    set("production", "", "false");
    database(POSTGRESQL, "S3cret-of-its-own");
    assertThatCode(Settings::checkConsistent).doesNotThrowAnyException();
  }

  private static void database(String url, String password) {
    System.setProperty("DB_URL", url);
    System.setProperty("DB_PASSWORD", password);
  }

  @Test
  void productionRefusesTheTrialDatabase() {
    set("production", "", "false");
    database("", "S3cret-of-its-own");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("DB_URL is not set");
    database("jdbc:h2:~/.anjian/h2/anjian;MODE=LEGACY", "S3cret-of-its-own");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("DB_URL is H2");
  }

  @Test
  void productionRefusesTheDefaultDatabasePassword() {
    set("production", "", "false");
    database(POSTGRESQL, Settings.DEFAULT_DB_PASSWORD);
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("DB_PASSWORD is the default one");
    database(POSTGRESQL, " ");
    assertThatIllegalStateException()
        .isThrownBy(Settings::checkConsistent)
        .withMessageContaining("DB_PASSWORD is not set");
  }

  @Test
  void demoAndTestRunsKeepTheTrialDatabase() {
    database("", "");
    set("demo", "", "true");
    assertThatCode(Settings::checkConsistent).doesNotThrowAnyException();
    set("test", "0000", "true");
    database("jdbc:h2:file:/tmp/it/anjian;MODE=LEGACY", Settings.DEFAULT_DB_PASSWORD);
    assertThatCode(Settings::checkConsistent).doesNotThrowAnyException();
  }

  @Test
  void productionNeedsTheAdministratorsPasswordAndNeverMakesOneUp() {
    set("production", "", "false");
    System.setProperty("ANJIAN_ADMIN_PASSWORD", "");
    assertThatIllegalStateException()
        .isThrownBy(Settings::initialAdminPasswordOrRandom)
        .withMessageContaining("ANJIAN_ADMIN_PASSWORD");
    System.setProperty("ANJIAN_ADMIN_PASSWORD", "Chosen@2026");
    assertThat(Settings.initialAdminPasswordOrRandom()).isEqualTo("Chosen@2026");
    set("demo", "", "true");
    System.setProperty("ANJIAN_ADMIN_PASSWORD", "");
    assertThat(Settings.initialAdminPasswordOrRandom())
        .hasSize(16)
        .isNotEqualTo(Settings.initialAdminPasswordOrRandom());
  }

  @Test
  void readsTheProfileWhateverItsCase() {
    set(" Test ", "", "false");
    assertThat(Settings.profile()).isEqualTo(Settings.Profile.TEST);
  }

  @Test
  void aBlankCaptchaMeansNone() {
    set("test", "  ", "false");
    assertThat(Settings.testCaptcha()).isNull();
    System.setProperty("ANJIAN_TEST_CAPTCHA", "0000");
    assertThat(Settings.testCaptcha()).isEqualTo("0000");
  }

  @Test
  void lockoutDefaultsToFiveFailuresAndFifteenMinutes() {
    assumeTrue(System.getenv("ANJIAN_MAX_FAILED_LOGINS") == null);
    assumeTrue(System.getenv("ANJIAN_LOCKOUT_MINUTES") == null);
    assertThat(Settings.maxFailedLogins()).isEqualTo(5);
    assertThat(Settings.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void lockoutSettingsCanBeChanged() {
    System.setProperty("ANJIAN_MAX_FAILED_LOGINS", "3");
    System.setProperty("ANJIAN_LOCKOUT_MINUTES", "30");
    assertThat(Settings.maxFailedLogins()).isEqualTo(3);
    assertThat(Settings.lockoutDuration()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void uploadsAreLimitedToTenMegabytesUnlessSetOtherwise() {
    assumeTrue(System.getenv("ANJIAN_UPLOAD_MAX_MB") == null);
    assertThat(Settings.uploadMaxMegabytes()).isEqualTo(10);
    System.setProperty("ANJIAN_UPLOAD_MAX_MB", " 25 ");
    assertThat(Settings.uploadMaxMegabytes()).isEqualTo(25);
  }
}
