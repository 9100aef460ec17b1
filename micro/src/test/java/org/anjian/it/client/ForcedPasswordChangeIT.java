package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code firstlogin} must change the initial password before anything else: every page leads to the
 * change form, which wants the old password and a new one that meets the policy.
 */
class ForcedPasswordChangeIT extends BrowserTest {

  static final String NEW_PASSWORD = "Anjian#2027x";

  @BeforeEach
  void initialPasswordAgain() {
    // as the demo data leaves it, also when the suite runs again on the same database
    TestDatabase.update(
        "update user_account set must_change_password = true, failed_logins = 0,"
            + " locked_until = null, password_hash = (select password_hash from user_account"
            + " where username = 'national') where username = 'firstlogin'");
  }

  void change(String old, String fresh, String confirm) {
    browser.type("pw:old", old).type("pw:new", fresh).type("pw:confirm", confirm);
  }

  @Test
  void isKeptOnTheChangeFormUntilThePasswordIsChanged() {
    long enterprise = TestDatabase.organisationOf("steel");
    browser.login("firstlogin", DemoLogins.PASSWORD);
    assertThat(browser.path()).isEqualTo("/anjian/account/password.xhtml");
    assertThat(browser.has("must-change")).isTrue();

    // every other page leads back here, and the session's role opens nothing else
    for (String page :
        new String[] {
          "account/home.xhtml",
          "index.xhtml",
          "account/profile.xhtml",
          // pages the pending role may not open: the container's check comes before any filter
          "regulator/census/pending.xhtml",
          "regulator/census/archived.xhtml",
          "regulator/census/record.xhtml?id=1",
          "grading/applications.xhtml"
        }) {
      browser.open(page);
      assertThat(browser.path()).as(page).isEqualTo("/anjian/account/password.xhtml");
    }
    browser.open("regulator/it-probe?id=" + enterprise);
    assertThat(browser.driver().getPageSource()).doesNotContain("caller=");

    browser.open("account/password.xhtml");
    change("Wrong@2026x", NEW_PASSWORD, NEW_PASSWORD);
    browser.clickAndExpectMessage("pw:submit", Bundle.text("password.oldWrong"));
    change(DemoLogins.PASSWORD, "anjian2027", "anjian2027");
    browser.clickAndExpectMessage("pw:submit", Bundle.text("password.policy.classes"));
    change(DemoLogins.PASSWORD, "Firstlogin#1", "Firstlogin#1");
    browser.clickAndExpectMessage("pw:submit", Bundle.text("password.policy.username"));
    change(DemoLogins.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "y");
    browser.clickAndExpectMessage("pw:submit", Bundle.text("password.mismatch"));
    browser.open("account/home.xhtml");
    assertThat(browser.path()).as("still blocked").isEqualTo("/anjian/account/password.xhtml");

    change(DemoLogins.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
    browser.clickAndWait("pw:submit");
    assertThat(browser.path()).isEqualTo("/anjian/account/home.xhtml");
    assertThat(browser.find("current-user").getText()).isEqualTo("firstlogin");
    browser.open("account/profile.xhtml");
    assertThat(browser.path()).isEqualTo("/anjian/account/profile.xhtml");

    // from now on the new password, and only it, signs in straight to the home page
    browser.clickAndWait("header:logout");
    browser.login("firstlogin", DemoLogins.PASSWORD);
    assertThat(browser.has("current-user")).isFalse();
    assertThat(browser.messages()).contains(Bundle.text("login.failed"));
    browser.login("firstlogin", NEW_PASSWORD);
    assertThat(browser.path()).isEqualTo("/anjian/account/home.xhtml");
    assertThat(TestDatabase.events("PASSWORD_CHANGED", "firstlogin", 0)).isPositive();
  }
}
