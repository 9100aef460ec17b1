package org.anjian.it.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 帮助 and the source systems' names as users see them: the menus of a regulator, an organising body,
 * an agency and an enterprise name the 栏 of the manuals they were trained on; the manual of a
 * regulator, an enterprise and a visitor shows its chapters with their screenshots and downloads as
 * a PDF with the same headings; nobody downloads another role's manual.
 */
class ManualBrowserIT extends BrowserTest {

  @Test
  void aRegulatorsMenuCarriesTheSourceSystemsNamesAndOpensThePagesUnderThem() {
    signIn("qingdao");
    assertThat(menu())
        .contains(
            text("menu.census.review"),
            text("menu.census.mineReview"),
            text("menu.census.query"),
            text("menu.census.archived"),
            text("menu.census.tracking"),
            text("menu.profile"),
            text("menu.grading.bodies"),
            text("menu.grading.applicationReview"),
            text("menu.grading.reportApproval"),
            text("menu.grading.certificates"),
            text("menu.manual"));

    browser.clickAndWait("menu:menu-census-pending");
    assertThat(title()).isEqualTo(text("menu.census.mineReview"));
    assertThat(subtitle())
        .isEqualTo(text("menu.census.review") + " · " + text("menu.census.pending"));

    browser.clickAndWait("menu:menu-grading-applicationReview");
    assertThat(title()).isEqualTo(text("menu.grading.applicationReview"));
    assertThat(subtitle()).contains(text("menu.grading.inbox"));
    assertThat(browser.find("list:state_label").getText())
        .as("the step the menu entry names is preselected")
        .isEqualTo(text("state.PRELIMINARY_PASSED"));

    browser.clickAndWait("menu:menu-grading-reportApproval");
    assertThat(title()).isEqualTo(text("menu.grading.reportApproval"));
    assertThat(browser.find("list:state_label").getText()).isEqualTo(text("state.REPORT_REVIEWED"));

    browser.clickAndWait("menu:menu-accounts");
    assertThat(title()).isEqualTo(text("menu.grading.bodies"));
    assertThat(subtitle()).isEqualTo(text("menu.accounts"));
  }

  @Test
  void gradingUsersMenusNameTheirColumnsOfTheGradingSystem() {
    signIn("steel");
    assertThat(menu())
        .contains(
            text("menu.registration"),
            text("menu.grading.enterprise"),
            text("menu.grading.application"))
        .doesNotContain(text("menu.census.review"));
    browser.clickAndWait("menu:menu-grading-mine");
    assertThat(title()).isEqualTo(text("menu.grading.application"));
    browser.clickAndWait("menu:menu-profile");
    assertThat(title()).isEqualTo(text("menu.registration"));
    assertThat(subtitle()).isEqualTo(text("menu.profile"));

    signIn("body3");
    assertThat(menu())
        .contains(
            text("menu.grading.bodies"),
            text("menu.grading.review"),
            text("menu.grading.certificates"));
    browser.clickAndWait("menu:menu-grading-inbox");
    assertThat(title()).isEqualTo(text("menu.grading.review"));

    signIn("agency");
    assertThat(menu())
        .contains(text("menu.grading.reportManagement"), text("menu.grading.agencyManagement"));
    browser.clickAndWait("menu:menu-grading-evaluators");
    assertThat(title()).isEqualTo(text("menu.grading.agencyManagement"));
  }

  @Test
  void aRegulatorReadsTheirManualWithScreenshotsAndDownloadsItAsPdf() throws IOException {
    signIn("qingdao");
    browser.clickAndWait("menu:menu-manual");
    List<String> headings =
        List.of(
            "manual.regulator.census-pending.title",
            "manual.regulator.census-archived.title",
            "manual.regulator.census-tracking.title",
            "manual.regulator.bodies.title",
            "manual.regulator.applications.title",
            "manual.regulator.reports.title",
            "manual.regulator.certificates.title");
    assertManualShown("regulator", headings);
    assertPdfOfManual("regulator", headings);

    assertThat(fetch("help/manual.pdf?role=mining_enterprise").get("status"))
        .as("another role's manual is not found")
        .isEqualTo(404L);
  }

  @Test
  void anEnterpriseAndAVisitorReadTheirManuals() throws IOException {
    signIn("steel");
    browser.clickAndWait("menu:menu-manual");
    List<String> headings =
        List.of(
            "manual.grading_enterprise.profile.title",
            "manual.grading_enterprise.applications.title");
    assertManualShown("grading_enterprise", headings);
    assertPdfOfManual("grading_enterprise", headings);
    assertThat(fetch("help/manual.pdf?role=regulator").get("status")).isEqualTo(404L);

    browser.forgetSession().open("index.xhtml");
    browser.clickAndWait("header:nav-manual");
    headings = List.of("manual.public.login.title", "manual.public.verify.title");
    assertManualShown("public", headings);
    assertPdfOfManual("public", headings);
    assertThat(fetch("help/manual.pdf?role=grading_enterprise").get("status")).isEqualTo(404L);
  }

  /** The manual page of this role with these chapter headings, each with its screenshot shown. */
  private void assertManualShown(String role, List<String> headingKeys) {
    assertThat(browser.find("manual").getAttribute("data-role")).isEqualTo(role);
    assertThat(title()).isEqualTo(text("manual." + role + ".title"));
    List<WebElement> chapters =
        browser.driver().findElements(By.cssSelector("section.manual-chapter"));
    List<String> shown =
        chapters.stream().map(c -> c.findElement(By.tagName("h2")).getText()).toList();
    headingKeys.forEach(key -> assertThat(shown).contains(text(key)));
    for (WebElement chapter : chapters) {
      WebElement image = chapter.findElement(By.cssSelector("img.manual-shot"));
      browser
          .waiter()
          .withMessage(
              () ->
                  "the screenshot "
                      + chapter.getAttribute("data-shot")
                      + " (run ManualScreenshotsIT and commit the pictures)")
          .until(
              d ->
                  Boolean.TRUE.equals(
                      browser.js(
                          "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                          image)));
    }
  }

  /** The manual's PDF, from the page's download link, has its title and these headings. */
  private void assertPdfOfManual(String role, List<String> headingKeys) throws IOException {
    String pdf = pdfText(download(browser.find("manual-pdf").getAttribute("href")));
    assertThat(pdf).contains(compact(text("manual." + role + ".title")));
    headingKeys.forEach(key -> assertThat(pdf).contains(compact(text(key))));
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }

  private String menu() {
    return browser.find("menu").getText();
  }

  private String title() {
    return browser.driver().findElement(By.cssSelector("h1.portal-title")).getText();
  }

  private String subtitle() {
    return browser.driver().findElement(By.cssSelector("p.portal-subtitle")).getText();
  }

  private byte[] download(String url) {
    Map<String, Object> answer = fetch(url);
    assertThat(answer.get("status")).as(url).isEqualTo(200L);
    assertThat((String) answer.get("type")).startsWith("application/pdf");
    return Base64.getDecoder().decode((String) answer.get("body"));
  }

  /** Fetches a URL with the browser's session, as its download would. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fetch(String url) {
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    return (Map<String, Object>)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                    + "  if (r.status !== 200) { done({status: r.status}); return; }"
                    + "  r.arrayBuffer().then(function (b) {"
                    + "    var u = new Uint8Array(b), s = '';"
                    + "    for (var i = 0; i < u.length; i += 32768)"
                    + "      s += String.fromCharCode.apply(null, u.subarray(i, i + 32768));"
                    + "    done({status: r.status, type: r.headers.get('content-type'),"
                    + "          body: btoa(s)});"
                    + "  });"
                    + "}).catch(function (e) { done({status: -1, error: String(e)}); });",
                url);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return compact(new PDFTextStripper().getText(document));
    }
  }

  /** Without white space: the PDF breaks long headings into lines. */
  private static String compact(String text) {
    return text.replaceAll("\\s", "");
  }

  private static String text(String key) {
    return Bundle.text(key);
  }
}
