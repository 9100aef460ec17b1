package org.anjian.grading.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.grading.control.Attachments;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingExport;
import org.anjian.grading.control.GradingLists;
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
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;

/**
 * The review side of grading for organising bodies, evaluation agencies and regulators: their work
 * lists (待办, with overdue items), the query over everything they deal with, and every move of the
 * workflow from preliminary review to the approved report. Each move checks that the caller holds
 * the application now; {@link org.anjian.grading.entity.GradingMove} checks state and role.
 */
@Stateless
@RolesAllowed({Role.Names.REGULATOR, Role.Names.ORGANIZING_BODY, Role.Names.EVALUATION_AGENCY})
public class GradingWork {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private GradingAccess access;

  @Inject private GradingLists lists;

  @Inject private Attachments attachments;

  @Inject private GradingExport export;

  public Slice<ApplicationRow> inbox(PageRequest page, GradingFilter filter) {
    return lists.inbox(callers.current(), page, filter);
  }

  public Slice<ApplicationRow> all(PageRequest page, GradingFilter filter) {
    return lists.all(callers.current(), page, filter);
  }

  /**
   * The same list as {@link #all} as CSV or Excel, written to {@code out} a page at a time.
   *
   * @param headerText translates the header keys of {@link GradingExport#HEADERS}
   * @param valueText renders enums, dates and flags for the file
   */
  public void export(
      GradingFilter filter,
      ExportFormat format,
      Function<String, String> headerText,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    export.write(callers.current(), filter, format, headerText, valueText, out);
  }

  public Workload workload() {
    UserAccount me = callers.current();
    long waiting =
        lists.inbox(me, new PageRequest(0, 1, null, false), GradingFilter.none()).total();
    long overdue =
        lists
            .inbox(
                me,
                new PageRequest(0, 1, null, false),
                new GradingFilter(null, null, null, null, null, true))
            .total();
    return new Workload(waiting, overdue);
  }

  /** The application, detached, with its plan and scores loaded. */
  public GradingApplication load(Long id) {
    GradingApplication application = access.visible(callers.current(), id, null);
    application.getPlanMembers();
    application.getPlanExperts();
    application.getElementScores();
    em.detach(application);
    return application;
  }

  /** True when the caller must act on the application now (the page shows the actions then). */
  public boolean holds(Long id) {
    UserAccount me = callers.current();
    return GradingAccess.isHolder(me.getOrganisation(), access.visible(me, id, null));
  }

  public String holderName(Long id) {
    return lists.holderName(access.visible(callers.current(), id, null));
  }

  /** The evaluation agency named in the notice, or null before it. */
  public String agencyName(Long id) {
    return lists.organisationName(access.visible(callers.current(), id, null).getAgencyId());
  }

  public List<GradingHistoryRow> history(Long id) {
    access.visible(callers.current(), id, null);
    return access.history(id);
  }

  public List<AttachmentRow> attachments(Long id) {
    access.visible(callers.current(), id, null);
    return attachments.list(id);
  }

  public FileDownload download(Long id, Long attachmentId) {
    access.visible(callers.current(), id, null);
    return attachments.download(id, attachmentId);
  }

  // --- organising body ---------------------------------------------------------------------

  /** 评审审核 passed: the application goes to the regulator for 评审申请审核. */
  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void passPreliminary(Long id, long version) {
    simple(id, version, GradingMove.PASS_PRELIMINARY, null);
  }

  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void returnToEnterprise(Long id, long version, String reason) {
    simple(id, version, GradingMove.RETURN_TO_ENTERPRISE, reason);
  }

  /** The body's evaluation agencies, for the notice. */
  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public List<Organisation> agencies() {
    UserAccount me = callers.current();
    return em.createQuery(
            "select o from Organisation o where o.parentId = :body and o.kind = :kind"
                + " order by o.name",
            Organisation.class)
        .setParameter("body", me.getOrganisation().getId())
        .setParameter("kind", OrganisationKind.EVALUATION_AGENCY)
        .getResultList();
  }

  /** 评审通知书: assigns one of the body's agencies, which then sees the application. */
  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void issueNotice(Long id, long version, Long agencyId, String noticeText) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    Organisation agency = agencyId == null ? null : em.find(Organisation.class, agencyId);
    if (agency == null
        || agency.getKind() != OrganisationKind.EVALUATION_AGENCY
        || !me.getOrganisation().getId().equals(agency.getParent().getId())) {
      throw new InvalidInputException("grading.error.agencyRequired");
    }
    if (noticeText != null && noticeText.length() > 1000) {
      throw new InvalidInputException("grading.error.textTooLong", 1000);
    }
    LocalDate today = LocalDate.now();
    String number = today.getYear() + "-" + String.format("%06d", application.getId());
    application.issueNotice(agency.getId(), number, noticeText, today);
    access.move(application, GradingMove.ISSUE_NOTICE, me, null);
  }

  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void passReport(Long id, long version) {
    simple(id, version, GradingMove.PASS_REPORT, null);
  }

  @RolesAllowed(Role.Names.ORGANIZING_BODY)
  public void returnReportToAgency(Long id, long version, String reason) {
    simple(id, version, GradingMove.RETURN_REPORT_TO_AGENCY, reason);
  }

  // --- evaluation agency -------------------------------------------------------------------

  /** The agency's active evaluators, for the plan. */
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
  public List<Evaluator> evaluators() {
    return em.createQuery(
            "select e from Evaluator e where e.agencyId = :a and e.active = true order by e.name",
            Evaluator.class)
        .setParameter("a", callers.current().getOrganisation().getId())
        .getResultList();
  }

  /** Active experts of the organising body that issued the notice, for the plan. */
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
  public List<Expert> experts(Long id) {
    GradingApplication application = access.visible(callers.current(), id, null);
    return em.createQuery(
            "select e from Expert e where e.bodyId = :b and e.active = true order by e.name",
            Expert.class)
        .setParameter("b", application.getBodyId())
        .getResultList();
  }

  /** 评审方案: the team from the agency's registry and the body's experts, dates, agenda. */
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
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
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
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
  @RolesAllowed(Role.Names.EVALUATION_AGENCY)
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

  // --- regulator ---------------------------------------------------------------------------

  /**
   * The lower regulator's consent (下级安全监管部门意见) before the application reaches the organising body,
   * with its written opinion, which the history keeps.
   */
  @RolesAllowed(Role.Names.REGULATOR)
  public void consent(Long id, long version, String opinion) {
    simple(id, version, GradingMove.CONSENT, opinion);
  }

  /** The lower regulator does not consent: back to the enterprise with the reason. */
  @RolesAllowed(Role.Names.REGULATOR)
  public void refuseConsent(Long id, long version, String reason) {
    simple(id, version, GradingMove.REFUSE_CONSENT, reason);
  }

  /**
   * The report reached only a lower level: hands the application to that level's competent
   * regulator and its (oldest) organising body, which approve, announce and certify it. The history
   * entry names both.
   */
  @RolesAllowed(Role.Names.REGULATOR)
  public void referToLowerLevel(Long id, long version, GradingLevel level) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    if (level == null) {
      throw new InvalidInputException("grading.error.levelRequired");
    }
    String region = access.handlingRegion(application.getEnterprise(), level);
    Organisation body = access.organisingBody(region, level, null);
    application.referTo(level, region, body.getId());
    access.move(
        application,
        GradingMove.REFER_TO_LOWER_LEVEL,
        me,
        lists.regulatorName(region) + "；" + body.getName());
  }

  /** 评审申请审核: consents to the evaluation. */
  @RolesAllowed(Role.Names.REGULATOR)
  public void accept(Long id, long version) {
    simple(id, version, GradingMove.ACCEPT, null);
  }

  @RolesAllowed(Role.Names.REGULATOR)
  public void returnToBody(Long id, long version, String reason) {
    simple(id, version, GradingMove.RETURN_TO_BODY, reason);
  }

  /** 核准报告 at the level applied for or, if the report reached only a lower one, that level. */
  @RolesAllowed(Role.Names.REGULATOR)
  public void approveReport(Long id, long version, GradingLevel level) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    if (level == null) {
      throw new InvalidInputException("grading.error.levelRequired");
    }
    application.award(level);
    access.move(application, GradingMove.APPROVE_REPORT, me, null);
  }

  @RolesAllowed(Role.Names.REGULATOR)
  public void returnReportToBody(Long id, long version, String reason) {
    simple(id, version, GradingMove.RETURN_REPORT_TO_BODY, reason);
  }

  /** The report does not reach the level (or another reason): the application ends NOT_PASSED. */
  @RolesAllowed(Role.Names.REGULATOR)
  public void reject(Long id, long version, String reason) {
    simple(id, version, GradingMove.REJECT, reason);
  }

  private void simple(Long id, long version, GradingMove move, String reason) {
    UserAccount me = callers.current();
    GradingApplication application = access.held(me, id, version);
    access.move(application, move, me, reason);
  }
}
