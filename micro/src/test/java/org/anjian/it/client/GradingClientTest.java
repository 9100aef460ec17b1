package org.anjian.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.HttpTest;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.Unique;
import org.anjian.it.support.WebSession;

/**
 * What grading tests through the probes share: signed-in demo users, new enterprises of 黄岛区, and
 * the moves and states of an application as a given user sees them.
 */
abstract class GradingClientTest extends HttpTest {

  static final String ENTERPRISE = "enterprise/it-grading?action=";
  static final String WORK = "grading/it-work?action=";

  /** One signed-in session per demo user and test: logging in is deliberately slow (PBKDF2). */
  private final Map<String, WebSession> sessions = new HashMap<>();

  WebSession as(String user) {
    return sessions.computeIfAbsent(user, u -> signedIn(u, DemoLogins.PASSWORD));
  }

  /** A new 工贸 enterprise in 黄岛区 (青岛市, 山东省), signed in; its username is the session's. */
  WebSession newEnterprise() {
    return signedIn(registered(), DemoLogins.PASSWORD);
  }

  /** Registers a new 工贸 enterprise in 黄岛区; returns its username. */
  String registered() {
    String username = Unique.username("it-gr");
    HttpResponse<String> registered =
        visitor()
            .get(
                "it-public?action=register&username="
                    + username
                    + "&creditCode="
                    + Unique.creditCode("370211")
                    + "&region=370211&password="
                    + encode(DemoLogins.PASSWORD));
    assertThat(registered.body()).startsWith("ok");
    return username;
  }

  String enterpriseState(WebSession enterprise, long id) {
    return ok(enterprise, ENTERPRISE + "state&id=" + id);
  }

  long enterpriseVersion(WebSession enterprise, long id) {
    return Long.parseLong(enterpriseState(enterprise, id).split(" ")[1]);
  }

  /** State and version of an application as {@code user} sees it. */
  String[] state(String user, long id) {
    return ok(as(user), WORK + "state&id=" + id).lines().findFirst().orElseThrow().split(" ");
  }

  /** Makes a move as {@code user} on the current version; returns the probe's answer. */
  HttpResponse<String> move(String user, String action, long id, String extra) {
    String version = state(user, id)[1];
    return as(user).get(WORK + action + "&id=" + id + "&version=" + version + extra);
  }

  void moved(String user, String action, long id, String extra) {
    HttpResponse<String> answer = move(user, action, id, extra);
    assertThat(answer.statusCode())
        .as(action + " by " + user + ": " + answer.body())
        .isEqualTo(200);
  }

  /**
   * The objection window of the application's announcement passes: the announcement closes when its
   * regulator next looks, and the application is ANNOUNCED.
   */
  void objectionWindowPassed(String regulator, long id) {
    TestDatabase.update(
        "update grading_announcement set objection_until = current_date - 1 where id ="
            + " (select announcement_id from grading_application where id = ?)",
        id);
    ok(as(regulator), WORK + "announcements");
  }

  /** The body prints the certificate; returns the probe's line: id, version and number. */
  String[] printed(String body, long id) {
    String printed = ok(as(body), WORK + "print&id=" + id + "&version=" + state(body, id)[1]);
    return printed.lines().findFirst().orElseThrow().split(" ");
  }

  /** A complete 三级 application of a new enterprise, submitted; returns its id. */
  long submitted(WebSession enterprise) {
    return submitted(enterprise, "INITIAL");
  }

  long submitted(WebSession enterprise, String nature) {
    long id = Long.parseLong(ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=" + nature));
    ok(enterprise, ENTERPRISE + "fill&self=82&id=" + id);
    ok(
        enterprise,
        ENTERPRISE + "submit&id=" + id + "&version=" + enterpriseVersion(enterprise, id));
    consented(id);
    return id;
  }

  /** 黄岛区, the enterprise's county, consents to a submitted 三级 application. */
  void consented(long id) {
    assertThat(state("huangdao", id)[0]).isEqualTo("AWAITING_CONSENT");
    moved("huangdao", "consent", id, "&reason=" + encode("同意申请"));
  }

  /** Takes an application from submission to a reviewed report with the given deduction. */
  void reviewedReport(long id, int deductionPerElement) {
    moved("body3", "passPreliminary", id, "");
    moved("qingdao", "accept", id, "");
    moved("body3", "notice", id, "&agency=" + TestDatabase.organisationOf("agency"));
    moved("agency", "plan", id, "");
    moved("agency", "report", id, "&deduct=" + deductionPerElement);
    moved("body3", "passReport", id, "");
  }

  /** Takes a submitted application to its printed certificate; returns the certificate number. */
  String certified(long id) {
    reviewedReport(id, 15);
    moved("qingdao", "approveReport", id, "&level=THIRD");
    ok(as("qingdao"), WORK + "publish&ids=" + id);
    objectionWindowPassed("qingdao", id);
    return printed("body3", id)[2];
  }

  static List<String> lines(WebSession session, String path) {
    return session.get(path).body().lines().filter(l -> !l.isBlank() && !l.equals("ok")).toList();
  }

  static String ok(WebSession session, String path) {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body().trim();
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
