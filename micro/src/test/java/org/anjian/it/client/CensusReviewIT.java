package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * Census review level by level, through the real boundaries as real signed-in users (test-only
 * probes call them): 黄岛区 (county) → 青岛市 → 山东省 → national, returns one step at a time, direct
 * supervision by a city, bulk approval with a stale record, jurisdiction, and two reviewers
 * deciding the same record at once.
 */
class CensusReviewIT extends HttpTest {

  /** A new complete tailings pond of {@code enterprise}, submitted; returns its id. */
  long submittedPond(String enterprise) {
    var session = signedIn(enterprise, DemoLogins.PASSWORD);
    long id =
        Long.parseLong(
            ok(
                session,
                "enterprise/it-filing?action=create&type=TAILINGS_POND&name="
                    + encode("IT 尾矿库 " + Unique.username("p"))));
    String version = ok(session, "enterprise/it-filing?action=fill&id=" + id).split(" ")[1];
    assertThat(ok(session, "enterprise/it-filing?action=submit&id=" + id + "&version=" + version))
        .isEqualTo("ok SUBMIT");
    return id;
  }

  @Test
  void aRecordClimbsFromCountyToNationalAndIsArchivedWithItsHistory() {
    long id = submittedPond("pond");
    assertThat(row("huangdao", "pending", id)).contains("ENTERPRISE_SUBMITTED");
    assertThat(decide("huangdao", "approve", id)).isEqualTo("ok APPROVE");
    assertThat(row("huangdao", "pending", id)).isNull();
    assertThat(row("huangdao", "tracking", id)).contains("AWAITING_UPPER");
    assertThat(row("qingdao", "pending", id)).contains("SUBMITTED_BY_LOWER");
    assertThat(decide("qingdao", "approve", id)).isEqualTo("ok APPROVE");
    assertThat(decide("shandong", "approve", id)).isEqualTo("ok APPROVE");
    assertThat(row("national", "pending", id)).contains("SUBMITTED_BY_LOWER");
    assertThat(decide("national", "approve", id)).isEqualTo("ok ARCHIVE");

    assertThat(row("national", "archived", id)).isNotNull();
    assertThat(row("huangdao", "archived", id))
        .as("archived in the county's jurisdiction")
        .isNotNull();
    assertThat(row("huangdao", "tracking", id)).as("archived records leave tracking").isNull();
    assertThat(
            lines(
                signedIn("national", DemoLogins.PASSWORD),
                "regulator/it-review?action=history&id=" + id))
        .containsExactly(
            "SUBMIT null pond",
            "APPROVE COUNTY huangdao",
            "APPROVE CITY qingdao",
            "APPROVE PROVINCE shandong",
            "ARCHIVE NATIONAL national");
    assertThat(TestDatabase.value("select status from census_record where id = ?", id))
        .isEqualTo("ARCHIVED");
  }

  @Test
  void returnsGoOneStepDownToTheEnterpriseAndReviewStartsAgainAtTheCounty() {
    long id = submittedPond("pond");
    for (String level : List.of("huangdao", "qingdao", "shandong")) {
      assertThat(decide(level, "approve", id)).isEqualTo("ok APPROVE");
    }
    assertThat(decide("national", "return", id, ""))
        .isEqualTo("refused census.error.reasonRequired");
    assertThat(decide("national", "return", id, "坐标有误")).isEqualTo("ok RETURN_TO_LOWER");
    assertThat(row("shandong", "pending", id)).contains("RETURNED_BY_UPPER");
    assertThat(decide("shandong", "approve", id))
        .as("a level cannot approve what came back from above")
        .isEqualTo("refused census.error.cannotApproveReturned");
    assertThat(decide("shandong", "return", id, "请市局核实")).isEqualTo("ok RETURN_TO_LOWER");
    assertThat(decide("qingdao", "return", id, "请县局核实")).isEqualTo("ok RETURN_TO_LOWER");
    assertThat(row("huangdao", "pending", id)).contains("RETURNED_BY_UPPER");
    assertThat(decide("huangdao", "return", id, "请企业更正坐标")).isEqualTo("ok RETURN_TO_ENTERPRISE");
    assertThat(row("huangdao", "tracking", id)).contains("RETURNED_TO_ENTERPRISE");
    assertThat(row("qingdao", "tracking", id))
        .as("the city returned it to the county: its own action, not the county's")
        .contains("RETURNED_TO_LOWER")
        .doesNotContain("RETURNED_TO_ENTERPRISE");

    var pond = signedIn("pond", DemoLogins.PASSWORD);
    String version = ok(pond, "enterprise/it-filing?action=fill&id=" + id).split(" ")[1];
    assertThat(ok(pond, "enterprise/it-filing?action=submit&id=" + id + "&version=" + version))
        .isEqualTo("ok SUBMIT");
    assertThat(row("huangdao", "pending", id)).contains("ENTERPRISE_SUBMITTED");
    assertThat(row("qingdao", "tracking", id))
        .as("still the city's own 已退回下级 while the record climbs again below it")
        .contains("RETURNED_TO_LOWER");
    assertThat(
            TestDatabase.count(
                "select count(*) from census_history where record_id = ? and reason is not null",
                id))
        .isEqualTo(4);
  }

  @Test
  void aCitySupervisedEnterpriseGoesStraightToTheCityAndBack() {
    long id = submittedPond("citymine");
    assertThat(row("qingdao", "pending", id)).contains("ENTERPRISE_SUBMITTED");
    assertThat(row("huangdao", "pending", id)).isNull();
    assertThat(decide("huangdao", "approve", id)).isEqualTo("refused error.notFound");
    assertThat(decide("qingdao", "return", id, "请补充许可证")).isEqualTo("ok RETURN_TO_ENTERPRISE");
    assertThat(TestDatabase.value("select status from census_record where id = ?", id))
        .isEqualTo("RETURNED");
  }

  @Test
  void bulkApprovalApprovesEachRecordAloneAndReportsTheStaleOne() {
    long a = submittedPond("pond");
    long b = submittedPond("pond");
    long c = submittedPond("pond");
    String seenB = version("huangdao", b);
    String records =
        a
            + ":"
            + version("huangdao", a)
            + ","
            + b
            + ":"
            + seenB
            + ","
            + c
            + ":"
            + version("huangdao", c);
    assertThat(decide("huangdao", "approve", b)).isEqualTo("ok APPROVE"); // someone was quicker
    var huangdao = signedIn("huangdao", DemoLogins.PASSWORD);
    assertThat(lines(huangdao, "regulator/it-review?action=bulk&records=" + records))
        .containsExactly("succeeded 2", "failed " + b + " error.stale");
    assertThat(row("qingdao", "pending", a)).isNotNull();
    assertThat(row("qingdao", "pending", c)).isNotNull();
    assertThat(
            TestDatabase.count(
                "select count(*) from census_history where record_id = ? and action = 'APPROVE'",
                b))
        .isEqualTo(1);
  }

  @Test
  void anotherCountyFindsNothingAndTheAttemptIsAudited() {
    long id = submittedPond("pond");
    long before = TestDatabase.lastEventId();
    assertThat(row("lixia", "pending", id)).isNull();
    var lixia = signedIn("lixia", DemoLogins.PASSWORD);
    HttpResponse<String> history = lixia.get("regulator/it-review?action=history&id=" + id);
    assertThat(history.body().trim()).isEqualTo("refused error.notFound");
    assertThat(decide("lixia", "approve", id)).isEqualTo("refused error.notFound");
    assertThat(lixia.get("regulator/census/record.xhtml?id=" + id).statusCode()).isEqualTo(404);
    assertThat(lines(lixia, "regulator/it-review?action=stats&region=370211"))
        .containsExactly("refused error.notFound");
    assertThat(TestDatabase.events("ACCESS_DENIED", "lixia", before)).isGreaterThanOrEqualTo(3);
    assertThat(TestDatabase.value("select holder_region_code from census_record where id = ?", id))
        .isEqualTo("370211");
  }

  @Test
  void twoReviewersApprovingAtOnceGiveOneApprovalAndOneAlreadyHandled() throws Exception {
    long id = submittedPond("pond");
    String second = Unique.username("it-hd2");
    TestDatabase.cloneLogin("huangdao", second, false);
    String version = version("huangdao", id);
    List<org.anjian.it.support.WebSession> reviewers =
        List.of(signedIn("huangdao", DemoLogins.PASSWORD), signedIn(second, DemoLogins.PASSWORD));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (var reviewer : reviewers) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return reviewer
                      .get("regulator/it-review?action=approve&id=" + id + "&version=" + version)
                      .body()
                      .trim();
                }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> r : results) {
        outcomes.add(r.get());
      }
      assertThat(outcomes).containsOnlyOnce("ok APPROVE");
      assertThat(outcomes)
          .anyMatch(
              o ->
                  o.equals("refused error.stale")
                      || o.equals("refused census.error.alreadyHandled"));
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            TestDatabase.count(
                "select count(*) from census_history where record_id = ? and action = 'APPROVE'",
                id))
        .isEqualTo(1);
    assertThat(TestDatabase.value("select holder_region_code from census_record where id = ?", id))
        .isEqualTo("370200");
  }

  @Test
  void anIncompleteRecordIsRefusedAndStaysADraft() {
    var pond = signedIn("pond", DemoLogins.PASSWORD);
    long id =
        Long.parseLong(
            ok(
                pond,
                "enterprise/it-filing?action=create&type=TAILINGS_POND&name=" + encode("IT 未填完")));
    String version = ok(pond, "enterprise/it-filing?action=load&id=" + id).split(" ")[1];
    HttpResponse<String> refused =
        pond.get("enterprise/it-filing?action=submit&id=" + id + "&version=" + version);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body().trim()).isEqualTo("refused census.error.incomplete");
    assertThat(TestDatabase.value("select status from census_record where id = ?", id))
        .isEqualTo("DRAFT");
    assertThat(TestDatabase.count("select count(*) from census_history where record_id = ?", id))
        .isZero();
  }

  @Test
  void statisticsAndExportAgreeWithTheDatabase() {
    var qingdao = signedIn("qingdao", DemoLogins.PASSWORD);
    for (String line : lines(qingdao, "regulator/it-review?action=stats&region=370200")) {
      String[] parts = line.split(" ");
      assertThat(Long.parseLong(parts[1]))
          .as(parts[0])
          .isEqualTo(
              TestDatabase.count(
                  "select count(*) from census_record where city_code = '370200' and status = ?",
                  parts[0]));
    }
    var national = signedIn("national", DemoLogins.PASSWORD);
    List<String> csv = lines(national, "regulator/it-review?action=export");
    assertThat(csv.get(0)).startsWith("\ufeffcensus.field.id,census.field.name");
    assertThat(csv.size() - 1L)
        .isEqualTo(
            TestDatabase.count("select count(*) from census_record where status = 'ARCHIVED'"));
  }

  // --- helpers

  private String decide(String regulator, String action, long id, String... reason) {
    var session = signedIn(regulator, DemoLogins.PASSWORD);
    String version =
        String.valueOf(TestDatabase.value("select version from census_record where id = ?", id));
    String path = "regulator/it-review?action=" + action + "&id=" + id + "&version=" + version;
    if (reason.length > 0) {
      path += "&reason=" + encode(reason[0]);
    }
    return session.get(path).body().trim();
  }

  private String version(String regulator, long id) {
    return row(regulator, "pending", id).split(" ")[1];
  }

  /** The line of record {@code id} in a regulator's list, or null when the list lacks it. */
  private String row(String regulator, String list, long id) {
    return lines(signedIn(regulator, DemoLogins.PASSWORD), "regulator/it-review?action=" + list)
        .stream()
        .filter(l -> l.startsWith(id + " "))
        .findFirst()
        .orElse(null);
  }

  private static List<String> lines(org.anjian.it.support.WebSession session, String path) {
    return session.get(path).body().lines().filter(l -> !l.isBlank()).toList();
  }

  private static String ok(org.anjian.it.support.WebSession session, String path) {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body().trim();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
