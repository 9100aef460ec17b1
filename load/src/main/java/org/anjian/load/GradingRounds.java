package org.anjian.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;
import static org.anjian.load.Faces.ajax;
import static org.anjian.load.Faces.page;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;

/**
 * What grading desks do: an organising body reads its inbox, an application with its history and
 * its query; the organisation holding an application moves it on (the body's 评审审核 and 评审报告审核, the
 * regulator's 评审申请审核 and the lower regulator's consent with its opinion); visitors verify
 * certificates.
 */
final class GradingRounds {

  static final String DETAIL = "grading/application.xhtml?id=#{applicationId}";

  /** The button of each move the load test makes (deskActions.xhtml). */
  private static final Map<String, String> BUTTONS =
      Map.of(
          "PASS_PRELIMINARY", "act:passPreliminary",
          "PASS_REPORT", "act:passReport",
          "ACCEPT", "act:accept",
          "CONSENT", "act:consent");

  static final ChainBuilder BODY_ROUND =
      exec(session -> session.remove("applicationId"))
          .exec(
              page("grading: inbox", "grading/inbox.xhtml")
                  .check(
                      regex("application\\.xhtml\\?id=(\\d+)").optional().saveAs("applicationId")))
          .doIf(session -> session.contains("applicationId"))
          .then(
              exec(
                  http("grading: detail with history")
                      .get(DETAIL)
                      .check(status().is(200), substring("id=\"current-user\""))))
          .exec(page("grading: query", "grading/applications.xhtml"));

  /**
   * One move on the work item's application: the inbox, the application, the move's button (the
   * consent posts its form with the opinion). A move that is done redirects to the inbox.
   */
  static final ChainBuilder MOVE_ROUND =
      exec(GradingRounds::button)
          .exec(page("grading: inbox", "grading/inbox.xhtml"))
          .exec(page("grading: detail, to move", DETAIL).check(substring("#{moveButton}")))
          .exec(
              ajax(
                      "grading: move #{move}",
                      DETAIL,
                      "act",
                      "#{moveButton}",
                      "#{moveExecute}",
                      "act messages")
                  .formParam("act:opinion", "经核实，该企业上一年度未发生死亡事故，同意申请。")
                  .check(substring("<redirect"), Faces.NO_ERROR_MESSAGE));

  private static Session button(Session session) {
    String move = session.getString("move");
    String button = BUTTONS.get(move);
    if (button == null) {
      throw new IllegalArgumentException("the load test makes no move " + move);
    }
    return session
        .set("moveButton", button)
        .set("moveExecute", move.equals("CONSENT") ? "act" : button);
  }

  static final ChainBuilder PUBLIC_ROUND =
      exec(session -> session.remove("number"))
          .exec(
              http("public: certificates")
                  .get("public/certificates.xhtml")
                  .check(
                      status().is(200),
                      regex("verify\\.xhtml\\?number=([^\"&]+)").optional().saveAs("number")))
          .doIf(session -> session.contains("number"))
          .then(
              exec(
                  http("public: verify")
                      .get("public/verify.xhtml?number=#{number}")
                      .check(status().is(200))));

  private GradingRounds() {}
}
