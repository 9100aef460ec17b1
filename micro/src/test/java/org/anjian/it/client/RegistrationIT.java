package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * 注册: an enterprise registers itself from the public page, behind the captcha. A wrong credit code
 * or captcha is refused with a clear message and nothing is stored; a right one gives a login that
 * works at once.
 */
class RegistrationIT extends BrowserTest {

  void fillIn(String username, String creditCode) {
    browser.open("register.xhtml");
    browser.type("reg:name", "IT 青岛测试钢铁 " + username).type("reg:creditCode", creditCode);
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
  }

  long stored(String username, String creditCode) {
    return TestDatabase.count("select count(*) from user_account where username = ?", username)
        + TestDatabase.count(
            "select count(*) from organisation where credit_code = ? or name = ?",
            creditCode,
            "IT 青岛测试钢铁 " + username);
  }

  @Test
  void aWrongCreditCodeIsRefusedClearlyAndNothingIsStored() {
    String username = Unique.username("it-ent");
    String wrong = Unique.withWrongCheck(Unique.creditCode("370211"));
    fillIn(username, wrong);
    browser.clickAndExpectMessage("reg:submit", Bundle.text("registration.creditCodeInvalid"));
    assertThat(browser.path()).isEqualTo("/anjian/register.xhtml");
    assertThat(stored(username, wrong)).isZero();
  }

  @Test
  void aWrongCaptchaIsRefusedAndNothingIsStored() {
    String username = Unique.username("it-ent");
    String code = Unique.creditCode("370211");
    fillIn(username, code);
    browser.type("reg:captcha", "9999");
    browser.clickAndExpectMessage(
        "reg:submit",
        Bundle.text(
            "form.fieldMessage", Bundle.text("login.captcha"), Bundle.text("login.captchaWrong")));
    assertThat(browser.path()).isEqualTo("/anjian/register.xhtml");
    assertThat(stored(username, code)).isZero();
  }

  @Test
  void aRightCreditCodeRegistersAndTheLoginWorks() {
    String username = Unique.username("it-ent");
    String code = Unique.creditCode("370211");
    fillIn(username, code);
    browser.clickAndWait("reg:submit");
    assertThat(browser.path()).isEqualTo("/anjian/login.xhtml");
    assertThat(browser.messages()).contains(Bundle.text("registration.done", username));
    assertThat(
            TestDatabase.value(
                "select o.county_code || ' ' || o.sector || ' ' || o.industry"
                    + " from organisation o where o.credit_code = ?",
                code))
        .isEqualTo("370211 INDUSTRY_TRADE METALLURGY");

    browser.login(username, DemoLogins.PASSWORD);
    assertThat(browser.path()).isEqualTo("/anjian/account/home.xhtml");
    assertThat(browser.find("current-user").getText()).isEqualTo(username);
  }

  @Test
  void anEnterpriseOfACityWithoutCountiesRegistersAtTheCity() {
    String username = Unique.username("it-dg");
    String code = Unique.creditCode("441900");
    fillIn(username, code);
    browser.choose("reg:province", "440000").choose("reg:city", "441900");
    assertThat(browser.find("reg:county_input").isEnabled()).as("东莞 has no counties").isFalse();
    assertRegisteredAt(username, code, "441900");
  }

  @Test
  void aMunicipalitysDistrictsAndAProvincesDirectCountiesAreOfferedAsItsCities() {
    browser.open("register.xhtml");
    browser.choose("reg:province", "110000");
    assertThat(options("reg:city"))
        .as("北京市: its districts directly, no 市辖区")
        .contains("110105")
        .doesNotContain("110100");
    browser.choose("reg:province", "410000");
    assertThat(options("reg:city"))
        .as("河南省: 济源市 beside 郑州市, no 省直辖县级行政区划")
        .contains("410100", "419001")
        .doesNotContain("419000");

    String username = Unique.username("it-bj");
    String code = Unique.creditCode("110105");
    fillIn(username, code);
    browser.choose("reg:province", "110000").choose("reg:city", "110105");
    assertRegisteredAt(username, code, "110105");
  }

  @Test
  void aRefusedRegistrationNamesAndMarksTheField() {
    String taken = "pond";
    String code = Unique.creditCode("370211");
    fillIn(taken, code);
    browser.clickAndExpectMessage(
        "reg:submit",
        Bundle.text(
            "form.fieldMessage",
            Bundle.text("field.username"),
            Bundle.text("account.usernameTaken", taken)));
    assertThat(browser.find("reg:username").getAttribute("class")).contains("ui-state-error");
    assertThat(stored("nobody", code)).isZero();
  }

  private void assertRegisteredAt(String username, String code, String regionCode) {
    browser.clickAndWait("reg:submit");
    assertThat(browser.messages()).contains(Bundle.text("registration.done", username));
    assertThat(
            TestDatabase.value("select region_code from organisation where credit_code = ?", code))
        .isEqualTo(regionCode);
  }

  private java.util.List<String> options(String select) {
    return browser
        .driver()
        .findElements(org.openqa.selenium.By.cssSelector("[id='" + select + "_input'] option"))
        .stream()
        .map(o -> o.getAttribute("value"))
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
