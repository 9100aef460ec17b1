package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.anjian.it.support.BrowserTest;
import org.anjian.it.support.Bundle;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * 注册: an enterprise registers itself from the public page. A wrong credit code is refused with a
 * clear message and nothing is stored; a right one gives a login that works at once.
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
        .type("reg:confirm", DemoLogins.PASSWORD);
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
}
