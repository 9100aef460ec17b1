package org.anjian.it.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Certificates over HTTP as real signed-in users: numbers taken by concurrent prints have neither
 * gaps nor duplicates, revocation is public at once and only the approving regulator may revoke,
 * and the PDF is served to its owner only. Also shows that the grading demo data loaded.
 */
class CertificateIT extends HttpTest {

  static final int PRINTS = 8;

  /** Prepared applications as "id version", and the series key first. */
  List<String> prepare(WebSession body, int n) {
    HttpResponse<String> answer = body.get("body/it-certificates?action=prepare&n=" + n);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer.body().lines().toList();
  }

  @Test
  void concurrentPrintsTakeConsecutiveNumbersOfTheSeries() throws Exception {
    WebSession body = signedIn("body3");
    List<String> prepared = prepare(body, PRINTS);
    String series = prepared.get(0).substring("series ".length());
    assertThat(prepared.subList(1, prepared.size()))
        .hasSize(PRINTS)
        .allSatisfy(line -> assertThat(line).endsWith(" ANNOUNCED"));
    long before =
        TestDatabase.count("select count(*) from certificate where number like ?", series + "%");

    ExecutorService threads = Executors.newFixedThreadPool(PRINTS);
    try {
      List<Callable<HttpResponse<String>>> prints = new ArrayList<>();
      for (String line : prepared.subList(1, prepared.size())) {
        String[] idVersion = line.split(" ");
        prints.add(
            () ->
                body.get(
                    "body/it-certificates?action=print&id="
                        + idVersion[0]
                        + "&version="
                        + idVersion[1]));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<HttpResponse<String>> print : threads.invokeAll(prints, 2, TimeUnit.MINUTES)) {
        HttpResponse<String> answer = print.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        numbers.add(answer.body().trim().split(" ")[1]);
      }
      List<String> expected = new ArrayList<>();
      for (long i = before + 1; i <= before + PRINTS; i++) {
        expected.add(series + String.format("%05d", i));
      }
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void onlyTheApprovingRegulatorRevokesAndVerificationSaysSoWithTheReason() {
    WebSession body = signedIn("body3");
    String[] application = prepare(body, 1).get(1).split(" ");
    String[] printed =
        body.get(
                "body/it-certificates?action=print&id="
                    + application[0]
                    + "&version="
                    + application[1])
            .body()
            .trim()
            .split(" ");
    String id = printed[0];
    String number = printed[1];
    Object version =
        TestDatabase.value("select version from certificate where id = ?", Long.valueOf(id));
    String reason = "IT：发生较大事故，撤销证书";
    String revoke =
        "regulator/it-certificates?action=revoke&id="
            + id
            + "&version="
            + version
            + "&reason="
            + URLEncoder.encode(reason, StandardCharsets.UTF_8);

    HttpResponse<String> county = signedIn("huangdao").get(revoke);
    assertThat(county.statusCode()).isEqualTo(404);
    assertThat(county.body().trim()).isEqualTo("refused error.notFound");

    WebSession qingdao = signedIn("qingdao");
    assertThat(qingdao.get(revoke).body().trim()).isEqualTo("ok REVOKED");
    assertThat(
            qingdao
                .get(
                    "regulator/it-certificates?action=verify&number="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .body()
                .trim())
        .isEqualTo("REVOKED " + reason);
  }

  @Test
  void thePdfIsServedToItsOwnerAndNotFoundForAnotherEnterprise() {
    long steel = TestDatabase.organisationOf("steel");
    Object certificate =
        TestDatabase.value(
            "select id from certificate where enterprise_id = ? and status = 'VALID'", steel);
    assertThat(certificate).as("the demo data gives steel a valid certificate").isNotNull();
    String path = "certificate/pdf?id=" + certificate;

    HttpResponse<String> own = signedIn("steel").get(path);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(own.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("inline").contains("filename*=UTF-8''"));
    assertThat(own.body()).startsWith("%PDF");

    assertThat(signedIn("cement").get(path).statusCode()).isEqualTo(404);
  }

  @Test
  void theGradingDemoDataCoversEveryState() {
    List<Object> states = TestDatabase.column("select distinct state from grading_application");
    assertThat(states)
        .contains(
            "DRAFT",
            "SUBMITTED",
            "PRELIMINARY_PASSED",
            "ACCEPTED",
            "NOTICE_ISSUED",
            "PLAN_SUBMITTED",
            "REPORT_SUBMITTED",
            "REPORT_REVIEWED",
            "APPROVED",
            "ANNOUNCED",
            "CERTIFIED",
            "NOT_PASSED");
    assertThat(TestDatabase.count("select count(*) from certificate where status = 'REVOKED'"))
        .isPositive();
  }
}
