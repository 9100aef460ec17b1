package org.anjian.web.grading.desk;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.boundary.AttachmentRow;
import org.anjian.grading.boundary.FileDownload;
import org.anjian.grading.boundary.GradingHistoryRow;
import org.anjian.grading.boundary.GradingWork;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.grading.entity.SafetyPerformance;
import org.anjian.platform.exception.MessageKey;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.account.CurrentUser;
import org.anjian.web.platform.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One grading application on the review desk: everything read-only, the 办理过程, and — while the
 * caller's organisation holds it — the moves of its role for the current state. The boundary checks
 * role, jurisdiction, state and version again on every move; this bean only decides what to show.
 */
@Named
@ViewScoped
public class ApplicationDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(ApplicationDesk.class.getName());

  @Inject private GradingWork work;

  @Inject private CurrentUser currentUser;

  private String id;
  private GradingApplication application;
  private boolean holds;
  private String holderName;
  private String agencyName;
  private List<GradingHistoryRow> history = List.of();
  private List<AttachmentRow> attachments = List.of();

  private GradingMove pending;
  private String reason;
  private Long agencyId;
  private String noticeText;
  private List<Option> agencies = List.of();
  private List<Option> evaluators = List.of();
  private List<Option> experts = List.of();
  private PlanDraft plan;
  private ReportDraft report;
  private GradingLevel award;
  private String opinion;

  public void load() throws IOException {
    Long applicationId = id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    try {
      if (applicationId == null) {
        throw new NotFoundException();
      }
      application = work.load(applicationId);
      holds = work.holds(applicationId);
      holderName = work.holderName(applicationId);
      agencyName = work.agencyName(applicationId);
      history = work.history(applicationId);
      attachments = work.attachments(applicationId);
      if (holds) {
        prepareActions();
      }
    } catch (NotFoundException | EJBAccessException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
      faces.responseComplete();
    }
  }

  private void prepareActions() {
    GradingState state = application.getState();
    if (state == GradingState.ACCEPTED && currentUser.isOrganizingBody()) {
      agencies = work.agencies().stream().map(o -> new Option(o.getId(), o.getName())).toList();
      agencyId = agencies.size() == 1 ? agencies.get(0).id() : null;
    } else if (state == GradingState.NOTICE_ISSUED && currentUser.isEvaluationAgency()) {
      evaluators =
          work.evaluators().stream()
              .map(e -> new Option(e.getId(), e.getName() + "（" + e.getCertificateNo() + "）"))
              .toList();
      experts =
          work.experts(application.getId()).stream()
              .map(e -> new Option(e.getId(), e.getName() + "（" + e.getSpeciality() + "）"))
              .toList();
      plan = new PlanDraft(Texts.get("gdesk.plan.agendaDefault"));
    } else if (state == GradingState.PLAN_SUBMITTED && currentUser.isEvaluationAgency()) {
      report = new ReportDraft(application.getElementScores(), application.getReportFindings());
    } else if (state == GradingState.REPORT_REVIEWED && currentUser.isRegulator()) {
      List<GradingLevel> levels = getAwardLevels();
      award = levels.isEmpty() ? null : levels.get(0);
    }
  }

  /** True when the caller's role may make {@code move} now; the boundary decides for real. */
  public boolean can(GradingMove move) {
    return holds
        && application.getState() == move.from()
        && currentUser.hasRole(move.role().name());
  }

  /** A move without a reason (passes, consents, the notice, plan, report, approval). */
  public String move(GradingMove move) {
    Long appId = application.getId();
    long version = application.getVersion();
    switch (move) {
      case CONSENT -> work.consent(appId, version, opinion);
      case PASS_PRELIMINARY -> work.passPreliminary(appId, version);
      case ACCEPT -> work.accept(appId, version);
      case ISSUE_NOTICE -> work.issueNotice(appId, version, agencyId, noticeText);
      case SUBMIT_PLAN -> work.submitPlan(appId, version, plan.input());
      case SUBMIT_REPORT -> work.submitReport(appId, version, report.input());
      case PASS_REPORT -> work.passReport(appId, version);
      case APPROVE_REPORT -> work.approveReport(appId, version, award);
      case REFER_TO_LOWER_LEVEL -> work.referToLowerLevel(appId, version, getReferLevel());
      default -> throw new IllegalArgumentException(move.name());
    }
    return done(move);
  }

  /** Opens the reason dialog for a return or 不通过. */
  public void prepare(GradingMove move) {
    pending = move;
    reason = null;
  }

  public String confirmWithReason() {
    Long appId = application.getId();
    long version = application.getVersion();
    switch (pending) {
      case REFUSE_CONSENT -> work.refuseConsent(appId, version, reason);
      case RETURN_TO_ENTERPRISE -> work.returnToEnterprise(appId, version, reason);
      case RETURN_TO_BODY -> work.returnToBody(appId, version, reason);
      case RETURN_REPORT_TO_AGENCY -> work.returnReportToAgency(appId, version, reason);
      case RETURN_REPORT_TO_BODY -> work.returnReportToBody(appId, version, reason);
      case REJECT -> work.reject(appId, version, reason);
      default -> throw new IllegalArgumentException(pending.name());
    }
    return done(pending);
  }

  private String done(GradingMove move) {
    Texts.info(
        "gdesk.moved", new MessageKey("move." + move.name()), application.getEnterpriseName());
    return "/grading/inbox?faces-redirect=true";
  }

  public void membersChanged() {
    plan.sync(evaluators);
  }

  /** The signed report file; a refused file is reported, the rest of the form is kept. */
  public void uploadReport(FileUploadEvent event) {
    try {
      AttachmentRow row =
          work.attachReport(
              application.getId(), event.getFile().getFileName(), event.getFile().getContent());
      attachments = work.attachments(application.getId());
      Texts.info("gdesk.report.uploaded", row.fileName());
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "storing the report file failed", e);
      Texts.error("gdesk.report.uploadFailed");
    }
  }

  public StreamedContent download(AttachmentRow row) {
    Long appId = application.getId();
    FileDownload file = work.download(appId, row.id());
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .stream(() -> new java.io.ByteArrayInputStream(file.content()))
        .build();
  }

  /**
   * The level the holding regulator may award: the one it handles (applied for, or referred to it),
   * when the report reaches it. A lower level is referred to its own regulator instead.
   */
  public List<GradingLevel> getAwardLevels() {
    GradingLevel reached = application.getReportLevel();
    GradingLevel handled = application.handledLevel();
    return reached != null && reached.ordinal() <= handled.ordinal() ? List.of(handled) : List.of();
  }

  /** True when the report does not reach the level handled: 不通过, or a lower level. */
  public boolean isBelowApplied() {
    GradingLevel reached = application.getReportLevel();
    return reached == null || reached.ordinal() > application.handledLevel().ordinal();
  }

  /** The lower level the report reached, to be referred to that level's regulator; else null. */
  public GradingLevel getReferLevel() {
    GradingLevel reached = application.getReportLevel();
    return reached != null && reached.ordinal() > application.handledLevel().ordinal()
        ? reached
        : null;
  }

  /** The 安全绩效 level the application's accident facts allow (caps the score level). */
  public GradingLevel getPerformanceLevel() {
    return SafetyPerformance.level(application.getFacts()).orElse(null);
  }

  public List<Element> getElements() {
    return List.of(Element.values());
  }

  public String elementLabels(String names) {
    if (names == null || names.isBlank()) {
      return "";
    }
    return java.util.Arrays.stream(names.split(","))
        .map(n -> Texts.get("element." + n))
        .collect(java.util.stream.Collectors.joining(Texts.get("text.listSeparator")));
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public GradingApplication getApplication() {
    return application;
  }

  public boolean isHolds() {
    return holds;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public List<GradingHistoryRow> getHistory() {
    return history;
  }

  public List<AttachmentRow> getAttachments() {
    return attachments;
  }

  public GradingMove getPending() {
    return pending;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public String getNoticeText() {
    return noticeText;
  }

  public void setNoticeText(String noticeText) {
    this.noticeText = noticeText;
  }

  public List<Option> getAgencies() {
    return agencies;
  }

  public List<Option> getEvaluators() {
    return evaluators;
  }

  public List<Option> getExperts() {
    return experts;
  }

  public PlanDraft getPlan() {
    return plan;
  }

  public ReportDraft getReport() {
    return report;
  }

  public GradingLevel getAward() {
    return award;
  }

  public void setAward(GradingLevel award) {
    this.award = award;
  }

  public String getOpinion() {
    return opinion;
  }

  public void setOpinion(String opinion) {
    this.opinion = opinion;
  }
}
