package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Accounts are created down the hierarchy only (national → regulators, regulator → its organising
 * bodies, organising body → its evaluation agencies), through the EJB as the signed-in creator; a
 * new account must change its initial password at first login.
 */
class AccountHierarchyIT extends HttpTest {

  static final String INITIAL = "Start#2026a";

  static String create(
      WebSession creator, String kind, String region, String orgName, String user) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", kind);
    form.put("regionCode", region == null ? "" : region);
    form.put("organisationName", orgName == null ? "" : orgName);
    form.put("username", user);
    form.put("initialPassword", INITIAL);
    HttpResponse<String> response = creator.post("manage/it-accounts", form);
    return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode();
  }

  /** The new account's organisation as "kind region parent-organisation-id". */
  static String organisationOf(String username) {
    return (String)
        TestDatabase.value(
            "select o.kind || ' ' || o.region_code || ' ' || coalesce(o.parent_id::text, '-')"
                + " from user_account a join organisation o on o.id = a.organisation_id"
                + " where a.username = ?",
            username);
  }

  void assertMustChangePasswordAtFirstLogin(String username) {
    assertThat(
            TestDatabase.value(
                "select must_change_password from user_account where username = ?", username))
        .isEqualTo(true);
    HttpResponse<String> page = visitor().login(username, INITIAL);
    assertThat(page.uri().getPath()).isEqualTo("/anjian/account/password.xhtml");
    assertThat(page.body()).contains("id=\"must-change\"");
  }

  @Test
  void theNationalRegulatorCreatesRegulatorAccounts() {
    WebSession national = signedIn("national", DemoLogins.PASSWORD);
    String province = Unique.username("it-sd");
    assertThat(create(national, "REGULATOR", "370000", null, province)).startsWith("created");
    assertThat(organisationOf(province)).isEqualTo("REGULATOR 370000 -");
    assertMustChangePasswordAtFirstLogin(province);

    String county = Unique.username("it-ls"); // 崂山区, a county without a demo login
    assertThat(create(national, "REGULATOR", "370212", null, county)).startsWith("created");
    assertThat(organisationOf(county)).isEqualTo("REGULATOR 370212 -");
    assertThat(TestDatabase.events("ACCOUNT_CREATED", county, 0)).isEqualTo(1);
  }

  @Test
  void aCityRegulatorCreatesItsOrganisingBodyAndTheBodyItsAgency() {
    long qingdaoOrg = TestDatabase.organisationOf("qingdao");
    WebSession qingdao = signedIn("qingdao", DemoLogins.PASSWORD);
    String body = Unique.username("it-body");
    assertThat(create(qingdao, "ORGANIZING_BODY", null, "IT 评审组织单位 " + body, body))
        .startsWith("created");
    assertThat(organisationOf(body)).isEqualTo("ORGANIZING_BODY 370200 " + qingdaoOrg);
    assertMustChangePasswordAtFirstLogin(body);

    long body3Org = TestDatabase.organisationOf("body3");
    WebSession body3 = signedIn("body3", DemoLogins.PASSWORD);
    String agency = Unique.username("it-agency");
    assertThat(create(body3, "EVALUATION_AGENCY", null, "IT 评审单位 " + agency, agency))
        .startsWith("created");
    assertThat(organisationOf(agency)).isEqualTo("EVALUATION_AGENCY 370200 " + body3Org);
    assertMustChangePasswordAtFirstLogin(agency);
  }

  @Test
  void nobodyCreatesAccountsAcrossOrUpTheHierarchy() {
    long before = TestDatabase.lastEventId();
    WebSession huangdao = signedIn("huangdao", DemoLogins.PASSWORD);
    String attempt = Unique.username("it-deny");
    assertThat(create(huangdao, "ORGANIZING_BODY", null, "IT 县级组织单位", attempt))
        .isEqualTo("refused error.notFound");
    assertThat(create(huangdao, "REGULATOR", "370211", null, attempt))
        .isEqualTo("refused error.notFound");
    assertThat(
            TestDatabase.count(
                "select count(*) from security_event where type = 'ACCESS_DENIED' and id > ?"
                    + " and actor_username = 'huangdao'",
                before))
        .isEqualTo(2);

    WebSession shandong = signedIn("shandong", DemoLogins.PASSWORD);
    assertThat(create(shandong, "REGULATOR", "370200", null, attempt))
        .isEqualTo("refused error.notFound");
    WebSession body3 = signedIn("body3", DemoLogins.PASSWORD);
    assertThat(create(body3, "ORGANIZING_BODY", null, "IT 越级", attempt))
        .isEqualTo("refused error.notFound");
    WebSession national = signedIn("national", DemoLogins.PASSWORD);
    assertThat(create(national, "REGULATOR", "000000", null, attempt))
        .as("not even the national regulator makes accounts for itself")
        .isEqualTo("refused error.notFound");

    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", attempt))
        .isZero();
  }

  @Test
  void agenciesAndEnterprisesHaveNoAccountManagement() {
    for (String username : new String[] {"agency", "steel"}) {
      String attempt = Unique.username("it-deny");
      WebSession session = signedIn(username, DemoLogins.PASSWORD);
      HttpResponse<String> response =
          session.post(
              "manage/it-accounts",
              Map.of("kind", "EVALUATION_AGENCY", "username", attempt, "initialPassword", INITIAL));
      assertThat(response.body()).as(username).doesNotContain("created").contains("error-404");
      assertThat(
              TestDatabase.count("select count(*) from user_account where username = ?", attempt))
          .isZero();
    }
  }

  @Test
  void theInitialPasswordFollowsThePolicyAndUsernamesAreUnique() {
    WebSession qingdao = signedIn("qingdao", DemoLogins.PASSWORD);
    Map<String, String> weak =
        Map.of(
            "kind", "ORGANIZING_BODY",
            "organisationName", "IT 弱密码",
            "username", Unique.username("it-weak"),
            "initialPassword", "password");
    assertThat(qingdao.post("manage/it-accounts", weak).body())
        .isEqualTo("refused password.policy.classes");
    assertThat(create(qingdao, "ORGANIZING_BODY", null, "IT 重名", "huangdao"))
        .isEqualTo("refused account.usernameTaken");
  }
}
