package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Grading (System A) through the real boundaries as real signed-in users (test-only probes call
 * them): a 三级 application of a 青岛 enterprise from submission to certificate, a return at each
 * review step, NOT_PASSED, who may see and move what, two reviewers acting at once, and refused
 * uploads. Each test registers its own enterprise, so tests never share an application.
 */
class GradingWorkflowIT extends GradingClientTest {

  @Test
  void aThirdLevelApplicationGoesFromSubmissionToAPubliclyVerifiableCertificate() {
    WebSession enterprise = newEnterprise();
    long id = submitted(enterprise);
    assertThat(enterpriseState(enterprise, id))
        .startsWith("SUBMITTED")
        .contains("青岛市冶金等工贸企业安全生产标准化三级评审组织单位");
    assertThat(lines(as("body3"), WORK + "inbox")).anyMatch(l -> l.startsWith(id + " "));

    reviewedReport(id, 15);
    assertThat(state("qingdao", id)).containsSubsequence("REPORT_REVIEWED", "85.0");
    moved("qingdao", "approveReport", id, "&level=THIRD");
    assertThat(ok(as("qingdao"), WORK + "publish&ids=" + id)).startsWith("announcement ");
    objectionWindowPassed("qingdao", id);
    assertThat(state("body3", id)[0]).isEqualTo("ANNOUNCED");

    String[] certificate = printed("body3", id);
    String number = certificate[2];
    assertThat(number).matches("鲁AQBYJⅢ" + java.time.Year.now() + "\\d{5}");
    assertThat(enterpriseState(enterprise, id)).startsWith("CERTIFIED");
    assertThat(ok(visitor(), "it-public?action=verify&number=" + encode(number)))
        .startsWith("VALID true");
    assertThat(lines(enterprise, ENTERPRISE + "history&id=" + id))
        .extracting(l -> l.split(" ")[0])
        .containsExactly(
            "SUBMIT",
            "CONSENT",
            "PASS_PRELIMINARY",
            "ACCEPT",
            "ISSUE_NOTICE",
            "SUBMIT_PLAN",
            "SUBMIT_REPORT",
            "PASS_REPORT",
            "APPROVE_REPORT",
            "ANNOUNCE",
            "CERTIFY");
    assertThat(
            TestDatabase.value("select valid_until from certificate where number = ?", number)
                .toString())
        .isEqualTo(java.time.LocalDate.now().plusYears(3).minusDays(1).toString());

    // revocation: the approving regulator only; public verification says so
    assertThat(
            as("huangdao")
                .get(
                    WORK
                        + "revoke&id="
                        + certificate[0]
                        + "&version="
                        + certificate[1]
                        + "&reason="
                        + encode("发生死亡事故"))
                .statusCode())
        .as("a county regulator cannot revoke a city's certificate")
        .isEqualTo(404);
    HttpResponse<String> tooLong =
        as("qingdao")
            .get(
                WORK
                    + "revoke&id="
                    + certificate[0]
                    + "&version="
                    + certificate[1]
                    + "&reason="
                    + encode("事".repeat(501)));
    assertThat(tooLong.statusCode()).as("a reason over 500 characters").isEqualTo(409);
    assertThat(tooLong.body()).contains("refused grading.error.reasonTooLong");
    assertThat(
            ok(
                as("qingdao"),
                WORK
                    + "revoke&id="
                    + certificate[0]
                    + "&version="
                    + certificate[1]
                    + "&reason="
                    + encode("发生死亡事故")))
        .startsWith("REVOKED");
    assertThat(ok(visitor(), "it-public?action=verify&number=" + encode(number)))
        .isEqualTo("REVOKED false 发生死亡事故");
  }

  @Test
  void aRenewalInTheLastMonthsOfValidityReplacesTheOldCertificate() {
    WebSession enterprise = newEnterprise();
    assertThat(enterprise.get(ENTERPRISE + "start&level=THIRD&nature=EXTENSION").body())
        .as("no certificate to extend")
        .contains("refused grading.error.notRenewable");
    String first = certified(submitted(enterprise));
    assertThat(enterprise.get(ENTERPRISE + "start&level=THIRD&nature=RE_EVALUATION").body())
        .as("three years of validity left")
        .contains("refused grading.error.notRenewable");

    TestDatabase.update(
        "update certificate set valid_until = current_date + 40 where number = ?", first);
    String second = certified(submitted(enterprise, "RE_EVALUATION"));

    assertThat(second).isNotEqualTo(first);
    assertThat(ok(visitor(), "it-public?action=verify&number=" + encode(second)))
        .startsWith("VALID true");
    assertThat(ok(visitor(), "it-public?action=verify&number=" + encode(first)))
        .isEqualTo("SUPERSEDED false " + second);
  }

  @Test
  void anEnterpriseChoosesAmongItsRegionsOrganisingBodiesOfTheLevel() {
    long qingdao =
        ((Number)
                TestDatabase.value(
                    "select id from organisation where regulator_region_code = '370200'"))
            .longValue();
    String name = "IT 青岛第二三级评审组织单位 " + Unique.username("b");
    TestDatabase.update(
        "insert into organisation (kind, name, region_code, province_code, city_code, parent_id,"
            + " grading_level, created_at, version) values ('ORGANIZING_BODY', ?, '370200',"
            + " '370000', '370200', ?, 'THIRD', current_timestamp, 0)",
        name,
        qingdao);
    long second =
        ((Number) TestDatabase.value("select id from organisation where name = ?", name))
            .longValue();
    WebSession enterprise = newEnterprise();

    assertThat(
            enterprise
                .get(
                    ENTERPRISE
                        + "start&level=THIRD&nature=INITIAL&body="
                        + TestDatabase.organisationOf("body2"))
                .body())
        .as("a body of another level and region")
        .contains("refused grading.error.bodyNotOfRegion");
    long id =
        Long.parseLong(
            ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=INITIAL&body=" + second));
    ok(enterprise, ENTERPRISE + "fill&self=82&id=" + id);
    ok(
        enterprise,
        ENTERPRISE + "submit&id=" + id + "&version=" + enterpriseVersion(enterprise, id));
    consented(id);
    assertThat(enterpriseState(enterprise, id)).startsWith("SUBMITTED").contains(name);
    assertThat(as("body3").get(WORK + "state&id=" + id).statusCode())
        .as("the other body does not see it")
        .isEqualTo(404);
  }

  @Test
  void eachReturnGoesOneStepBackWithItsReasonAndNeedsOne() {
    WebSession enterprise = newEnterprise();
    long id = submitted(enterprise);

    assertThat(move("body3", "returnToEnterprise", id, "&reason=").body())
        .contains("refused grading.error.reasonRequired");
    moved("body3", "returnToEnterprise", id, "&reason=" + encode("营业执照复印件不清晰"));
    assertThat(enterpriseState(enterprise, id)).startsWith("DRAFT").endsWith("营业执照复印件不清晰");
    ok(
        enterprise,
        ENTERPRISE + "submit&id=" + id + "&version=" + enterpriseVersion(enterprise, id));
    consented(id);

    moved("body3", "passPreliminary", id, "");
    moved("qingdao", "returnToBody", id, "&reason=" + encode("请核实事故记录"));
    assertThat(state("body3", id)[0]).isEqualTo("SUBMITTED");

    moved("body3", "passPreliminary", id, "");
    moved("qingdao", "accept", id, "");
    moved("body3", "notice", id, "&agency=" + TestDatabase.organisationOf("agency"));
    moved("agency", "plan", id, "");
    moved("agency", "report", id, "&deduct=10");
    moved("body3", "returnReportToAgency", id, "&reason=" + encode("扣分理由不充分"));
    assertThat(state("agency", id)[0]).isEqualTo("PLAN_SUBMITTED");
    moved("agency", "report", id, "&deduct=12");
    moved("body3", "passReport", id, "");
    moved("qingdao", "returnReportToBody", id, "&reason=" + encode("请复核第七要素"));
    assertThat(state("body3", id)[0]).isEqualTo("REPORT_SUBMITTED");

    assertThat(lines(enterprise, ENTERPRISE + "history&id=" + id))
        .extracting(l -> l.split(" ")[0] + " " + l.split(" ")[1])
        .contains(
            "RETURN_TO_ENTERPRISE DRAFT",
            "RETURN_TO_BODY SUBMITTED",
            "RETURN_REPORT_TO_AGENCY PLAN_SUBMITTED",
            "RETURN_REPORT_TO_BODY REPORT_SUBMITTED");
  }

  @Test
  void aReportBelowEveryLevelEndsNotPassedAndTheEnterpriseMayApplyAgain() {
    WebSession enterprise = newEnterprise();
    long id = submitted(enterprise);
    reviewedReport(id, 50);
    assertThat(state("qingdao", id)).containsSubsequence("REPORT_REVIEWED", "50.0");
    assertThat(move("qingdao", "approveReport", id, "&level=THIRD").body())
        .contains("refused grading.error.levelNotReached");
    moved("qingdao", "reject", id, "&reason=" + encode("得分低于60分"));
    assertThat(enterpriseState(enterprise, id)).startsWith("NOT_PASSED").endsWith("得分低于60分");
    assertThat(enterprise.get(ENTERPRISE + "start&level=THIRD&nature=INITIAL").statusCode())
        .as("a new application after NOT_PASSED")
        .isEqualTo(200);
  }

  @Test
  void onlyThePartiesOfAnApplicationSeeItAndOnlyItsHolderMovesIt() {
    WebSession enterprise = newEnterprise();
    long id = submitted(enterprise);

    assertThat(as("cement").get(ENTERPRISE + "state&id=" + id).statusCode())
        .as("another enterprise")
        .isEqualTo(404);
    assertThat(as("body2").get(WORK + "state&id=" + id).statusCode())
        .as("the organising body of another level")
        .isEqualTo(404);
    assertThat(as("agency").get(WORK + "state&id=" + id).statusCode())
        .as("an agency before it is named in a notice")
        .isEqualTo(404);
    assertThat(as("lixia").get(WORK + "state&id=" + id).statusCode())
        .as("a regulator of another city's county")
        .isEqualTo(404);
    assertThat(state("shandong", id)[0])
        .as("the province sees its region's")
        .isEqualTo("SUBMITTED");
    assertThat(move("qingdao", "accept", id, "").statusCode())
        .as("the regulator may not act before the body")
        .isEqualTo(404);
    assertThat(move("body3", "accept", id, "").statusCode())
        .as("a body may not call a regulator's move")
        .isEqualTo(403);
    assertThat(state("body3", id)[0]).isEqualTo("SUBMITTED");
  }

  @Test
  void twoReviewersPassingOneApplicationAtOnceMoveItOnlyOnce() throws Exception {
    long id = submitted(newEnterprise());
    String version = state("body3", id)[1];
    List<WebSession> sessions =
        List.of(signedIn("body3", DemoLogins.PASSWORD), signedIn("body3", DemoLogins.PASSWORD));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> answers = new ArrayList<>();
    for (WebSession session : sessions) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return session
                    .get(WORK + "passPreliminary&id=" + id + "&version=" + version)
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> codes = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      codes.add(answer.get());
    }
    pool.shutdown();
    assertThat(codes).containsExactlyInAnyOrder(200, 409);
    assertThat(
            TestDatabase.count(
                "select count(*) from grading_history where application_id = ? and move = ?",
                id,
                "PASS_PRELIMINARY"))
        .isEqualTo(1);
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() {
    WebSession enterprise = newEnterprise();
    long id = Long.parseLong(ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=INITIAL"));
    long before =
        TestDatabase.count("select count(*) from grading_attachment where application_id = ?", id);
    HttpResponse<String> answer = enterprise.get(ENTERPRISE + "attachFake&id=" + id);
    assertThat(answer.statusCode()).isEqualTo(409);
    assertThat(answer.body()).contains("refused upload.error.type");
    assertThat(
            TestDatabase.count(
                "select count(*) from grading_attachment where application_id = ?", id))
        .isEqualTo(before);
    assertThat(
            enterprise
                .get(
                    ENTERPRISE
                        + "submit&id="
                        + id
                        + "&version="
                        + enterpriseVersion(enterprise, id))
                .body())
        .as("an incomplete application cannot be submitted")
        .contains("refused grading.error.incomplete");
  }
}
