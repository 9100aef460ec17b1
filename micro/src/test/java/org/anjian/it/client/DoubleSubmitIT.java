package org.anjian.it.client;

import static org.anjian.it.support.AtOnce.oneDoneOneRefused;
import static org.anjian.it.support.AtOnce.twiceAtOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Every irreversible button pressed twice at once (a double click sends the same postback twice, on
 * the same session, with the version the page showed): one effect, and the second press gets a
 * refusal the page can show, never a server error. The census submission: {@code
 * CensusDoubleSubmitIT}.
 */
class DoubleSubmitIT extends GradingClientTest {

  static long gradingMoves(long id, String move) {
    return TestDatabase.count(
        "select count(*) from grading_history where application_id = ? and move = ?", id, move);
  }

  @Test
  void submittingAnApplicationTwiceSubmitsItOnce() throws Exception {
    WebSession enterprise = newEnterprise();
    long id = Long.parseLong(ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=INITIAL"));
    ok(enterprise, ENTERPRISE + "fill&self=82&id=" + id);
    long version = enterpriseVersion(enterprise, id);

    oneDoneOneRefused(
        twiceAtOnce(() -> enterprise.get(ENTERPRISE + "submit&id=" + id + "&version=" + version)));
    assertThat(gradingMoves(id, "SUBMIT")).isEqualTo(1);
  }

  @Test
  void aReviewStepPressedTwiceMovesTheApplicationOnce() throws Exception {
    long id = submitted(newEnterprise());
    String version = state("body3", id)[1];

    oneDoneOneRefused(
        twiceAtOnce(
            () -> as("body3").get(WORK + "passPreliminary&id=" + id + "&version=" + version)));
    assertThat(gradingMoves(id, "PASS_PRELIMINARY")).isEqualTo(1);
    assertThat(state("body3", id)[0]).isEqualTo("PRELIMINARY_PASSED");
  }

  @Test
  void printingTwiceIssuesOneCertificateAndTakesOneNumber() throws Exception {
    long id = submitted(newEnterprise());
    reviewedReport(id, 15);
    moved("qingdao", "approveReport", id, "&level=THIRD");
    ok(as("qingdao"), WORK + "publish&ids=" + id);
    objectionWindowPassed("qingdao", id);
    String version = state("body3", id)[1];
    long numbersBefore = numbersTaken();

    oneDoneOneRefused(
        twiceAtOnce(() -> as("body3").get(WORK + "print&id=" + id + "&version=" + version)));
    assertThat(TestDatabase.count("select count(*) from certificate where application_id = ?", id))
        .isEqualTo(1);
    assertThat(numbersTaken())
        .as("no number lost to the second press")
        .isEqualTo(numbersBefore + 1);
  }

  @Test
  void publishingTheSameApplicationTwiceNamesItInOneAnnouncement() throws Exception {
    long id = submitted(newEnterprise());
    reviewedReport(id, 15);
    moved("qingdao", "approveReport", id, "&level=THIRD");
    long announcementsBefore = TestDatabase.count("select count(*) from grading_announcement");

    oneDoneOneRefused(twiceAtOnce(() -> as("qingdao").get(WORK + "publish&ids=" + id)));
    assertThat(TestDatabase.count("select count(*) from grading_announcement"))
        .as("the refused press leaves no empty announcement behind")
        .isEqualTo(announcementsBefore + 1);
  }

  @Test
  void registeringTwiceCreatesOneAccount() throws Exception {
    String username = Unique.username("it-dbl");
    String creditCode = Unique.creditCode("370211");
    String register =
        "it-public?action=register&username="
            + username
            + "&creditCode="
            + creditCode
            + "&region=370211&password="
            + encode(DemoLogins.PASSWORD);
    WebSession visitor = visitor();

    oneDoneOneRefused(twiceAtOnce(() -> visitor.get(register)));
    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", username))
        .isEqualTo(1);
  }

  @Test
  void creatingAnAccountTwiceCreatesOne() throws Exception {
    String username = Unique.username("it-dbla");
    Map<String, String> account =
        Map.of(
            "kind",
            "EVALUATION_AGENCY",
            "organisationName",
            "IT 双击评审单位 " + username,
            "username",
            username,
            "initialPassword",
            "Init#2026ab");
    WebSession body = as("body3");

    List<HttpResponse<String>> answers =
        twiceAtOnce(() -> body.post("manage/it-accounts", account));
    assertThat(answers)
        .extracting(HttpResponse::body)
        .anyMatch(b -> b.startsWith("created "))
        .anyMatch(b -> b.equals("refused account.usernameTaken"));
    assertThat(TestDatabase.count("select count(*) from user_account where username = ?", username))
        .isEqualTo(1);
    assertThat(
            TestDatabase.count(
                "select count(*) from organisation where name = ?",
                account.get("organisationName")))
        .as("the refused press leaves no organisation without an account")
        .isEqualTo(1);
  }

  private static long numbersTaken() {
    Object taken = TestDatabase.value("select sum(last_sequence) from certificate_series");
    return taken == null ? 0 : ((Number) taken).longValue();
  }
}
