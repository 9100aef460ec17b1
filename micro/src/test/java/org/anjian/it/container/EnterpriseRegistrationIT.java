package org.anjian.it.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.EJB;
import org.anjian.account.boundary.EnterpriseRegistration;
import org.anjian.account.boundary.Registration;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.platform.exception.InvalidInputException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro: self-registration checks everything itself, whatever the form did, and
 * stores nothing when it refuses.
 */
@ExtendWith(ArquillianExtension.class)
class EnterpriseRegistrationIT {

  @EJB EnterpriseRegistration registration;

  static Registration form(String username, String creditCode, String region, Sector sector) {
    return new Registration(
        "IT 测试企业 " + username,
        creditCode,
        region,
        sector,
        sector == Sector.INDUSTRY_TRADE ? Industry.METALLURGY : null,
        EnterpriseBasics.ofContacts("张法人", "李联系", "0532-80000000", "it@example.cn", "山东省青岛市黄岛区"),
        username,
        DemoLogins.PASSWORD);
  }

  static String refusal(Runnable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);
    assertThat(e).as("refused as invalid input").isNotNull();
    return e.getMessageKey();
  }

  static void assertNothingStoredFor(String username, String creditCode) {
    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", username))
        .isZero();
    assertThat(
            TestDatabase.count(
                "select count(*) from organisation where credit_code = ? or name = ?",
                creditCode,
                "IT 测试企业 " + username))
        .isZero();
  }

  @Test
  void refusesAWrongCheckCharacterAndStoresNothing() {
    String username = Unique.username("it-reg");
    String wrong = Unique.withWrongCheck(Unique.creditCode("370211"));
    String key =
        refusal(
            () ->
                registration.register(
                    form(username, wrong, "370211", Sector.INDUSTRY_TRADE), "127.0.0.1"));
    assertThat(key).isEqualTo("registration.creditCodeInvalid");
    assertNothingStoredFor(username, wrong);
  }

  @Test
  void registersAnEnterpriseInItsCounty() {
    String username = Unique.username("it-reg");
    String code = Unique.creditCode("370211");
    // typed in lower case: stored upper case
    registration.register(
        form(username, code.toLowerCase(), "370211", Sector.NON_COAL_MINE), "127.0.0.1");
    assertThat(
            TestDatabase.value(
                "select o.kind || ' ' || o.county_code || ' ' || o.sector || ' '"
                    + " || coalesce(o.industry, '-') || ' ' || a.must_change_password"
                    + " from user_account a join organisation o on o.id = a.organisation_id"
                    + " where a.username = ? and o.credit_code = ?",
                username,
                code))
        .isEqualTo("ENTERPRISE 370211 NON_COAL_MINE - false");
    assertThat(TestDatabase.events("ENTERPRISE_REGISTERED", username, 0)).isEqualTo(1);
  }

  @Test
  void refusesACreditCodeThatIsAlreadyRegistered() {
    String code = Unique.creditCode("370211");
    registration.register(
        form(Unique.username("it-reg"), code, "370211", Sector.INDUSTRY_TRADE), "127.0.0.1");
    String second = Unique.username("it-reg");
    assertThat(
            refusal(
                () ->
                    registration.register(
                        form(second, code, "370211", Sector.INDUSTRY_TRADE), "127.0.0.1")))
        .isEqualTo("registration.creditCodeTaken");
    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", second))
        .isZero();
  }

  @Test
  void refusesWhatTheFormShouldHaveCaught() {
    String username = Unique.username("it-reg");
    String code = Unique.creditCode("370200");
    // a city is not where an enterprise registers: a county is
    assertThat(
            refusal(
                () ->
                    registration.register(
                        form(username, code, "370200", Sector.INDUSTRY_TRADE), "127.0.0.1")))
        .isEqualTo("registration.regionRequired");
    // 工贸 needs its industry
    Registration noIndustry =
        new Registration(
            "IT 无行业",
            code,
            "370211",
            Sector.INDUSTRY_TRADE,
            null,
            EnterpriseBasics.ofContacts("张", "李", "0532-1", null, null),
            username,
            DemoLogins.PASSWORD);
    assertThat(refusal(() -> registration.register(noIndustry, "127.0.0.1")))
        .isEqualTo("registration.industryRequired");
    // the password policy applies to enterprises too
    Registration weak =
        new Registration(
            "IT 弱密码",
            code,
            "370211",
            Sector.NON_COAL_MINE,
            null,
            EnterpriseBasics.ofContacts("张", "李", "0532-1", null, null),
            username,
            "password");
    assertThat(refusal(() -> registration.register(weak, "127.0.0.1")))
        .isEqualTo("password.policy.classes");
    // 法定代表人, 联系人 and 联系电话 are required of the basic information
    Registration noContact =
        new Registration(
            "IT 无联系人",
            code,
            "370211",
            Sector.NON_COAL_MINE,
            null,
            EnterpriseBasics.ofContacts("张", " ", "0532-1", null, null),
            username,
            DemoLogins.PASSWORD);
    assertThat(refusal(() -> registration.register(noContact, "127.0.0.1")))
        .isEqualTo("registration.contactRequired");
    // a username that is taken
    assertThat(
            refusal(
                () ->
                    registration.register(
                        form("steel", code, "370211", Sector.INDUSTRY_TRADE), "127.0.0.1")))
        .isEqualTo("account.usernameTaken");
    assertNothingStoredFor(username, code);
  }
}
