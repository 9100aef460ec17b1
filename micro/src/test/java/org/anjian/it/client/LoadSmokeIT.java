package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The load test's smoke run (module load, {@code ReviewSeason}) against the suite's server, so that
 * the load test cannot rot: every kind of session and request once, with the simulation's own
 * assertion that no request failed. The writing sessions work only on records this test makes
 * first, under a name nobody else uses: a draft the enterprise {@code pond} files and submits,
 * three records 黄岛区 bulk-approves, two it approves and returns, and three new enterprises' grading
 * applications that 黄岛区 consents to, body3 passes and 青岛市 accepts. The demo records stay as the
 * other tests expect them.
 */
class LoadSmokeIT extends GradingClientTest {

  @Test
  void everyKindOfSessionRunsWithoutAFailedRequest() {
    String token = Unique.username("ls");
    WebSession pond = as("pond");
    long filing = draft(pond, "LOADSMOKE " + token + "file");
    List<Long> bulk =
        List.of(
            submittedRecord(pond, token + "bulk 1"),
            submittedRecord(pond, token + "bulk 2"),
            submittedRecord(pond, token + "bulk 3"));
    List<Long> decided =
        List.of(submittedRecord(pond, token + "move 1"), submittedRecord(pond, token + "move 2"));
    long consent = gradingSubmitted();
    long preliminary = gradingSubmitted();
    moved("huangdao", "consent", preliminary, "&reason=" + encode("同意申请"));
    long accept = gradingSubmitted();
    moved("huangdao", "consent", accept, "&reason=" + encode("同意申请"));
    moved("body3", "passPreliminary", accept, "");

    Map<String, String> settings =
        Map.ofEntries(
            Map.entry("load.baseUrl", base().toString()),
            Map.entry("load.profile", "smoke"),
            Map.entry("load.password", DemoLogins.PASSWORD),
            Map.entry("load.captcha", DemoLogins.CAPTCHA),
            Map.entry("load.regulators", "national,shandong,qingdao,huangdao"),
            Map.entry("load.bodies", "body3,body2"),
            Map.entry("load.sharedLogin", "lixia"),
            Map.entry("load.moves", "true"),
            Map.entry("load.reviewText", token + "move"),
            Map.entry("load.filings", "pond:" + filing),
            Map.entry("load.bulk", "huangdao:ENTERPRISE_SUBMITTED:" + token + "bulk"),
            Map.entry(
                "load.grading",
                "huangdao:"
                    + consent
                    + ":CONSENT,body3:"
                    + preliminary
                    + ":PASS_PRELIMINARY,qingdao:"
                    + accept
                    + ":ACCEPT"));
    settings.forEach(System::setProperty);
    int status =
        Gatling$.MODULE$.fromArgs(
            new String[] {
              "-s",
              "org.anjian.load.ReviewSeason",
              "-rf",
              Path.of("target", "gatling").toAbsolutePath().toString()
            });
    assertThat(status).as("Gatling exit status (0: every assertion held)").isZero();

    assertThat(value("select status from census_record where id = ?", filing))
        .as("the enterprise's filing was submitted through the form")
        .isEqualTo("UNDER_REVIEW");
    for (long id : bulk) {
      assertThat(value("select holder_region_code from census_record where id = ?", id))
          .as("bulk-approved by 黄岛区, now at 青岛市")
          .isEqualTo("370200");
    }
    for (String action : List.of("APPROVE", "RETURN_TO_ENTERPRISE")) {
      assertThat(
              TestDatabase.count(
                  "select count(*) from census_history where record_id in (?, ?)"
                      + " and actor_username = 'huangdao' and action = ?",
                  decided.get(0),
                  decided.get(1),
                  action))
          .as("黄岛区 approved one of its two records and returned the other: " + action)
          .isEqualTo(1);
    }
    assertThat(value("select state from grading_application where id = ?", consent))
        .isEqualTo("SUBMITTED");
    assertThat(value("select state from grading_application where id = ?", preliminary))
        .isEqualTo("PRELIMINARY_PASSED");
    assertThat(value("select state from grading_application where id = ?", accept))
        .isEqualTo("ACCEPTED");
  }

  /** A complete tailings-pond draft of the enterprise, not submitted; returns its id. */
  private static long draft(WebSession enterprise, String name) {
    long id =
        Long.parseLong(
            ok(
                enterprise,
                "enterprise/it-filing?action=create&type=TAILINGS_POND&name=" + encode(name)));
    ok(enterprise, "enterprise/it-filing?action=fill&id=" + id);
    return id;
  }

  private static long submittedRecord(WebSession enterprise, String name) {
    long id = draft(enterprise, "LOADSMOKE " + name);
    String version = ok(enterprise, "enterprise/it-filing?action=load&id=" + id).split(" ")[1];
    assertThat(
            ok(enterprise, "enterprise/it-filing?action=submit&id=" + id + "&version=" + version))
        .isEqualTo("ok SUBMIT");
    return id;
  }

  /** A new 黄岛区 工贸 enterprise's complete 三级 application, submitted: awaiting 黄岛区's consent. */
  private long gradingSubmitted() {
    WebSession enterprise = signedIn(registered(), DemoLogins.PASSWORD);
    return Long.parseLong(
        enterprise.post("enterprise/it-grading-desk", Map.of("op", "submitted")).body().trim());
  }

  private static String value(String sql, long id) {
    return String.valueOf(TestDatabase.value(sql, id));
  }
}
