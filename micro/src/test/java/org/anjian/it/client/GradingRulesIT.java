package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The 2011 grading rules through the real boundaries as signed-in users (test probes call them):
 * the lower regulator's consent as a step of its own, a report that reaches only a lower level
 * handed to that level's regulator and body (which approve, announce and certify it), accident
 * facts that rule a level out, the export of every row, and plans refusing inactive experts.
 */
class GradingRulesIT extends GradingClientTest {

  /** A filled application of {@code level} with {@code deaths} last year; returns its id. */
  long filled(WebSession enterprise, String level, int deaths) {
    long id =
        Long.parseLong(ok(enterprise, ENTERPRISE + "start&level=" + level + "&nature=INITIAL"));
    ok(enterprise, ENTERPRISE + "fill&self=82&deaths=" + deaths + "&id=" + id);
    return id;
  }

  HttpResponse<String> submit(WebSession enterprise, long id) {
    return enterprise.get(
        ENTERPRISE + "submit&id=" + id + "&version=" + enterpriseVersion(enterprise, id));
  }

  static String regulatorName(String regionCode) {
    return (String)
        TestDatabase.value(
            "select name from organisation where regulator_region_code = ?", regionCode);
  }

  /** A submitted application consented, passed, accepted and noticed to {@code agency}. */
  void throughNotice(long id, String consenter, String body, String regulator, String agency) {
    moved(consenter, "consent", id, "&reason=" + encode("同意申请"));
    moved(body, "passPreliminary", id, "");
    moved(regulator, "accept", id, "");
    moved(body, "notice", id, "&agency=" + TestDatabase.organisationOf(agency));
  }

  @Test
  void theLowerRegulatorsConsentIsAStepOfItsOwnRecordedWithItsOpinion() {
    WebSession enterprise = newEnterprise();
    long third = filled(enterprise, "THIRD", 0);
    assertThat(submit(enterprise, third).statusCode()).isEqualTo(200);
    assertThat(ok(enterprise, ENTERPRISE + "state&id=" + third))
        .as("三级: the county consents first")
        .startsWith("AWAITING_CONSENT")
        .contains(regulatorName("370211"));
    assertThat(move("qingdao", "consent", third, "&reason=" + encode("同意")).statusCode())
        .as("the approving city does not consent in the county's place")
        .isEqualTo(404);
    assertThat(move("huangdao", "consent", third, "&reason=").body())
        .contains("refused grading.error.opinionRequired");
    String opinion = "经核实，该企业上一年度无死亡事故，同意申请三级。";
    moved("huangdao", "consent", third, "&reason=" + encode(opinion));
    assertThat(state("body3", third)[0]).isEqualTo("SUBMITTED");
    assertThat(ok(as("body3"), WORK + "holder&id=" + third)).contains("| " + opinion + "\n");
    assertThat(
            TestDatabase.value(
                "select reason from grading_history where application_id = ? and move = ?",
                third,
                "CONSENT"))
        .isEqualTo(opinion);
    assertThat(
            TestDatabase.value(
                "select actor_organisation_name from grading_history"
                    + " where application_id = ? and move = ?",
                third,
                "CONSENT"))
        .isEqualTo(regulatorName("370211"));
  }

  @Test
  void aSecondLevelApplicationNeedsTheCitysConsentAndARefusalGoesBackWithItsReason() {
    WebSession enterprise = newEnterprise();
    long second = filled(enterprise, "SECOND", 0);
    assertThat(submit(enterprise, second).statusCode()).isEqualTo(200);
    assertThat(state("qingdao", second)[0]).isEqualTo("AWAITING_CONSENT");
    assertThat(move("huangdao", "consent", second, "&reason=" + encode("同意")).statusCode())
        .as("二级: the city consents, not the county")
        .isEqualTo(404);
    moved("qingdao", "refuseConsent", second, "&reason=" + encode("请补充上一年度事故统计"));
    assertThat(ok(enterprise, ENTERPRISE + "state&id=" + second))
        .startsWith("DRAFT")
        .endsWith("请补充上一年度事故统计");
  }

  @Test
  void accidentFactsOfTheYearBeforeApplyingRefuseALevelTheyRuleOutWithTheReason() {
    WebSession enterprise = newEnterprise();
    long id = filled(enterprise, "SECOND", 2);
    HttpResponse<String> refused = submit(enterprise, id);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("refused grading.error.levelRuledOut");
    assertThat(ok(enterprise, ENTERPRISE + "state&id=" + id)).startsWith("DRAFT");

    // two deaths still allow 三级
    WebSession other = newEnterprise();
    assertThat(submit(other, filled(other, "THIRD", 2)).statusCode()).isEqualTo(200);
  }

  @Test
  void aSecondLevelReportReachingOnlyThirdIsApprovedAnnouncedAndCertifiedByTheCity() {
    WebSession enterprise = newEnterprise();
    long id = filled(enterprise, "SECOND", 0);
    assertThat(submit(enterprise, id).statusCode()).isEqualTo(200);
    throughNotice(id, "qingdao", "body2", "shandong", "agency2");
    moved("agency2", "plan", id, "");
    moved("agency2", "report", id, "&deduct=30"); // 70.0: 三级 only
    moved("body2", "passReport", id, "");
    assertThat(state("shandong", id)).containsSubsequence("REPORT_REVIEWED", "70.0");

    assertThat(move("shandong", "approveReport", id, "&level=THIRD").body())
        .as("the province does not award 三级 itself")
        .contains("refused grading.error.lowerLevelElsewhere");
    assertThat(move("shandong", "approveReport", id, "&level=SECOND").body())
        .contains("refused grading.error.levelNotReached");
    moved("shandong", "refer", id, "&level=THIRD");

    String body3 = String.valueOf(TestDatabase.organisationOf("body3"));
    assertThat(ok(as("qingdao"), WORK + "holder&id=" + id))
        .startsWith("370200 " + body3 + " THIRD THIRD");
    assertThat(move("shandong", "approveReport", id, "&level=THIRD").statusCode())
        .as("no longer the province's to approve")
        .isEqualTo(404);
    assertThat(lines(as("qingdao"), WORK + "inbox")).anyMatch(l -> l.startsWith(id + " "));
    moved("qingdao", "approveReport", id, "&level=THIRD");
    assertThat(ok(as("qingdao"), WORK + "publish&ids=" + id)).startsWith("announcement ");
    assertThat(
            TestDatabase.value(
                "select n.regulator_region_code from grading_announcement n"
                    + " join grading_application a on a.announcement_id = n.id where a.id = ?",
                id))
        .isEqualTo("370200");
    objectionWindowPassed("qingdao", id);
    assertThat(state("body3", id)[0]).isEqualTo("ANNOUNCED");
    String number = printed("body3", id)[2];
    assertThat(number).contains("Ⅲ");
    assertThat(TestDatabase.value("select issuer from certificate where number = ?", number))
        .as("the city issues the 三级 certificate in its own name")
        .isEqualTo(regulatorName("370200"));
    assertThat(
            TestDatabase.value(
                "select actor_organisation_name from grading_history"
                    + " where application_id = ? and move = ?",
                id,
                "REFER_TO_LOWER_LEVEL"))
        .isEqualTo(regulatorName("370000"));
  }

  @Test
  void theExportHasEveryRowNotOnlyTheFirstPage() {
    String marker = "IT导出" + Unique.username("x");
    long enterprise = TestDatabase.organisationOf(registered());
    long body3 = TestDatabase.organisationOf("body3");
    TestDatabase.update(
        "insert into grading_application (enterprise_id, enterprise_name, region_code,"
            + " province_code, city_code, county_code, industry, nature, level_applied, state,"
            + " handling_region_code, consent_region_code, body_id, held_since, created_at,"
            + " version) select ?, ? || n, '370211', '370000', '370200', '370211', 'METALLURGY',"
            + " 'INITIAL', 'THIRD', 'NOT_PASSED', '370200', '370211', ?,"
            + " timestamp '2020-01-01 00:00:00', timestamp '2020-01-01 00:00:00', 0"
            + " from generate_series(1, 450) n",
        enterprise,
        marker + "-",
        body3);
    assertThat(ok(as("qingdao"), WORK + "exportRows&text=" + encode(marker)).lines().findFirst())
        .contains("450");
  }

  @Test
  void aPlanRefusesAnInactiveExpert() {
    WebSession enterprise = newEnterprise();
    long id = filled(enterprise, "THIRD", 0);
    assertThat(submit(enterprise, id).statusCode()).isEqualTo(200);
    throughNotice(id, "huangdao", "body3", "qingdao", "agency");
    String name = "停用专家" + Unique.username("e");
    TestDatabase.update(
        "insert into grading_expert (body_id, name, speciality, active, created_at, version)"
            + " values (?, ?, '冶金', false, current_timestamp, 0)",
        TestDatabase.organisationOf("body3"),
        name);
    Object expert = TestDatabase.value("select id from grading_expert where name = ?", name);
    HttpResponse<String> refused = move("agency", "planWithExpert", id, "&expert=" + expert);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("refused grading.error.expertInactive");
    assertThat(state("agency", id)[0]).isEqualTo("NOTICE_ISSUED");
  }
}
