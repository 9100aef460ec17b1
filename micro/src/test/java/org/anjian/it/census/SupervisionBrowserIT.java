package org.anjian.it.census;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 监管层级 and a record's own region through the screens: 青岛市 takes over an enterprise of 黄岛区 on the
 * enterprise's page (confirmed, then reported), the enterprise's census pages name 青岛市 as its
 * supervisor, and a draft placed in 历下区 is then reviewed first by 历下区. Chromium; a screenshot is
 * kept when it fails.
 */
class SupervisionBrowserIT extends BrowserTest {

  private static final String QINGDAO = "青岛市安全生产监督管理局";

  @Test
  void aCityTakesOverAnEnterpriseAndTheEnterpriseSeesIt() {
    String username = Places.enterpriseAt("370211", null);
    long enterpriseId = Places.organisationOf(username);

    signIn("qingdao");
    browser.open("regulator/enterprise.xhtml?id=" + enterpriseId);
    assertThat(browser.find("supervision:currentSupervisor").getText()).isEqualTo("黄岛区安全生产监督管理局");
    browser.choose("supervision:level", "370200");
    browser.find("supervision:setSupervision").click();
    confirm();
    browser
        .waiter()
        .withMessage(() -> "saved; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(Bundle.text("census.supervision.saved", QINGDAO)));
    assertThat(browser.find("supervision:currentSupervisor").getText()).isEqualTo(QINGDAO);

    signIn(username);
    browser.open("enterprise/census/records.xhtml");
    assertThat(browser.find("list:supervisorName").getText()).isEqualTo(QINGDAO);
    browser.find("list:records-new").click();
    browser.waiter().until(d -> browser.find("newRecord:name").isDisplayed());
    browser
        .driver()
        .findElement(By.xpath("//input[@name='newRecord:type' and @value='TAILINGS_POND']/../.."))
        .click();
    browser.type("newRecord:name", CensusHttpTest.uniqueName("界面区划"));
    browser.clickAndWait("newRecord:create");
    assertThat(browser.find("census:recordSupervisor").getText()).isEqualTo(QINGDAO);

    browser.choose("census:recordRegion", "370102");
    browser.find("census:save").click();
    browser.awaitAjax();
    browser
        .waiter()
        .withMessage(() -> "a mine in 历下区 is reviewed by 历下区: " + browser.messages())
        .until(d -> browser.find("census:recordSupervisor").getText().equals("历下区安全生产监督管理局"));
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }
}
