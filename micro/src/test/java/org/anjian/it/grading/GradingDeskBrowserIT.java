package org.anjian.it.grading;

import static org.anjian.it.support.Bundle.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review desk through the screens: a fresh 冶金 enterprise of 青岛黄岛区 submits a 三级 application
 * (through a probe); body3 returns it with a reason, then passes it once resubmitted; qingdao
 * consents; body3 issues the notice to the demo agency; the agency submits a plan and a report that
 * reaches 三级; body3 passes the report and qingdao approves it at 三级. After each move the state and
 * the 办理过程 are checked; at the end the regulator exports the list as CSV. Chromium at 1024×768; a
 * screenshot is kept when it fails.
 */
class GradingDeskBrowserIT extends BrowserTest {

  @Test
  void anApplicationGoesFromPreliminaryReviewToAnApprovedReport() {
    URI base = base();
    String enterprise = Unique.username("it-gd");
    WebSession steel = register(base, enterprise);
    long id = Long.parseLong(post(steel, "enterprise/it-grading-desk", Map.of("op", "submitted")));
    String name = "IT 工贸企业 " + enterprise;
    String evaluatorPrefix = "评审员" + enterprise.substring(6);
    post(
        signedIn(base, "agency"),
        "grading/it-grading-desk",
        Map.of("op", "evaluators", "prefix", evaluatorPrefix));

    // the county's consent, with its opinion, before the organising body sees it
    String opinion = "经核实，该企业上一年度未发生死亡事故，同意申请三级。";
    signIn("huangdao");
    openDetail(id);
    assertThat(browser.find("state").getText()).isEqualTo(text("state.AWAITING_CONSENT"));
    browser.type("act:opinion", opinion);
    confirmMove("act:consent", "CONSENT", name);
    openDetail(id);
    assertThat(browser.find("consentOpinion").getText()).isEqualTo(opinion);

    signIn("body3");
    assertThat(browser.find("home-waiting").getText()).as("home card counts").isNotBlank();
    browser.clickAndWait("home-inbox");
    browser.type("list:text", name);
    browser.find("list:search").click();
    browser.awaitAjax();
    browser
        .waiter()
        .withMessage("the application in body3's inbox")
        .until(d -> browser.has("state-" + id));
    assertThat(browser.find("state-" + id).getText()).isEqualTo(text("state.SUBMITTED"));

    String reason = "安全管理机构填写不完整，请补充后重新提交。";
    openDetail(id);
    browser.find("act:returnToEnterprise").click();
    visible("reasonForm:reason");
    browser.type("reasonForm:reason", reason);
    moveAndExpect("reasonForm:confirm", "RETURN_TO_ENTERPRISE", name);
    post(steel, "enterprise/it-grading-desk", Map.of("op", "resubmit", "id", String.valueOf(id)));
    consentThroughProbe(signedIn(base, "huangdao"), id);

    simpleMove(id, "passPreliminary", "PASS_PRELIMINARY", name, "PRELIMINARY_PASSED");
    assertThat(browser.find("lastReason").getText()).isEqualTo(reason);

    signIn("qingdao");
    simpleMove(id, "accept", "ACCEPT", name, "ACCEPTED");

    signIn("body3");
    openDetail(id);
    browser.choose("act:agency", agencyOption());
    browser.type("act:noticeText", "请于十个工作日内提交评审方案。");
    confirmMove("act:issueNotice", "ISSUE_NOTICE", name);
    assertState(id, "NOTICE_ISSUED");

    signIn("agency");
    openDetail(id);
    browser.js("var w = PrimeFaces.getWidgetById('act:members'); w.checkAll();");
    browser.awaitAjax();
    // the agency's registry holds the demo evaluators, the two made above and any other test's
    int evaluators =
        (int)
            browser.driver().findElements(By.cssSelector("input[id^='act:members:']")).stream()
                .filter(e -> e.getAttribute("id").matches("act:members:\\d+"))
                .count();
    assertThat(evaluators).isGreaterThanOrEqualTo(2);
    browser
        .waiter()
        .withMessage("every chosen evaluator listed in the team")
        .until(
            d -> d.findElements(By.cssSelector("[id='act:team_data'] > tr")).size() == evaluators);
    String leader =
        browser
            .driver()
            .findElement(By.cssSelector("[id='act:leader_input'] option:nth-child(2)"))
            .getAttribute("value");
    browser.choose("act:leader", leader);
    // the date pickers' text fields take the typed dates as a user's paste would
    browser.js(
        "document.getElementById('act:startOn_input').value = '2026-12-07';"
            + " document.getElementById('act:endOn_input').value = '2026-12-09';");
    confirmMove("act:submitPlan", "SUBMIT_PLAN", name);
    assertState(id, "PLAN_SUBMITTED");

    signIn("agency");
    openDetail(id);
    for (int i = 0; i < 13; i++) {
      browser.type("act:lines:" + i + ":standard", "100");
      browser.type("act:lines:" + i + ":deductions", "30");
    }
    browser.find("act:findings").click();
    browser.awaitAjax();
    browser
        .waiter()
        .withMessage("the live score")
        .until(d -> browser.find("totalScore").getText().equals("70.0"));
    assertThat(browser.find("totalLevel").getText()).isEqualTo(text("gradingLevel.THIRD"));
    assertThat(browser.find("act:lines:0:rate").getText()).isEqualTo("70.0%");
    browser.type("act:findings", "应急预案演练记录不全。");
    confirmMove("act:submitReport", "SUBMIT_REPORT", name);
    assertState(id, "REPORT_SUBMITTED");
    assertThat(browser.find("reportScore").getText()).isEqualTo("70.0");

    signIn("body3");
    simpleMove(id, "passReport", "PASS_REPORT", name, "REPORT_REVIEWED");

    signIn("qingdao");
    openDetail(id);
    assertThat(browser.find("approveLevel").getText()).isEqualTo(text("gradingLevel.THIRD"));
    assertThat(browser.has("act:belowHint")).isFalse();
    confirmMove("act:approveReport", "APPROVE_REPORT", name);
    assertState(id, "APPROVED");
    assertThat(browser.find("awarded").getText()).isEqualTo(text("gradingLevel.THIRD"));

    List<List<String>> history = historyRows();
    assertThat(history)
        .extracting(cells -> cells.get(1) + " " + cells.get(3))
        .as("办理过程: move and who, in order")
        .containsExactly(
            text("move.SUBMIT") + " " + enterprise,
            text("move.CONSENT") + " huangdao",
            text("move.RETURN_TO_ENTERPRISE") + " body3",
            text("move.SUBMIT") + " " + enterprise,
            text("move.CONSENT") + " huangdao",
            text("move.PASS_PRELIMINARY") + " body3",
            text("move.ACCEPT") + " qingdao",
            text("move.ISSUE_NOTICE") + " body3",
            text("move.SUBMIT_PLAN") + " agency",
            text("move.SUBMIT_REPORT") + " agency",
            text("move.PASS_REPORT") + " body3",
            text("move.APPROVE_REPORT") + " qingdao");
    assertThat(history.get(1).get(5)).as("the consent's opinion").isEqualTo(opinion);
    assertThat(history.get(2).get(5)).isEqualTo(reason);
    assertThat(history.get(2).get(2))
        .isEqualTo(text("state.SUBMITTED") + " → " + text("state.DRAFT"));

    assertThat(exportCsv(signedIn(base, "qingdao")))
        .as("办理情况 exported as CSV")
        .contains(name + ",")
        .contains(text("state.APPROVED"));

    // 公告: qingdao publishes it; once the objection window has passed it is ANNOUNCED
    browser.open("regulator/grading/announcements.xhtml");
    rowWith("publish:candidates_data", name).findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.awaitAjax();
    browser.find("publish:publish").click();
    confirmDialogYes().click();
    browser.waiter().until(d -> browser.messages().contains(Bundle.prefix("gann.published")));
    TestDatabase.update(
        "update grading_announcement set objection_until = current_date - 1 where id ="
            + " (select announcement_id from grading_application where id = ?)",
        id);
    browser.open("regulator/grading/announcements.xhtml");
    assertState(id, "ANNOUNCED");

    // 证书管理: body3 prints the certificate; its PDF carries the enterprise in Chinese and a QR
    // code that opens the public verification page, which says it is valid
    signIn("body3");
    browser.open("grading/certificates.xhtml");
    rowWith("print:toPrint_data", name).findElement(By.cssSelector("[id$=':printButton']")).click();
    confirmDialogYes().click();
    browser.waiter().until(d -> browser.messages().contains(Bundle.prefix("gcert.printed")));
    assertState(id, "CERTIFIED");
    String number =
        (String) TestDatabase.value("select number from certificate where application_id = ?", id);
    Object certificate =
        TestDatabase.value("select id from certificate where application_id = ?", id);
    HttpResponse<byte[]> pdf =
        signedIn(base, "body3").getBytes("certificate/pdf?id=" + certificate);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String verifyUrl = CertificateFiles.qrText(pdf.body());
    assertThat(CertificateFiles.text(pdf.body())).contains(name).contains(number);
    assertThat(verifyUrl).contains("/public/verify.xhtml?number=");

    browser.forgetSession();
    browser.driver().get(verifyUrl);
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains(text("gpub.verify.valid"))
        .contains(number)
        .contains(name);
  }

  /** The row of a data table that names the enterprise. */
  private WebElement rowWith(String tableBodyId, String text) {
    return browser
        .waiter()
        .withMessage(() -> text + " in " + tableBodyId)
        .until(
            d ->
                d.findElements(By.cssSelector("[id='" + tableBodyId + "'] > tr")).stream()
                    .filter(tr -> tr.getText().contains(text))
                    .findFirst()
                    .orElse(null));
  }

  /** The 评审办理情况 page's CSV export, as its button posts it. */
  private static String exportCsv(WebSession session) {
    HttpResponse<String> page = session.get("grading/applications.xhtml");
    Map<String, String> fields =
        new java.util.HashMap<>(WebSession.hiddenFields(page.body(), "list"));
    fields.put("list:exportCsv", "");
    HttpResponse<String> csv = session.post("grading/applications.xhtml", fields);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    return csv.body();
  }

  // --- steps ---------------------------------------------------------------------------------

  /** A move without a reason from the detail page: confirm, back in the inbox, state checked. */
  private void simpleMove(long id, String button, String move, String name, String state) {
    openDetail(id);
    confirmMove("act:" + button, move, name);
    assertState(id, state);
  }

  private void confirmMove(String button, String move, String name) {
    browser.find(button).click();
    moveAndExpectAfter(confirmDialogYes(), move, name);
  }

  private void moveAndExpect(String button, String move, String name) {
    moveAndExpectAfter(browser.find(button), move, name);
  }

  private void moveAndExpectAfter(WebElement button, String move, String name) {
    button.click();
    String expected = text("gdesk.moved", text("move." + move), name);
    browser
        .waiter()
        .withMessage(() -> move + ": '" + expected + "'; the page shows: " + browser.messages())
        .until(
            d ->
                browser.path().endsWith("/grading/inbox.xhtml")
                    && browser.messages().contains(expected));
  }

  private void assertState(long id, String state) {
    openDetail(id);
    assertThat(browser.find("state").getText()).as("state").isEqualTo(text("state." + state));
    assertThat(historyRows())
        .last()
        .satisfies(row -> assertThat(row.get(2)).endsWith(text("state." + state)));
  }

  private void openDetail(long id) {
    browser.open("grading/application.xhtml?id=" + id);
    assertThat(browser.path()).endsWith("/grading/application.xhtml");
  }

  private String agencyOption() {
    return browser
        .driver()
        .findElement(By.cssSelector("[id='act:agency_input'] option:nth-child(2)"))
        .getAttribute("value");
  }

  private List<List<String>> historyRows() {
    return browser.driver().findElements(By.cssSelector("[id='history_data'] > tr")).stream()
        .map(
            tr ->
                tr.findElements(By.tagName("td")).stream().map(td -> td.getText().trim()).toList())
        .filter(cells -> cells.size() > 1)
        .toList();
  }

  private void visible(String id) {
    browser.waiter().until(d -> browser.find(id).isDisplayed());
  }

  private void signIn(String username) {
    browser.forgetSession().login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).as("%s signed in", username).doesNotEndWith("/login.xhtml");
  }

  // --- probes --------------------------------------------------------------------------------

  /** A new 冶金 enterprise in 黄岛区, registered through the public test probe and signed in. */
  private static WebSession register(URI base, String username) {
    WebSession session = new WebSession(base);
    HttpResponse<String> registered =
        session.get(
            "it-public?action=register&username="
                + username
                + "&creditCode="
                + Unique.creditCode("370211")
                + "&region=370211&password="
                + java.net.URLEncoder.encode(
                    DemoLogins.PASSWORD, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(registered.body()).as("registered").startsWith("ok");
    return signedIn(base, username);
  }

  private static WebSession signedIn(URI base, String username) {
    WebSession session = new WebSession(base);
    HttpResponse<String> page = session.login(username, DemoLogins.PASSWORD);
    assertThat(WebSession.showsSignedIn(page, username))
        .as("%s signed in: %s", username, WebSession.messages(page.body()))
        .isTrue();
    return session;
  }

  /** The county consents again after the enterprise resubmitted (through the work probe). */
  private static void consentThroughProbe(WebSession county, long id) {
    String version =
        county.get("grading/it-work?action=state&id=" + id).body().trim().split("\\s+")[1];
    HttpResponse<String> answer =
        county.get(
            "grading/it-work?action=consent&id="
                + id
                + "&version="
                + version
                + "&reason="
                + java.net.URLEncoder.encode("同意", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as("consent: %s", answer.body()).isEqualTo(200);
  }

  private static String post(WebSession session, String path, Map<String, String> fields) {
    HttpResponse<String> response = session.post(path, fields);
    assertThat(response.statusCode()).as("%s %s: %s", path, fields, response.body()).isEqualTo(200);
    return response.body().trim();
  }
}
