package org.anjian.it.faults;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.it.support.DemoLogins;
import org.anjian.it.support.RegisteredEnterprise;
import org.anjian.it.support.TestDatabase;
import org.anjian.it.support.WebSession;

/**
 * Before a fault run: new 黄岛区 enterprises, each with a 三级 application taken through the probes from
 * submission to ANNOUNCED (what GradingWorkflowIT does), so that the write load has certificates to
 * print. Prints the application ids, space-separated.
 *
 * <p>{@code PrintableApplications <base url> <how many>}
 */
public final class PrintableApplications {

  private static final String ENTERPRISE = "enterprise/it-grading?action=";
  private static final String WORK = "grading/it-work?action=";

  private final URI base;
  private final Map<String, WebSession> sessions = new HashMap<>();

  private PrintableApplications(URI base) {
    this.base = base;
  }

  public static void main(String[] args) {
    PrintableApplications prepare = new PrintableApplications(URI.create(args[0]));
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      ids.add(prepare.approved());
    }
    prepare.announced(ids);
    System.out.println(String.join(" ", ids.stream().map(String::valueOf).toList()));
  }

  private long approved() {
    WebSession enterprise = signedIn(RegisteredEnterprise.in(base, "370211", "fault"));
    long id = Long.parseLong(ok(enterprise, ENTERPRISE + "start&level=THIRD&nature=INITIAL"));
    ok(enterprise, ENTERPRISE + "fill&self=82&id=" + id);
    String version = ok(enterprise, ENTERPRISE + "state&id=" + id).split(" ")[1];
    ok(enterprise, ENTERPRISE + "submit&id=" + id + "&version=" + version);
    move("huangdao", "consent", id, "&reason=" + URLEncoder.encode("同意", StandardCharsets.UTF_8));
    move("body3", "passPreliminary", id, "");
    move("qingdao", "accept", id, "");
    move("body3", "notice", id, "&agency=" + TestDatabase.organisationOf("agency"));
    move("agency", "plan", id, "");
    move("agency", "report", id, "&deduct=15");
    move("body3", "passReport", id, "");
    move("qingdao", "approveReport", id, "&level=THIRD");
    return id;
  }

  /** Published in one announcement whose objection window has passed. */
  private void announced(List<Long> ids) {
    String joined = String.join(",", ids.stream().map(String::valueOf).toList());
    ok(as("qingdao"), WORK + "publish&ids=" + joined);
    TestDatabase.update(
        "update grading_announcement set objection_until = current_date - 1 where id ="
            + " (select announcement_id from grading_application where id = ?)",
        ids.get(0));
    ok(as("qingdao"), WORK + "announcements");
  }

  private void move(String user, String action, long id, String extra) {
    String version = ok(as(user), WORK + "state&id=" + id).split(" ")[1];
    ok(as(user), WORK + action + "&id=" + id + "&version=" + version + extra);
  }

  private WebSession as(String user) {
    return sessions.computeIfAbsent(user, this::signedIn);
  }

  private WebSession signedIn(String user) {
    WebSession session = new WebSession(base);
    if (!WebSession.showsSignedIn(session.login(user, DemoLogins.PASSWORD), user)) {
      throw new IllegalStateException("login as " + user + " failed");
    }
    return session;
  }

  private static String ok(WebSession session, String path) {
    HttpResponse<String> answer = session.get(path);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(path + ": " + answer.statusCode() + " " + answer.body());
    }
    return answer.body().lines().findFirst().orElse("").trim();
  }
}
