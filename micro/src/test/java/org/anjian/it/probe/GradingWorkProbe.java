package org.anjian.it.probe;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.anjian.grading.boundary.ApplicationView;
import org.anjian.grading.boundary.CertificateView;
import org.anjian.grading.boundary.Certificates;
import org.anjian.grading.boundary.EvaluatorInput;
import org.anjian.grading.boundary.EvaluatorRow;
import org.anjian.grading.boundary.GradingApproval;
import org.anjian.grading.boundary.GradingEvaluation;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.GradingOrganising;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.boundary.PlanInput;
import org.anjian.grading.boundary.Registries;
import org.anjian.grading.boundary.ReportInput;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.platform.boundary.PageRequest;

/**
 * Test archive only: the review side of grading (organising body, agency, regulator) called as the
 * signed-in user, one plain-text line per result. Refusals answer 409 with the message key.
 */
@WebServlet("/grading/it-work")
public class GradingWorkProbe extends ProbeServlet {

  private static final long serialVersionUID = 1L;

  @EJB private GradingReview review;

  @EJB private GradingOrganising organising;

  @EJB private GradingEvaluation evaluation;

  @EJB private GradingApproval approval;

  @PersistenceContext private EntityManager em;

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
            review.inbox(new PageRequest(0, 200, null, false), GradingFilter.none()).rows()) {
          out.println(r.id() + " " + r.version() + " " + r.state() + " " + r.overdue());
        }
      }
      case "state" -> {
        ApplicationView a = review.detail(id(request));
        out.println(a.getState() + " " + a.getVersion() + " " + a.getReportScore());
      }
      case "consent" -> approval.consent(id(request), version(request), reason);
      case "refuseConsent" -> approval.refuseConsent(id(request), version(request), reason);
      case "refer" ->
          approval.referToLowerLevel(
              id(request), version(request), GradingLevel.valueOf(request.getParameter("level")));
      case "holder" -> {
        ApplicationView view = review.detail(id(request));
        // who handles it is not shown to anyone: read from the entity, once the caller may see it
        GradingApplication a = em.find(GradingApplication.class, view.getId());
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
        review.export(
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
      case "passPreliminary" -> organising.passPreliminary(id(request), version(request));
      case "returnToEnterprise" ->
          organising.returnToEnterprise(id(request), version(request), reason);
      case "accept" -> approval.accept(id(request), version(request));
      case "returnToBody" -> approval.returnToBody(id(request), version(request), reason);
      case "notice" ->
          organising.issueNotice(
              id(request),
              version(request),
              Long.valueOf(request.getParameter("agency")),
              "请按期开展评审");
      case "plan" -> plan(request, List.of());
      case "report" -> report(request);
      case "passReport" -> organising.passReport(id(request), version(request));
      case "returnReportToAgency" ->
          organising.returnReportToAgency(id(request), version(request), reason);
      case "approveReport" ->
          approval.approveReport(
              id(request), version(request), GradingLevel.valueOf(request.getParameter("level")));
      case "returnReportToBody" ->
          approval.returnReportToBody(id(request), version(request), reason);
      case "reject" -> approval.reject(id(request), version(request), reason);
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
    List<EvaluatorRow> team = evaluation.evaluators();
    for (int i = team.size(); i < 2; i++) {
      registries.saveEvaluator(
          null, null, new EvaluatorInput("评审员" + i, "二级评审员", "PSY-IT-" + i, "冶金", null, true));
    }
    team = evaluation.evaluators();
    Long leader = team.get(0).id();
    Long member = team.get(1).id();
    evaluation.submitPlan(
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
    evaluation.submitReport(id(request), version(request), new ReportInput(lines, "评审发现"));
  }
}
