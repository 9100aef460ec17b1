package org.anjian.grading.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Role;
import org.anjian.grading.entity.ApplicationFacts;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.ElementScoreEntry;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.grading.entity.PlanExpert;
import org.anjian.grading.entity.PlanMember;
import org.anjian.grading.entity.SafetyPerformance;
import org.anjian.platform.control.DeepCopy;

/**
 * A grading application as a page shows it, and as the enterprise edits its draft and hands it back
 * to {@link GradingFiling#save}: detached copies of its fields, plus the answers of the
 * application's own rules for the caller (which moves it may make now, which level it may award or
 * refer to, whether the draft may change). Never a managed entity.
 */
public class ApplicationView implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private String enterpriseName;
  private String creditCode;
  private Industry industry;
  private GradingLevel levelApplied;
  private GradingState state;
  private LocalDateTime heldSince;
  private LocalDate dueOn;
  private boolean overdue;
  private String lastReason;
  private String lastReturnedBy;
  private String consentOpinion;
  private String consentBy;
  private String noticeNo;
  private LocalDate noticeIssuedOn;
  private String noticeText;
  private LocalDate planStartOn;
  private LocalDate planEndOn;
  private String planAgenda;
  private List<PlanMember> planMembers = List.of();
  private List<PlanExpert> planExperts = List.of();
  private List<ElementScoreEntry> elementScores = List.of();
  private BigDecimal reportScore;
  private GradingLevel scoreLevel;
  private GradingLevel performanceLevel;
  private GradingLevel reportLevel;
  private GradingLevel referredLevel;
  private GradingLevel handledLevel;
  private String reportFindings;
  private GradingLevel levelAwarded;

  private ApplicationNature nature;

  @Size(max = 64)
  private String speciality;

  @DecimalMin("0")
  @DecimalMax("100")
  private BigDecimal selfScore;

  @Size(max = 500)
  private String selfConclusion;

  @Valid private ApplicationFacts facts = new ApplicationFacts();

  private String holderName;
  private String agencyName;
  private boolean editable;
  private boolean discardable;
  private boolean holds;
  private Set<GradingMove> moves = EnumSet.noneOf(GradingMove.class);
  private List<GradingLevel> awardLevels = List.of();
  private GradingLevel referLevel;

  /**
   * The application as its enterprise sees it: the draft's fields to edit while {@link
   * GradingApplication#isEditable}.
   */
  static ApplicationView forEnterprise(GradingApplication a, String holderName) {
    ApplicationView view = of(a, holderName);
    view.editable = a.isEditable();
    view.discardable = a.isDiscardable();
    return view;
  }

  /**
   * The application as a reviewer sees it; {@code holds}: the caller's organisation must act on it
   * now, and then may make the moves {@link GradingMove#allowed} its role in the current state.
   */
  static ApplicationView forReviewer(
      GradingApplication a, String holderName, String agencyName, boolean holds, Role role) {
    ApplicationView view = of(a, holderName);
    view.agencyName = agencyName;
    view.holds = holds;
    if (holds) {
      view.moves = GradingMove.allowed(a.getState(), role);
    }
    view.awardLevels = a.awardableLevel().stream().toList();
    view.referLevel = a.referableLevel().orElse(null);
    return view;
  }

  private static ApplicationView of(GradingApplication a, String holderName) {
    ApplicationView view = new ApplicationView();
    view.id = a.getId();
    view.version = a.getVersion();
    view.enterpriseName = a.getEnterpriseName();
    view.creditCode = a.getCreditCode();
    view.industry = a.getIndustry();
    view.levelApplied = a.getLevelApplied();
    view.state = a.getState();
    view.heldSince = a.getHeldSince();
    view.dueOn = a.getDueOn();
    view.overdue = a.isOverdue(LocalDate.now());
    view.lastReason = a.getLastReason();
    view.lastReturnedBy = a.getLastReturnedBy();
    view.consentOpinion = a.getConsentOpinion();
    view.consentBy = a.getConsentBy();
    view.noticeNo = a.getNoticeNo();
    view.noticeIssuedOn = a.getNoticeIssuedOn();
    view.noticeText = a.getNoticeText();
    view.planStartOn = a.getPlanStartOn();
    view.planEndOn = a.getPlanEndOn();
    view.planAgenda = a.getPlanAgenda();
    view.planMembers = copies(a.getPlanMembers());
    view.planExperts = copies(a.getPlanExperts());
    view.elementScores = copies(a.getElementScores());
    view.reportScore = a.getReportScore();
    view.scoreLevel = a.getScoreLevel();
    view.reportLevel = a.getReportLevel();
    view.referredLevel = a.getReferredLevel();
    view.handledLevel = a.handledLevel();
    view.reportFindings = a.getReportFindings();
    view.levelAwarded = a.getLevelAwarded();
    view.nature = a.getNature();
    view.speciality = a.getSpeciality();
    view.selfScore = a.getSelfScore();
    view.selfConclusion = a.getSelfConclusion();
    view.facts = DeepCopy.of(a.getFacts());
    view.performanceLevel = SafetyPerformance.level(view.facts).orElse(null);
    view.holderName = holderName;
    return view;
  }

  private static <T extends Serializable> List<T> copies(List<T> values) {
    return DeepCopy.of(new ArrayList<>(values));
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public Industry getIndustry() {
    return industry;
  }

  public GradingLevel getLevelApplied() {
    return levelApplied;
  }

  public GradingState getState() {
    return state;
  }

  public LocalDateTime getHeldSince() {
    return heldSince;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  /** The holder's time limit had passed when the view was made. */
  public boolean isOverdue() {
    return overdue;
  }

  public String getLastReason() {
    return lastReason;
  }

  public String getLastReturnedBy() {
    return lastReturnedBy;
  }

  public String getConsentOpinion() {
    return consentOpinion;
  }

  public String getConsentBy() {
    return consentBy;
  }

  public String getNoticeNo() {
    return noticeNo;
  }

  public LocalDate getNoticeIssuedOn() {
    return noticeIssuedOn;
  }

  public String getNoticeText() {
    return noticeText;
  }

  public LocalDate getPlanStartOn() {
    return planStartOn;
  }

  public LocalDate getPlanEndOn() {
    return planEndOn;
  }

  public String getPlanAgenda() {
    return planAgenda;
  }

  public List<PlanMember> getPlanMembers() {
    return planMembers;
  }

  public List<PlanExpert> getPlanExperts() {
    return planExperts;
  }

  public List<ElementScoreEntry> getElementScores() {
    return elementScores;
  }

  public BigDecimal getReportScore() {
    return reportScore;
  }

  public GradingLevel getScoreLevel() {
    return scoreLevel;
  }

  /** The 安全绩效 level the accident facts allow (caps the score level), or null. */
  public GradingLevel getPerformanceLevel() {
    return performanceLevel;
  }

  public GradingLevel getReportLevel() {
    return reportLevel;
  }

  public GradingLevel getReferredLevel() {
    return referredLevel;
  }

  /** The level being handled: the one applied for, or the lower one it was referred to. */
  public GradingLevel getHandledLevel() {
    return handledLevel;
  }

  public String getReportFindings() {
    return reportFindings;
  }

  public GradingLevel getLevelAwarded() {
    return levelAwarded;
  }

  public ApplicationNature getNature() {
    return nature;
  }

  public void setNature(ApplicationNature nature) {
    this.nature = nature;
  }

  public String getSpeciality() {
    return speciality;
  }

  public void setSpeciality(String speciality) {
    this.speciality = speciality;
  }

  public BigDecimal getSelfScore() {
    return selfScore;
  }

  public void setSelfScore(BigDecimal selfScore) {
    this.selfScore = selfScore;
  }

  public String getSelfConclusion() {
    return selfConclusion;
  }

  public void setSelfConclusion(String selfConclusion) {
    this.selfConclusion = selfConclusion;
  }

  public ApplicationFacts getFacts() {
    return facts;
  }

  /** Who must act on it now, or null when nobody must. */
  public String getHolderName() {
    return holderName;
  }

  /** The evaluation agency named in the notice, or null (reviewers only). */
  public String getAgencyName() {
    return agencyName;
  }

  /** The enterprise may change the draft's fields now. */
  public boolean isEditable() {
    return editable;
  }

  /** The enterprise may throw the draft away (never submitted). */
  public boolean isDiscardable() {
    return discardable;
  }

  /** The caller's organisation must act on it now (reviewers only). */
  public boolean isHolds() {
    return holds;
  }

  /** True when the caller may make {@code move} now; the boundary checks again on the move. */
  public boolean may(GradingMove move) {
    return moves.contains(move);
  }

  /** The level the holding regulator may award (the one it handles, when the report reaches it). */
  public List<GradingLevel> getAwardLevels() {
    return awardLevels;
  }

  /** The lower level the report reached, to be referred to that level's regulator; else null. */
  public GradingLevel getReferLevel() {
    return referLevel;
  }

  /** The report does not reach the level handled: 不通过, or a lower level. */
  public boolean isBelowHandledLevel() {
    return awardLevels.isEmpty();
  }
}
