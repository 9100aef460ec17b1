package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.Attachments;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingSettings;
import org.anjian.grading.entity.AttachmentKind;
import org.anjian.grading.entity.ElementScore;
import org.anjian.grading.entity.ElementScoreEntry;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.Expert;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.PlanExpert;
import org.anjian.grading.entity.PlanMember;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;

/**
 * The evaluation agency's moves (评审单位): the evaluation plan with its team and experts, and the
 * report with its element scores and signed file. Each move checks that the agency holds the
 * application now; {@link GradingMove} checks state and role.
 */
@Stateless
@RolesAllowed(Role.Names.EVALUATION_AGENCY)
public class GradingEvaluation {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private Attachments attachments;

  /** The agency's active evaluators, for the plan. */
  public List<EvaluatorRow> evaluators() {
    return em
        .createQuery(
            "select e from Evaluator e where e.agencyId = :a and e.active = true order by e.name",
            Evaluator.class)
        .setParameter("a", callers.current().getOrganisation().getId())
        .getResultList()
        .stream()
        .map(EvaluatorRow::of)
        .toList();
  }

  /** Active experts of the organising body that issued the notice, for the plan. */
  public List<ExpertRow> experts(Long id) {
    GradingApplication application = access.visible(callers.current(), id, null);
    return em
        .createQuery(
            "select e from Expert e where e.bodyId = :b and e.active = true order by e.name",
            Expert.class)
        .setParameter("b", application.getBodyId())
        .getResultList()
        .stream()
        .map(ExpertRow::of)
        .toList();
  }

  /** 评审方案: the team from the agency's registry and the body's experts, dates, agenda. */
  public void submitPlan(Long id, long version, PlanInput plan) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    Long agencyId = me.getOrganisation().getId();
    List<PlanMember> members = new ArrayList<>();
    for (Long evaluatorId : new HashSet<>(plan.memberIds())) {
      Evaluator evaluator = em.find(Evaluator.class, evaluatorId);
      if (evaluator == null || !evaluator.getAgencyId().equals(agencyId) || !evaluator.isActive()) {
        throw new NotFoundException();
      }
      members.add(
          new PlanMember(
              evaluator,
              evaluatorId.equals(plan.leaderId()),
              plan.elementsByEvaluator() == null
                  ? null
                  : plan.elementsByEvaluator().get(evaluatorId)));
    }
    List<PlanExpert> experts = new ArrayList<>();
    for (Long expertId : new HashSet<>(plan.expertIds())) {
      Expert expert = em.find(Expert.class, expertId);
      if (expert == null || !expert.getBodyId().equals(application.getBodyId())) {
        throw new NotFoundException();
      }
      if (!expert.isActive()) {
        throw new InvalidInputException("grading.error.expertInactive", expert.getName());
      }
      experts.add(new PlanExpert(expert));
    }
    if (plan.agenda() != null && plan.agenda().length() > 2000) {
      throw new InvalidInputException("grading.error.textTooLong", 2000);
    }
    application.plan(members, experts, plan.startOn(), plan.endOn(), plan.agenda());
    access.move(application, GradingMove.SUBMIT_PLAN, me, null);
  }

  /**
   * 评审报告: the points per element; the 100-point score and the level reached are computed here under
   * the configured rules, never typed.
   */
  public void submitReport(Long id, long version, ReportInput report) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    List<ElementScoreEntry> entries = new ArrayList<>();
    try {
      for (ReportInput.Line line : report.lines()) {
        entries.add(
            new ElementScoreEntry(
                new ElementScore(
                    line.element(),
                    points(line.standard()),
                    points(line.notApplicable()),
                    points(line.deductions())),
                trimmed(line.reasons(), 1000)));
      }
      application.report(
          entries, trimmed(report.findings(), 4000), GradingSettings.rules(), LocalDate.now());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("grading.error.scores", e.getMessage());
    }
    access.move(application, GradingMove.SUBMIT_REPORT, me, null);
  }

  /** The agency attaches its signed report while it holds the application. */
  public AttachmentRow attachReport(Long id, String fileName, byte[] content) {
    UserAccount me = callers.current();
    access.held(me, id, null);
    return attachments.store(
        id, AttachmentKind.EVALUATION_REPORT, fileName, content, me.getUsername());
  }

  private static BigDecimal points(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  private static String trimmed(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.length() > max) {
      throw new InvalidInputException("grading.error.textTooLong", max);
    }
    return text.trim();
  }
}
