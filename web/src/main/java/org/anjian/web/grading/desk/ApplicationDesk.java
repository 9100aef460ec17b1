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
import org.anjian.grading.boundary.ApplicationView;
import org.anjian.grading.boundary.AttachmentRow;
import org.anjian.grading.boundary.FileDownload;
import org.anjian.grading.boundary.GradingApproval;
import org.anjian.grading.boundary.GradingEvaluation;
import org.anjian.grading.boundary.GradingHistoryRow;
import org.anjian.grading.boundary.GradingOrganising;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.GradingMove;
import org.anjian.platform.exception.MessageKey;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.platform.Texts;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One grading application on the review desk: everything read-only, the 办理过程, and — while the
 * caller's organisation holds it — the moves of its role for the current state, as the
 * application's view lists them. The boundary checks role, jurisdiction, state and version again on
 * every move.
 */
@Named
@ViewScoped
public class ApplicationDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(ApplicationDesk.class.getName());

  @Inject private GradingReview review;

  @Inject private GradingOrganising organising;

  @Inject private GradingEvaluation evaluation;

  @Inject private GradingApproval approval;

  private String id;
  private ApplicationView application;
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
      application = review.detail(applicationId);
      history = review.history(applicationId);
      attachments = review.attachments(applicationId);
      prepareActions();
    } catch (NotFoundException | EJBAccessException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, Texts.get("error.notFound"));
      faces.responseComplete();
    }
  }

  /** What the moves the caller may make now need on the page: choices and drafts. */
  private void prepareActions() {
    if (can(GradingMove.ISSUE_NOTICE)) {
      agencies = organising.agencies().stream().map(o -> new Option(o.id(), o.name())).toList();
      agencyId = agencies.size() == 1 ? agencies.get(0).id() : null;
    } else if (can(GradingMove.SUBMIT_PLAN)) {
      evaluators =
          evaluation.evaluators().stream()
              .map(e -> new Option(e.id(), e.name() + "（" + e.certificateNo() + "）"))
              .toList();
      experts =
          evaluation.experts(application.getId()).stream()
              .map(e -> new Option(e.id(), e.name() + "（" + e.speciality() + "）"))
              .toList();
      plan = new PlanDraft(Texts.get("gdesk.plan.agendaDefault"));
    } else if (can(GradingMove.SUBMIT_REPORT)) {
      report = new ReportDraft(application.getElementScores(), application.getReportFindings());
    } else if (can(GradingMove.APPROVE_REPORT)) {
      List<GradingLevel> levels = getAwardLevels();
      award = levels.isEmpty() ? null : levels.get(0);
    }
  }

  /** True when the caller may make {@code move} now, as the boundary said; it decides again. */
  public boolean can(GradingMove move) {
    return application.may(move);
  }

  /** A move without a reason (passes, consents, the notice, plan, report, approval). */
  public String move(GradingMove move) {
    Long appId = application.getId();
    long version = application.getVersion();
    switch (move) {
      case CONSENT -> approval.consent(appId, version, opinion);
      case PASS_PRELIMINARY -> organising.passPreliminary(appId, version);
      case ACCEPT -> approval.accept(appId, version);
      case ISSUE_NOTICE -> organising.issueNotice(appId, version, agencyId, noticeText);
      case SUBMIT_PLAN -> evaluation.submitPlan(appId, version, plan.input());
      case SUBMIT_REPORT -> evaluation.submitReport(appId, version, report.input());
      case PASS_REPORT -> organising.passReport(appId, version);
      case APPROVE_REPORT -> approval.approveReport(appId, version, award);
      case REFER_TO_LOWER_LEVEL -> approval.referToLowerLevel(appId, version, getReferLevel());
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
      case REFUSE_CONSENT -> approval.refuseConsent(appId, version, reason);
      case RETURN_TO_ENTERPRISE -> organising.returnToEnterprise(appId, version, reason);
      case RETURN_TO_BODY -> approval.returnToBody(appId, version, reason);
      case RETURN_REPORT_TO_AGENCY -> organising.returnReportToAgency(appId, version, reason);
      case RETURN_REPORT_TO_BODY -> approval.returnReportToBody(appId, version, reason);
      case REJECT -> approval.reject(appId, version, reason);
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
          evaluation.attachReport(
              application.getId(), event.getFile().getFileName(), event.getFile().getContent());
      attachments = review.attachments(application.getId());
      Texts.info("gdesk.report.uploaded", row.fileName());
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "storing the report file failed", e);
      Texts.error("gdesk.report.uploadFailed");
    }
  }

  public StreamedContent download(AttachmentRow row) {
    Long appId = application.getId();
    FileDownload file = review.download(appId, row.id());
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .stream(() -> new java.io.ByteArrayInputStream(file.content()))
        .build();
  }

  /** The level the holding regulator may award, as the application's rules say. */
  public List<GradingLevel> getAwardLevels() {
    return application.getAwardLevels();
  }

  /** True when the report does not reach the level handled: 不通过, or a lower level. */
  public boolean isBelowApplied() {
    return application.isBelowHandledLevel();
  }

  /** The lower level the report reached, to be referred to that level's regulator; else null. */
  public GradingLevel getReferLevel() {
    return application.getReferLevel();
  }

  /** The 安全绩效 level the application's accident facts allow (caps the score level). */
  public GradingLevel getPerformanceLevel() {
    return application.getPerformanceLevel();
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

  public ApplicationView getApplication() {
    return application;
  }

  public boolean isHolds() {
    return application != null && application.isHolds();
  }

  public String getHolderName() {
    return application.getHolderName();
  }

  public String getAgencyName() {
    return application.getAgencyName();
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
