package org.anjian.it.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 网上申报 through the screens. A freshly registered 冶金 enterprise in 黄岛区 (so that no demo data can
 * already hold an open application for it; 三级 goes to 青岛市's body3) starts a 三级 application, fills
 * the required facts, attaches a real PDF as licence and as self-evaluation report, is refused a
 * text file named x.pdf, submits, and sees the application waiting for the organising body. The
 * public verification page, opened as by a certificate's QR code, says an unknown number is
 * unknown.
 */
class GradingFilingBrowserIT extends BrowserTest {

  /** The county regulator of 黄岛区, whose consent a 三级 application needs first. */
  private static String huangdao() {
    return (String)
        org.anjian.it.support.TestDatabase.value(
            "select name from organisation where regulator_region_code = '370211'");
  }

  @Test
  void aNewEnterpriseFilesAThirdLevelApplicationWithItsDocumentsAndSubmitsIt() throws IOException {
    String username = Unique.username("it-gr");
    register(username);
    browser.login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).endsWith("/account/home.xhtml");

    long id = startThirdLevel();
    fillRequiredFacts();
    browser.clickAndExpectMessage("app:save", text("gapp.form.saved"));

    // without the licence and the self-evaluation report the submission says what is missing
    browser.find("app:submit").click();
    confirm();
    String incomplete = text("grading.error.incomplete", "");
    browser
        .waiter()
        .withMessage(() -> "the missing attachments; the page shows: " + browser.messages())
        .until(d -> browser.find("app:formMessages").getText().contains(incomplete));
    assertThat(browser.find("app:formMessages").getText())
        .contains(
            text("grading.attachment.LICENCE"), text("grading.attachment.SELF_EVALUATION_REPORT"))
        .doesNotContain(text("grading.field.address"));
    shot("form-saved");

    Path dir = Files.createDirectories(Path.of("target/it/grading"));
    upload("LICENCE", Pdfs.write(dir.resolve("许可证.pdf"), "Safety production licence"));
    upload(
        "SELF_EVALUATION_REPORT",
        Pdfs.write(dir.resolve("self-evaluation.pdf"), "Self evaluation"));
    assertThat(attachmentNames()).containsExactly("许可证.pdf", "self-evaluation.pdf");
    assertThat(download(0))
        .as("the licence comes back as a PDF download under its own name")
        .startsWith("200|application/pdf|attachment")
        .contains(URLEncoder.encode("许可证", StandardCharsets.UTF_8) + ".pdf");

    // a text file dressed up as a PDF is refused by the content check, and nothing is stored
    Path fake = Files.writeString(dir.resolve("x.pdf"), "this is not a pdf at all\n");
    browser.choose("files:kind", "OTHER");
    browser.find("files:upload_input").sendKeys(fake.toAbsolutePath().toString());
    browser
        .waiter()
        .withMessage(() -> "a refusal of x.pdf; the page shows: " + browser.messages())
        .until(
            d ->
                !d.findElements(By.cssSelector("[id='files:uploadMessage'].ui-message-error"))
                    .isEmpty());
    assertThat(attachmentNames()).doesNotContain("x.pdf");
    shot("fake-refused");

    browser.find("app:submit").click();
    confirm();
    browser
        .waiter()
        .withMessage(() -> "submitted; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(text("gapp.form.submitted", huangdao())));
    assertThat(browser.find("app:status").getText())
        .as("first the county's consent")
        .isEqualTo(text("state.AWAITING_CONSENT"));
    assertThat(browser.find("app:holder").getText()).isEqualTo(huangdao());
    assertThat(browser.has("app:save")).as("read-only once submitted").isFalse();
    assertThat(browser.find("history").getText()).contains(text("move.SUBMIT"));
    shot("submitted");

    browser.open("enterprise/grading/applications.xhtml");
    assertThat(browser.find("list:applications:0:state").getText())
        .isEqualTo(text("state.AWAITING_CONSENT"));
    assertThat(browser.find("list:applications:0:holder").getText()).isEqualTo(huangdao());
    shot("list");
    assertThat(id).isPositive();

    // while the application is under review the registration details cannot change
    browser.open("account/profile.xhtml");
    assertThat(browser.find("profile:registrationLocked").getText())
        .contains(text("gapp.profile.locked"));
    assertThat(browser.find("profile:legalRep").isEnabled()).isFalse();
    shot("profile");

    revokedCertificateIsShown(id);
  }

  /**
   * A certificate of this enterprise, revoked, planted in the database (certificates are printed at
   * the end of the workflow, which other tests drive): the enterprise sees it with its PDF link,
   * the public verification says it is revoked and why.
   */
  private void revokedCertificateIsShown(long applicationId) {
    String number = "鲁AQBYJⅢ2099" + String.format("%05d", applicationId % 100_000);
    String reason = "发生一起死亡事故，撤销证书。";
    TestDatabase.update(
        "insert into certificate (number, application_id, body_id, enterprise_id, enterprise_name,"
            + " credit_code, region_code, province_code, city_code, county_code, industry,"
            + " speciality, level, issued_on, valid_until, issuer, status, status_reason,"
            + " status_changed_at, version)"
            + " select ?, a.id, a.body_id, a.enterprise_id, a.enterprise_name, a.credit_code, a.region_code,"
            + " a.province_code, a.city_code, a.county_code, a.industry, '炼钢', 'THIRD',"
            + " current_date - 400, current_date + 700, '青岛市安全生产监督管理局', 'REVOKED', ?,"
            + " current_timestamp, 0 from grading_application a where a.id = ?",
        number,
        reason,
        applicationId);
    browser.open("enterprise/grading/applications.xhtml");
    assertThat(browser.find("certificates").getText())
        .contains(number, text("certificateStatus.REVOKED"));
    assertThat(browser.find("certificates:0:pdf").getAttribute("href"))
        .endsWith(
            "/certificate/pdf?id="
                + TestDatabase.value("select id from certificate where number = ?", number));

    browser.forgetSession();
    browser.open("public/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    assertThat(browser.find("verdict").getText()).contains(text("gpub.verify.revoked"));
    assertThat(browser.find("reason").getText()).isEqualTo(reason);
    shot("public-verify-revoked");
    browser.open("enterprise/grading/applications.xhtml");
    assertThat(browser.path()).as("signed out").endsWith("/login.xhtml");
  }

  @Test
  void thePublicGradingPagesOpenWithoutLogin() {
    browser.open("index.xhtml");
    browser.clickAndWait("go-query");
    assertThat(browser.path()).endsWith("/public/certificates.xhtml");
    browser.type("query:text", "不存在的企业名称");
    browser.find("query:search").click();
    browser
        .waiter()
        .until(
            d -> browser.find("query:certificates").getText().contains(text("gpub.query.empty")));
    shot("public-certificates");
    browser.clickAndWait("header:nav-announcements");
    assertThat(browser.path()).endsWith("/public/announcements.xhtml");
    assertThat(browser.has("list:announcements")).isTrue();
    shot("public-announcements");
  }

  @Test
  void theVerificationPageSaysAnUnknownNumberIsNoCertificate() {
    String number = "鲁AQBYJⅢ199900001";
    browser.open("public/verify.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    assertThat(browser.path()).endsWith("/public/verify.xhtml");
    assertThat(browser.find("unknown").getText()).contains(text("gpub.verify.unknown"));
    assertThat(browser.find("number").getAttribute("value"))
        .as("decoded as UTF-8")
        .isEqualTo(number);
    shot("public-verify");
  }

  /**
   * With {@code -Danjian.shots=true}, keeps a full-height screenshot of the page in target/shots,
   * for whoever wants to look at the screens.
   */
  private void shot(String name) {
    if (!Boolean.getBoolean("anjian.shots")) {
      return;
    }
    try {
      browser.driver().manage().window().setSize(new Dimension(1024, 2600));
      browser.saveEvidence(Path.of("target/shots"), name);
      browser.driver().manage().window().setSize(new Dimension(1024, 768));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String key, Object... arguments) {
    return Bundle.text(key, arguments);
  }

  /** Registers a 工贸 (冶金) enterprise in 青岛市黄岛区, as RegistrationIT does. */
  private void register(String username) {
    browser.open("register.xhtml");
    browser.type("reg:name", "IT 青岛达标申报钢铁 " + username);
    browser.type("reg:creditCode", Unique.creditCode("370211"));
    browser.choose("reg:province", "370000").choose("reg:city", "370200");
    browser.choose("reg:county", "370211");
    browser.choose("reg:sector", "INDUSTRY_TRADE").choose("reg:industry", "METALLURGY");
    browser
        .type("reg:legalRep", "王法人")
        .type("reg:contactPerson", "赵安全")
        .type("reg:contactPhone", "0532-86000000")
        .type("reg:email", "it@example.cn")
        .type("reg:username", username)
        .type("reg:password", DemoLogins.PASSWORD)
        .type("reg:confirm", DemoLogins.PASSWORD)
        .type("reg:captcha", DemoLogins.CAPTCHA);
    browser.clickAndWait("reg:submit");
    assertThat(browser.path()).endsWith("/login.xhtml");
  }

  /** 新建评审申请 → 三级, 初次评审; returns the id of the draft the form opens on. */
  private long startThirdLevel() {
    browser.open("enterprise/grading/applications.xhtml");
    browser.find("list:new").click();
    browser.waiter().until(d -> browser.find("newApplication:start").isDisplayed());
    browser
        .driver()
        .findElement(By.xpath("//input[@name='newApplication:level' and @value='THIRD']/../.."))
        .click();
    browser.clickAndExpectMessage("newApplication:start", text("gapp.list.started"));
    assertThat(browser.path()).endsWith("/enterprise/grading/application.xhtml");
    assertThat(browser.find("app:status").getText()).isEqualTo(text("state.DRAFT"));
    String query = URI.create(browser.driver().getCurrentUrl()).getQuery();
    return Long.parseLong(query.replaceAll(".*\\bid=(\\d+).*", "$1"));
  }

  private void fillRequiredFacts() {
    browser.type("app:address:input", "青岛市黄岛区钢城路1号");
    browser.choose("app:ownership", "PRIVATE");
    browser.type("app:legalRepresentative:input", "王法人");
    browser.type("app:safetyDepartment:input", "安全环保部");
    number("employees", "860");
    number("safetyManagers", "12");
    browser.type("app:contactPerson:input", "赵安全");
    browser.type("app:contactPhone:input", "0532-86000000");
    number("selfScore", "82.5");
    number("deathsLastYear", "0");
  }

  private void number(String field, String value) {
    WebElement input = browser.find("app:" + field + ":input_input");
    input.click();
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value, Keys.TAB);
    browser.awaitAjax();
  }

  private void upload(String kind, Path file) {
    browser.choose("files:kind", kind);
    browser.find("files:upload_input").sendKeys(file.toAbsolutePath().toString());
    String done = text("gapp.attachments.done", file.getFileName().toString());
    browser
        .waiter()
        .withMessage(
            () -> "uploaded " + file.getFileName() + "; the page shows: " + browser.messages())
        .until(d -> browser.messages().contains(done));
  }

  /**
   * Posts the form as the download link does, and answers "status|content type|disposition". A
   * fetch, so that the headers can be read: a click would only start a download in Chromium.
   */
  private String download(int row) {
    return String.valueOf(
        browser.js(
            "var link = document.getElementById('files:attachments:' + arguments[0] + ':download');"
                + " var form = document.getElementById('files');"
                + " var data = new FormData(form); data.append(link.id, link.id);"
                + " return fetch(form.action, {method: 'POST', body: data}).then(r =>"
                + " r.status + '|' + r.headers.get('content-type') + '|'"
                + " + r.headers.get('content-disposition'));",
            row));
  }

  private List<String> attachmentNames() {
    return browser.driver().findElements(By.cssSelector("[id='files:attachments_data'] a")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
