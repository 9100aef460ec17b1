package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.Announcements;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.Certificates;
import org.anjian.grading.boundary.EvaluatorForm;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.GradingWork;
import org.anjian.grading.boundary.PlanInput;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.boundary.ReportInput;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.platform.boundary.PageRequest;

/**
 * Test archive only: the review side of grading (organising body, agency, regulator) called as the
 * signed-in user, one plain-text line per result. Refusals answer 409 with the message key.
 */
@WebServlet("/grading/it-work")
public class GradingWorkProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GradingWork work;

  @EJB private Registries registries;

  @EJB private Announcements announcements;

  @EJB private Certificates certificates;

  @Override
  protected void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    PrintWriter out = response.getWriter();
    String reason = request.getParameter("reason");
    switch (request.getParameter("action")) {
      case "inbox" -> {
        for (ApplicationRow r :
            work.inbox(new PageRequest(0, 200, null, false), GradingFilter.none()).rows()) {
          out.println(r.id() + " " + r.version() + " " + r.state() + " " + r.overdue());
        }
      }
      case "state" -> {
        GradingApplication a = work.load(id(request));
        out.println(a.getState() + " " + a.getVersion() + " " + a.getReportScore());
      }
      case "consent" -> work.consent(id(request), version(request), reason);
      case "refuseConsent" -> work.refuseConsent(id(request), version(request), reason);
      case "refer" ->
          work.referToLowerLevel(
              id(request), version(request), GradingLevel.valueOf(request.getParameter("level")));
      case "holder" -> {
        GradingApplication a = work.load(id(request));
        out.println(
            a.getHandlingRegionCode()
                + " "
                + a.getBodyId()
                + " "
                + a.handledLevel()
                + " "
                + a.getReportLevel()
                + " | "
                + a.getConsentOpinion());
      }
      case "exportRows" -> {
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        work.export(
            GradingFilter.none(),
            org.anjian.census.boundary.ExportFormat.CSV,
            key -> key,
            String::valueOf,
            csv);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        String needle = request.getParameter("text");
        out.println(text.lines().skip(1).filter(l -> needle == null || l.contains(needle)).count());
      }
      case "planWithExpert" -> plan(request, List.of(Long.valueOf(request.getParameter("expert"))));
      case "downgrade" -> {
        CertificateView c =
            certificates.downgrade(id(request), version(request), GradingLevel.THIRD, reason);
        out.println(c.status());
      }
      case "passPreliminary" -> work.passPreliminary(id(request), version(request));
      case "returnToEnterprise" -> work.returnToEnterprise(id(request), version(request), reason);
      case "accept" -> work.accept(id(request), version(request));
      case "returnToBody" -> work.returnToBody(id(request), version(request), reason);
      case "notice" ->
          work.issueNotice(
              id(request),
              version(request),
              Long.valueOf(request.getParameter("agency")),
              "请按期开展评审");
      case "plan" -> plan(request, List.of());
      case "report" -> report(request);
      case "passReport" -> work.passReport(id(request), version(request));
      case "returnReportToAgency" ->
          work.returnReportToAgency(id(request), version(request), reason);
      case "approveReport" ->
          work.approveReport(
              id(request), version(request), GradingLevel.valueOf(request.getParameter("level")));
      case "returnReportToBody" -> work.returnReportToBody(id(request), version(request), reason);
      case "reject" -> work.reject(id(request), version(request), reason);
      case "publish" ->
          out.println(
              "announcement "
                  + announcements.publish(
                      "IT 公告",
                      Arrays.stream(request.getParameter("ids").split(","))
                          .map(Long::valueOf)
                          .toList()));
      case "announcements" -> announcements.mine(new PageRequest(0, 50, null, false));
      case "print" -> {
        CertificateView c = certificates.print(id(request), version(request));
        out.println(c.id() + " " + c.version() + " " + c.number());
      }
      case "revoke" -> {
        CertificateView c = certificates.revoke(id(request), version(request), reason);
        out.println(c.status());
      }
      default -> response.sendError(400);
    }
    out.println("ok");
  }

  /** A plan with the agency's first two active evaluators, registering two if it has fewer. */
  private void plan(HttpServletRequest request, List<Long> experts) {
    List<Evaluator> team = work.evaluators();
    for (int i = team.size(); i < 2; i++) {
      registries.saveEvaluator(
          null, null, new EvaluatorForm("评审员" + i, "二级评审员", "PSY-IT-" + i, "冶金", null, true));
    }
    team = work.evaluators();
    Long leader = team.get(0).getId();
    Long member = team.get(1).getId();
    work.submitPlan(
        id(request),
        version(request),
        new PlanInput(
            leader,
            List.of(leader, member),
            Map.of(leader, "GOALS,SAFETY_INVESTMENT", member, "OPERATIONAL_SAFETY"),
            experts,
            LocalDate.now().plusDays(3),
            LocalDate.now().plusDays(4),
            "首次会议 → 现场评审 → 末次会议"));
  }

  /** Every element 100 standard points, none not applicable, the given deduction each. */
  private void report(HttpServletRequest request) {
    BigDecimal deduction = new BigDecimal(request.getParameter("deduct"));
    List<ReportInput.Line> lines = new ArrayList<>();
    for (Element e : Element.values()) {
      lines.add(new ReportInput.Line(e, new BigDecimal("100"), BigDecimal.ZERO, deduction, "扣分原因"));
    }
    work.submitReport(id(request), version(request), new ReportInput(lines, "评审发现"));
  }
}
