package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The level of an organising body is one its regulator approves: 北京市, competent for 二级 and for 三级
 * of its districts (a municipality has no city level), chooses; its 三级 body then holds the 三级
 * application of a 朝阳区 enterprise, approved by 北京市. A normal province (山东) approves only 二级.
 */
class OrganisingBodyLevelIT extends GradingClientTest {

  /** Creates an organising body as {@code regulator}; returns the probe's answer. */
  static String createBody(WebSession regulator, String level, String name, String username) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("kind", "ORGANIZING_BODY");
    form.put("organisationName", name);
    form.put("gradingLevel", level == null ? "" : level);
    form.put("username", username);
    form.put("initialPassword", AccountHierarchyIT.INITIAL);
    return regulator.post("manage/it-accounts", form).body();
  }

  /** 北京市's regulator, signed in: its account made by the national regulator. */
  WebSession beijing() {
    String username = Unique.username("it-bj");
    assertThat(AccountHierarchyIT.create(as("national"), "REGULATOR", "110000", null, username))
        .startsWith("created");
    TestDatabase.update(
        "update user_account set must_change_password = false where username = ?", username);
    return signedIn(username, AccountHierarchyIT.INITIAL);
  }

  @Test
  void beijingCreatesAThirdLevelBodyThatHoldsAChaoyangApplicationHandledByBeijing() {
    WebSession beijing = beijing();
    assertThat(createBody(beijing, null, "IT 北京无等级", Unique.username("it-bjx")))
        .as("two levels to choose from: the level must be given")
        .isEqualTo("refused account.bodyLevelRequired");

    String bodyUser = Unique.username("it-bj3");
    String name = "IT 北京市三级评审组织单位 " + bodyUser;
    assertThat(createBody(beijing, "THIRD", name, bodyUser)).startsWith("created");
    long body = TestDatabase.organisationOf(bodyUser);
    assertThat(
            TestDatabase.value(
                "select b.grading_level || ' ' || b.region_code || ' ' || p.regulator_region_code"
                    + " from organisation b join organisation p on p.id = b.parent_id"
                    + " where b.id = ?",
                body))
        .isEqualTo("THIRD 110000 110000");

    String enterpriseUser = Unique.username("it-cy");
    assertThat(
            visitor()
                .get(
                    "it-public?action=register&username="
                        + enterpriseUser
                        + "&creditCode="
                        + Unique.creditCode("110105")
                        + "&region=110105&password="
                        + encode(DemoLogins.PASSWORD))
                .body())
        .startsWith("ok");
    WebSession enterprise = signedIn(enterpriseUser, DemoLogins.PASSWORD);
    long id =
        Long.parseLong(
            ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=INITIAL&body=" + body));
    assertThat(
            TestDatabase.value(
                "select level_applied || ' ' || body_id || ' ' || handling_region_code"
                    + " from grading_application where id = ?",
                id))
        .as("held by 北京市's 三级 body, approved by 北京市")
        .isEqualTo("THIRD " + body + " 110000");
    assertThat(ok(enterprise, ENTERPRISE + "state&id=" + id)).startsWith("DRAFT");
  }

  @Test
  void aNormalProvinceCannotCreateAThirdLevelBody() {
    String attempt = Unique.username("it-sd3");
    assertThat(createBody(as("shandong"), "THIRD", "IT 山东三级 " + attempt, attempt))
        .isEqualTo("refused account.bodyLevelNotCompetent");
    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", attempt))
        .isZero();
    assertThat(
            TestDatabase.count(
                "select count(*) from organisation where name = ?", "IT 山东三级 " + attempt))
        .isZero();

    String second = Unique.username("it-sd2");
    assertThat(createBody(as("shandong"), "SECOND", "IT 山东二级 " + second, second))
        .startsWith("created");
    assertThat(
            TestDatabase.value(
                "select grading_level from organisation where id = ?",
                TestDatabase.organisationOf(second)))
        .isEqualTo("SECOND");
  }
}
