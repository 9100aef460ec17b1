package org.anjian.grading.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.MessageKey;
import org.anjian.region.entity.RegionAncestry;

/**
 * A standardisation grading application (评审申请表) and everything the workflow adds to it: the
 * evaluation notice, the plan, the computed report and the level awarded. Its state only changes
 * through {@link #move}, which applies {@link GradingMove}'s rules.
 */
@Entity
@Table(name = "grading_application")
public class GradingApplication {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Organisation enterprise;

  @Column(name = "enterprise_id", insertable = false, updatable = false)
  private Long enterpriseId;

  @Valid @Embedded private EnterpriseSnapshot snapshot;

  @Enumerated(EnumType.STRING)
  private ApplicationNature nature;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_applied")
  private GradingLevel levelApplied;

  @DecimalMin("0")
  @DecimalMax("100")
  @Column(name = "self_score")
  private BigDecimal selfScore;

  @Size(max = 500)
  @Column(name = "self_conclusion")
  private String selfConclusion;

  @Valid @Embedded private ApplicationFacts facts = new ApplicationFacts();

  @Enumerated(EnumType.STRING)
  private GradingState state;

  /** The regulator that approves: national for 一级, the province for 二级, the city for 三级. */
  @Column(name = "handling_region_code")
  private String handlingRegionCode;

  /**
   * The regulator one level below the approving one whose consent the application needs first (2011
   * table: the province for 一级, the city for 二级, the county for 三级).
   */
  @Column(name = "consent_region_code")
  private String consentRegionCode;

  /** The consenting regulator's written opinion (下级安全监管部门意见) and its name. */
  @Column(name = "consent_opinion")
  private String consentOpinion;

  @Column(name = "consent_by")
  private String consentBy;

  /**
   * The lower level the application was referred to when the report reached only that one; its
   * regulator and body then hold the application. Null while the level applied for is handled.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "referred_level")
  private GradingLevel referredLevel;

  @Column(name = "body_id")
  private Long bodyId;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "held_since")
  private LocalDateTime heldSince;

  /** When whoever holds it now should have acted (working days per state, a setting). */
  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "last_reason")
  private String lastReason;

  @Column(name = "last_returned_by")
  private String lastReturnedBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  @Column(name = "notice_no")
  private String noticeNo;

  @Column(name = "notice_issued_on")
  private LocalDate noticeIssuedOn;

  @Column(name = "notice_text")
  private String noticeText;

  @Column(name = "plan_start_on")
  private LocalDate planStartOn;

  @Column(name = "plan_end_on")
  private LocalDate planEndOn;

  @Column(name = "plan_agenda")
  private String planAgenda;

  @ElementCollection
  @CollectionTable(name = "grading_plan_member", joinColumns = @JoinColumn(name = "application_id"))
  private List<PlanMember> planMembers = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "grading_plan_expert", joinColumns = @JoinColumn(name = "application_id"))
  private List<PlanExpert> planExperts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "grading_element_score",
      joinColumns = @JoinColumn(name = "application_id"))
  @AttributeOverride(name = "element", column = @Column(name = "element"))
  private List<ElementScoreEntry> elementScores = new ArrayList<>();

  @Column(name = "report_score")
  private BigDecimal reportScore;

  /** The level the scores alone reach; {@link #reportLevel} is the lower of it and 安全绩效. */
  @Enumerated(EnumType.STRING)
  @Column(name = "score_level")
  private GradingLevel scoreLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "report_level")
  private GradingLevel reportLevel;

  @Column(name = "report_findings")
  private String reportFindings;

  @Column(name = "report_submitted_on")
  private LocalDate reportSubmittedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_awarded")
  private GradingLevel levelAwarded;

  @Column(name = "announcement_id")
  private Long announcementId;

  @Version private long version;

  protected GradingApplication() {}

  /**
   * A new draft of {@code enterprise}, handled by the given organising body and regulator. The
   * enterprise's registration details are copied in and may be completed on the form.
   */
  public GradingApplication(
      Organisation enterprise,
      GradingLevel levelApplied,
      String handlingRegionCode,
      String consentRegionCode,
      Long bodyId,
      LocalDateTime now) {
    this.enterprise = enterprise;
    this.enterpriseId = enterprise.getId();
    this.snapshot = EnterpriseSnapshot.of(enterprise);
    this.nature = ApplicationNature.INITIAL;
    this.levelApplied = levelApplied;
    this.handlingRegionCode = handlingRegionCode;
    this.consentRegionCode = consentRegionCode;
    this.bodyId = bodyId;
    this.state = GradingState.DRAFT;
    this.createdAt = now;
    this.heldSince = now;
    facts.takeBasics(enterprise.getBasics());
  }

  /**
   * Applies a move: checks state, role and reason (see {@link GradingMove}), records who holds the
   * application now, since when and until when, and keeps a return's reason for the one who must
   * fix it.
   *
   * @return the state before the move
   */
  public GradingState move(
      GradingMove move,
      Role actor,
      String reason,
      String actorOrganisationName,
      LocalDateTime now,
      LocalDate dueOn) {
    String trimmed = reason == null ? null : reason.trim();
    if (trimmed != null && trimmed.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("grading.error.reasonTooLong", MAX_REASON_LENGTH);
    }
    if (move == GradingMove.SUBMIT) {
      checkLevelAllowed(levelApplied);
    }
    GradingState from = state;
    state = move.apply(state, actor, trimmed);
    heldSince = now;
    this.dueOn = state.isFinal() ? null : dueOn;
    if (move.isReturn() || move == GradingMove.REJECT) {
      lastReason = trimmed;
      lastReturnedBy = actorOrganisationName;
    } else if (move == GradingMove.SUBMIT) {
      submittedAt = now;
    } else if (move == GradingMove.CONSENT) {
      consentOpinion = trimmed;
      consentBy = actorOrganisationName;
    }
    return from;
  }

  /** Refuses a level the accident facts rule out, naming the level and the reason. */
  private void checkLevelAllowed(GradingLevel level) {
    SafetyPerformance.ruledOut(facts, level)
        .ifPresent(
            reason -> {
              throw new InvalidInputException(
                  "grading.error.levelRuledOut",
                  new MessageKey("gradingLevel." + level.name()),
                  new MessageKey(reason));
            });
  }

  /** Form fields may change only while the enterprise holds the draft. */
  public boolean isEditable() {
    return state == GradingState.DRAFT;
  }

  /** A draft never submitted may be thrown away; a returned one must be fixed and resubmitted. */
  public boolean isDiscardable() {
    return isEditable() && submittedAt == null;
  }

  /** Refuses a change of the form fields once the enterprise no longer holds the draft. */
  public void checkEditable() {
    if (!isEditable()) {
      throw new IllegalMoveException("grading.error.notEditable", state.name());
    }
  }

  /** Takes the form fields of the 基本情况表 from an edited copy. */
  public void replaceFacts(ApplicationFacts edited) {
    checkEditable();
    this.facts = edited == null ? new ApplicationFacts() : edited;
  }

  /** 评审通知书: names the agency that will evaluate. The move itself is {@link #move}. */
  public void issueNotice(Long agencyId, String noticeNo, String noticeText, LocalDate today) {
    requireState(GradingState.ACCEPTED);
    this.agencyId = agencyId;
    this.noticeNo = noticeNo;
    this.noticeText = noticeText;
    this.noticeIssuedOn = today;
  }

  /** 评审方案: team (exactly one leader), optional experts, dates and agenda. */
  public void plan(
      List<PlanMember> members,
      List<PlanExpert> experts,
      LocalDate startOn,
      LocalDate endOn,
      String agenda) {
    requireState(GradingState.NOTICE_ISSUED);
    if (members.stream().filter(PlanMember::isLeader).count() != 1) {
      throw new InvalidInputException("grading.error.planLeader");
    }
    if (members.size() < 2) {
      throw new InvalidInputException("grading.error.planTeamSize");
    }
    if (startOn == null || endOn == null || endOn.isBefore(startOn)) {
      throw new InvalidInputException("grading.error.planDates");
    }
    planMembers.clear();
    planMembers.addAll(members);
    planExperts.clear();
    planExperts.addAll(experts);
    planStartOn = startOn;
    planEndOn = endOn;
    planAgenda = agenda;
  }

  /**
   * 评审报告: stores the element scores and computes the 100-point score and the level they reach under
   * {@code rules}. Nothing here is typed by the agency except points and reasons.
   */
  public void report(
      List<ElementScoreEntry> scores, String findings, GradingRules rules, LocalDate today) {
    requireState(GradingState.PLAN_SUBMITTED);
    ScoreSheet sheet = new ScoreSheet(scores.stream().map(ElementScoreEntry::score).toList());
    elementScores.clear();
    elementScores.addAll(scores);
    reportScore = sheet.score();
    scoreLevel = sheet.levelReached(rules).orElse(null);
    reportLevel = rules.level(sheet, facts).orElse(null);
    reportFindings = findings;
    reportSubmittedOn = today;
  }

  /**
   * The level the holding regulator awards: the level it handles (the one applied for, or the one
   * referred to it), which the report must reach. A lower level is not awarded here but referred to
   * its own regulator ({@link #referTo}); a level the accident facts rule out is refused with their
   * reason.
   */
  public void award(GradingLevel level) {
    requireState(GradingState.REPORT_REVIEWED);
    GradingLevel handled = handledLevel();
    if (level.ordinal() < handled.ordinal()) {
      throw new InvalidInputException("grading.error.levelAboveApplied");
    }
    if (level != handled) {
      throw new InvalidInputException(
          "grading.error.lowerLevelElsewhere", new MessageKey("gradingLevel." + level.name()));
    }
    checkLevelAllowed(level);
    if (!reaches(level)) {
      throw new InvalidInputException("grading.error.levelNotReached");
    }
    this.levelAwarded = level;
  }

  /**
   * The report reached only {@code level}, below the one handled now: the application goes to that
   * level's regulator ({@code regionCode}) and organising body, which approve, announce and certify
   * it. The move and its history entry are {@link GradingMove#REFER_TO_LOWER_LEVEL}.
   */
  public void referTo(GradingLevel level, String regionCode, Long bodyId) {
    requireState(GradingState.REPORT_REVIEWED);
    if (level == null || level.ordinal() <= handledLevel().ordinal()) {
      throw new InvalidInputException("grading.error.referLevel");
    }
    checkLevelAllowed(level);
    if (!reaches(level)) {
      throw new InvalidInputException("grading.error.levelNotReached");
    }
    this.referredLevel = level;
    this.handlingRegionCode = regionCode;
    this.bodyId = bodyId;
  }

  /** True when the report reached {@code level} or a higher one. */
  private boolean reaches(GradingLevel level) {
    return reportLevel != null && level.ordinal() >= reportLevel.ordinal();
  }

  /**
   * The level the holding regulator may {@link #award}: the one it handles, when the report reaches
   * it; empty when the report reached only a lower level or none.
   */
  public Optional<GradingLevel> awardableLevel() {
    GradingLevel handled = handledLevel();
    return reaches(handled) ? Optional.of(handled) : Optional.empty();
  }

  /**
   * The lower level the report reached, which the regulator {@link #referTo refers} to that level's
   * regulator; empty when the report reaches the level handled, or no level.
   */
  public Optional<GradingLevel> referableLevel() {
    return reportLevel != null && !reaches(handledLevel())
        ? Optional.of(reportLevel)
        : Optional.empty();
  }

  /** The level being handled: the one applied for, or the lower one it was referred to. */
  public GradingLevel handledLevel() {
    return referredLevel != null ? referredLevel : levelApplied;
  }

  /** The region of the regulator that holds the application in a regulator's state. */
  public String regulatorRegionCode() {
    return state == GradingState.AWAITING_CONSENT ? consentRegionCode : handlingRegionCode;
  }

  public void announceIn(Long announcementId) {
    requireState(GradingState.APPROVED);
    this.announcementId = announcementId;
  }

  private void requireState(GradingState expected) {
    if (state != expected) {
      throw new IllegalMoveException("grading.error.illegalMove", expected.name(), state.name());
    }
  }

  public Optional<ScoreSheet> scoreSheet() {
    return elementScores.size() == Element.values().length
        ? Optional.of(new ScoreSheet(elementScores.stream().map(ElementScoreEntry::score).toList()))
        : Optional.empty();
  }

  /** True when the holder's time limit has passed on {@code today}. */
  public boolean isOverdue(LocalDate today) {
    return dueOn != null && today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  /** The enterprise as the application names it; a certificate copies it. */
  EnterpriseSnapshot getSnapshot() {
    return snapshot;
  }

  public Organisation getEnterprise() {
    return enterprise;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getEnterpriseName() {
    return snapshot.getEnterpriseName();
  }

  public String getCreditCode() {
    return snapshot.getCreditCode();
  }

  public String getRegionCode() {
    return snapshot.getRegionCode();
  }

  public RegionAncestry getAncestry() {
    return snapshot.getAncestry();
  }

  public Industry getIndustry() {
    return snapshot.getIndustry();
  }

  public String getSpeciality() {
    return snapshot.getSpeciality();
  }

  public void setSpeciality(String speciality) {
    snapshot.setSpeciality(speciality);
  }

  public ApplicationNature getNature() {
    return nature;
  }

  public void setNature(ApplicationNature nature) {
    this.nature = nature;
  }

  public GradingLevel getLevelApplied() {
    return levelApplied;
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

  public GradingState getState() {
    return state;
  }

  public String getHandlingRegionCode() {
    return handlingRegionCode;
  }

  public String getConsentRegionCode() {
    return consentRegionCode;
  }

  public String getConsentOpinion() {
    return consentOpinion;
  }

  public String getConsentBy() {
    return consentBy;
  }

  public GradingLevel getReferredLevel() {
    return referredLevel;
  }

  public GradingLevel getScoreLevel() {
    return scoreLevel;
  }

  public Long getBodyId() {
    return bodyId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public LocalDateTime getHeldSince() {
    return heldSince;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getLastReason() {
    return lastReason;
  }

  public String getLastReturnedBy() {
    return lastReturnedBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
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
    return List.copyOf(planMembers);
  }

  public List<PlanExpert> getPlanExperts() {
    return List.copyOf(planExperts);
  }

  public List<ElementScoreEntry> getElementScores() {
    return List.copyOf(elementScores);
  }

  public BigDecimal getReportScore() {
    return reportScore;
  }

  public GradingLevel getReportLevel() {
    return reportLevel;
  }

  public String getReportFindings() {
    return reportFindings;
  }

  public LocalDate getReportSubmittedOn() {
    return reportSubmittedOn;
  }

  public GradingLevel getLevelAwarded() {
    return levelAwarded;
  }

  public Long getAnnouncementId() {
    return announcementId;
  }

  public long getVersion() {
    return version;
  }
}
