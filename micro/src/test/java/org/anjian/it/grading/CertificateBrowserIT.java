package org.anjian.it.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 公告管理, 证书管理 and the two registries through the screens, on the demo data: 青岛市 publishes an
 * announcement, body3 prints a certificate and adds an expert, the agency adds an evaluator.
 * Chromium at 1024×768; each page's screenshot is kept in target/screenshots.
 */
class CertificateBrowserIT extends BrowserTest {

  private static final Path SHOTS = Path.of("target", "screenshots");

  @Test
  void announcementCertificateAndRegistriesWorkThroughTheScreens() throws IOException {

    signIn("qingdao");
    browser.open("regulator/grading/announcements.xhtml");
    assertThat(browser.has("publish:candidates")).isTrue();
    // a:dateTime in a table cell: 批准时间 as yyyy-MM-dd HH:mm
    assertThat(cell("publish:candidates", 7)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    browser.saveEvidence(SHOTS, "grading-announcements");
    browser
        .driver()
        .findElement(By.cssSelector("[id='publish:candidates_data'] > tr .ui-chkbox-box"))
        .click();
    browser.awaitAjax();
    browser.find("publish:publish").click();
    confirm("grading-announcements-confirm");
    browser.waiter().until(d -> browser.messages().contains(prefix("gann.published")));
    browser.saveEvidence(SHOTS, "grading-announcements-published");

    browser.open("grading/certificates.xhtml");
    browser.saveEvidence(SHOTS, "grading-certificates-regulator");

    signIn("body3");
    browser.open("grading/certificates.xhtml");
    browser.saveEvidence(SHOTS, "grading-certificates-body");
    // a:date in a table cell (发证日期 over 有效期至), a:certificateStatus, a:tableDefaults' page report
    assertThat(cell("list:certificates", 3))
        .matches("\\d{4}-\\d{2}-\\d{2}\\s+\\d{4}-\\d{2}-\\d{2}");
    assertThat(cell("list:certificates", 4))
        .isIn(
            Bundle.text("certificateStatus.VALID"),
            Bundle.text("gcert.expired"),
            Bundle.text("certificateStatus.REVOKED"),
            Bundle.text("certificateStatus.DOWNGRADED"),
            Bundle.text("certificateStatus.SUPERSEDED"));
    assertThat(browser.find("list:certificates").getAttribute("class"))
        .contains("ui-datatable-sm", "ui-datatable-striped");
    assertThat(
            browser
                .driver()
                .findElement(
                    By.cssSelector(
                        "[id='list:certificates'] .ui-paginator-bottom .ui-paginator-current"))
                .getText())
        .startsWith(Bundle.prefix("table.pageReport"));
    browser.find("print:toPrint:0:printButton").click();
    confirm("grading-certificates-confirm");
    browser.waiter().until(d -> browser.messages().contains(prefix("gcert.printed")));
    assertThat(browser.has("print:printedPdf")).isTrue();
    browser.saveEvidence(SHOTS, "grading-certificates-printed");

    browser.open("body/experts.xhtml");
    browser.find("list:add").click();
    dialogShown();
    // the inputs' maxlength comes from the bean's @Size (primefaces.TRANSFORM_METADATA)
    assertThat(maxlengths("name", "speciality", "title", "employer", "phone"))
        .containsExactly("64", "128", "64", "128", "32");
    browser.type("editForm:name", "IT专家");
    browser.type("editForm:speciality", "有色金属安全");
    browser.type("editForm:title", "高级工程师");
    browser.saveEvidence(SHOTS, "grading-experts-dialog");
    browser.clickAndExpectMessage("editForm:save", prefix("greg.saved") + "IT专家");
    browser.saveEvidence(SHOTS, "grading-experts");

    signIn("agency");
    browser.open("agency/evaluators.xhtml");
    browser.find("list:add").click();
    dialogShown();
    assertThat(maxlengths("name", "certificateNo", "specialities", "phone"))
        .containsExactly("64", "64", "256", "32");
    browser.type("editForm:name", "IT评审员");
    browser.choose("editForm:qualification", "二级评审员");
    browser.type("editForm:certificateNo", "AQBZ-PS2-2026-0001");
    browser.type("editForm:specialities", "机械、轻工");
    browser.saveEvidence(SHOTS, "grading-evaluators-dialog");
    browser.clickAndExpectMessage("editForm:save", prefix("greg.saved") + "IT评审员");
    browser.saveEvidence(SHOTS, "grading-evaluators");
  }

  /** The text of the first row's cell {@code column} (1 = first) of a table. */
  private String cell(String table, int column) {
    return browser
        .driver()
        .findElement(
            By.cssSelector(
                "[id='" + table + "_data'] > tr:first-child > td:nth-child(" + column + ")"))
        .getText()
        .trim();
  }

  private List<String> maxlengths(String... inputs) {
    return Stream.of(inputs)
        .map(id -> browser.find("editForm:" + id).getAttribute("maxlength"))
        .toList();
  }

  /** Waits for the edit dialog, whose form the opening click re-renders. */
  private void dialogShown() {
    browser.awaitAjax();
    browser.waiter().until(d -> browser.find("editForm:name").isDisplayed());
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }

  private void confirm(String shot) throws IOException {
    WebElement yes = confirmDialogYes();
    browser.saveEvidence(SHOTS, shot);
    yes.click();
  }

  private static String prefix(String key) {
    return Bundle.prefix(key);
  }
}
