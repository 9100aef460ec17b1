package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.RegisteredEnterprise;
import org.anjian.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 注册信息维护 through the screens: a new enterprise fills in its basic information (its name and credit
 * code are not editable there), 黄岛区 changes its name with a reason on 企业详情, and the enterprise's
 * page then shows the new name and the change in its history; 黄岛区 finds a new enterprise among its
 * newly registered ones and releases the credit code it claimed. Chromium; a screenshot is kept
 * when it fails.
 */
class RegistrationBrowserIT extends BrowserTest {

  @Test
  void theEnterpriseKeepsItsBasicsAndItsCountyRenamesIt() {
    String username = RegisteredEnterprise.in(base(), "370211", "it-rb");
    long id = TestDatabase.organisationOf(username);
    String newName = "IT 更名企业 " + username;

    signIn(username);
    browser.open("account/profile.xhtml");
    assertThat(browser.driver().findElements(By.cssSelector("input[id='profile:orgName']")))
        .as("the name is not an input of the enterprise's page")
        .isEmpty();
    browser.type("profile:contactMobile", "13905321234");
    browser.choose("profile:scale", "MEDIUM");
    browser.clickAndExpectMessage("profile:save", Bundle.text("profile.saved"));
    assertThat(historyFields())
        .contains(Bundle.text("field.contactMobile"), Bundle.text("field.scale"));

    signIn("huangdao");
    browser.open("regulator/enterprise.xhtml?id=" + id);
    browser.type("identity:name", newName);
    browser.type("identity:reason", "工商登记名称已变更");
    browser.clickAndExpectMessage("identity:change", Bundle.text("registration.identity.changed"));
    assertThat(browser.find("enterprise").getText()).contains(newName);
    assertThat(historyFields()).contains(Bundle.text("field.organisationName"));

    signIn(username);
    browser.open("account/profile.xhtml");
    assertThat(browser.find("profile:orgName").getText()).isEqualTo(newName);
    assertThat(browser.find("registrationHistory").getText())
        .contains(newName, "huangdao", "工商登记名称已变更");
  }

  @Test
  void theCountyFindsTheNewEnterpriseAndReleasesTheCreditCodeItClaimed() {
    String username = RegisteredEnterprise.in(base(), "370211", "it-rr");
    long id = TestDatabase.organisationOf(username);

    signIn("huangdao");
    browser.open("regulator/enterprises.xhtml");
    browser.driver().findElement(By.cssSelector("[id='list:recent'] .ui-chkbox-box")).click();
    browser.awaitAjax();
    assertThat(browser.find("list:enterprises").getText())
        .as("新注册企业, newest first")
        .contains("IT 工贸企业 " + username);

    browser.open("regulator/enterprise.xhtml?id=" + id);
    browser.type("release:releaseReason", "营业执照核对：该代码属另一企业");
    browser.find("release:releaseCode").click();
    browser.confirmYes();
    browser
        .waiter()
        .until(d -> browser.messages().contains(Bundle.text("registration.release.done")));
    assertThat(browser.find("creditCode").getText()).isEmpty();
    assertThat(historyFields()).contains(Bundle.text("field.creditCode"));
    assertThat(browser.has("release:releaseCode")).as("nothing left to release").isFalse();
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }

  /** The 项目 column of the registration history table. */
  private List<String> historyFields() {
    return browser
        .driver()
        .findElements(By.cssSelector("[id='registrationHistory_data'] > tr > td:nth-child(2)"))
        .stream()
        .map(c -> c.getText().trim())
        .toList();
  }
}
