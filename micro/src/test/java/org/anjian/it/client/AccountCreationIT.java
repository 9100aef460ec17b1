package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * 账号管理 in the browser: the national regulator creates a county regulator's account, a city
 * regulator an organising body's, 北京市 one of the level it chooses; a county regulator only its own
 * filer of ownerless tailings ponds. The new login must change its initial password first.
 */
class AccountCreationIT extends BrowserTest {

  static final String INITIAL = "Start#2026b";

  void openNewAccountDialog() {
    browser.open("manage/accounts.xhtml");
    browser.find("list:new").click();
    browser.awaitAjax();
    browser.waiter().until(d -> browser.find("create:username").isDisplayed());
  }

  void fillAccount(String username) {
    browser
        .type("create:username", username)
        .type("create:displayName", "IT " + username)
        .type("create:password", INITIAL);
  }

  void assertMustChangeAtFirstLogin(String username) {
    browser.forgetSession();
    browser.login(username, INITIAL);
    assertThat(browser.path()).isEqualTo("/anjian/account/password.xhtml");
    assertThat(browser.has("must-change")).isTrue();
  }

  @Test
  void theNationalRegulatorCreatesACountyRegulatorsAccount() {
    String username = Unique.username("it-hd");
    browser.login("national", DemoLogins.PASSWORD);
    openNewAccountDialog();
    browser.choose("create:kind", "REGULATOR");
    browser.choose("create:province", "370000").choose("create:city", "370200");
    browser.choose("create:county", "370211");
    fillAccount(username);
    browser.clickAndExpectMessage("create:submit", Bundle.text("accounts.created", username));
    assertThat(
            TestDatabase.value(
                "select o.kind || ' ' || o.region_code from user_account a"
                    + " join organisation o on o.id = a.organisation_id where a.username = ?",
                username))
        .isEqualTo("REGULATOR 370211");
    assertMustChangeAtFirstLogin(username);
  }

  @Test
  void aCityRegulatorCreatesAnOrganisingBodysAccount() {
    String username = Unique.username("it-body");
    browser.login("qingdao", DemoLogins.PASSWORD);
    openNewAccountDialog();
    browser.type("create:orgName", "IT 青岛评审组织单位 " + username);
    fillAccount(username);
    browser.clickAndExpectMessage("create:submit", Bundle.text("accounts.created", username));
    assertThat(
            TestDatabase.value(
                "select o.kind || ' ' || o.parent_id from user_account a"
                    + " join organisation o on o.id = a.organisation_id where a.username = ?",
                username))
        .isEqualTo("ORGANIZING_BODY " + TestDatabase.organisationOf("qingdao"));
    assertMustChangeAtFirstLogin(username);
  }

  @Test
  void beijingChoosesTheLevelOfItsOrganisingBody() {
    String beijing = Unique.username("it-bjr");
    TestDatabase.addLogin(
        "(select id from organisation where regulator_region_code = '110000')",
        beijing,
        "qingdao",
        false);
    String username = Unique.username("it-bjb");
    browser.login(beijing, DemoLogins.PASSWORD);
    openNewAccountDialog();
    browser.choose("create:level", "THIRD");
    browser.type("create:orgName", "IT 北京市三级评审组织单位 " + username);
    fillAccount(username);
    browser.clickAndExpectMessage("create:submit", Bundle.text("accounts.created", username));
    assertThat(
            TestDatabase.value(
                "select o.kind || ' ' || o.grading_level || ' ' || o.region_code from user_account a"
                    + " join organisation o on o.id = a.organisation_id where a.username = ?",
                username))
        .isEqualTo("ORGANIZING_BODY THIRD 110000");
  }

  @Test
  void aCountyRegulatorCanOnlyCreateItsOwnerlessPondFiler() {
    String username = Unique.username("it-wz");
    browser.login("huangdao", DemoLogins.PASSWORD);
    openNewAccountDialog();
    assertThat(browser.find("create:kind_label").getText())
        .as("the only kind offered to a county")
        .isEqualTo(Bundle.text("accounts.create.ownerlessFiler"));
    fillAccount(username);
    browser.clickAndExpectMessage("create:submit", Bundle.text("accounts.created", username));
    assertThat(
            TestDatabase.value(
                "select o.kind || ' ' || o.sector || ' ' || o.region_code || ' ' || o.parent_id"
                    + " from user_account a join organisation o on o.id = a.organisation_id"
                    + " where a.username = ?",
                username))
        .isEqualTo("ENTERPRISE NON_COAL_MINE 370211 " + TestDatabase.organisationOf("huangdao"));
    assertMustChangeAtFirstLogin(username);
  }
}
