package org.anjian.demo.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.control.CertificateNumbers;
import org.anjian.grading.control.GradingAccess;
import org.anjian.grading.control.GradingSettings;
import org.anjian.grading.control.WorkingDays;
import org.anjian.grading.entity.Announcement;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.Element;
import org.anjian.grading.entity.ElementScore;
import org.anjian.grading.entity.ElementScoreEntry;
import org.anjian.grading.entity.Evaluator;
import org.anjian.grading.entity.Expert;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingHistoryEntry;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.grading.entity.PlanExpert;
import org.anjian.grading.entity.PlanMember;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.region.boundary.RegionTree;

/**
 * Drives a grading application through the real workflow — {@link GradingApplication#move} and the
 * entity's notice, plan, report and award methods — writing the history entry of every move as
 * {@link GradingAccess} does, but at the times of a demo clock instead of now, so that lists show
 * realistic waiting times (and an overdue item when the clock is set far back). Runs inside the
 * caller's transaction; no role or jurisdiction checks (it is the system, not a user).
 */
@Dependent
public class ApplicationJourney {

  /** AQ/T 9006 standard points of the 13 elements (the 2010 score sheet, 1000 points in all). */
  private static final int[] STANDARD_POINTS = {
    30, 50, 50, 60, 60, 170, 200, 90, 40, 60, 60, 40, 90
  };

  private static final String CONSENT_OPINION = "经核实，该企业上一年度未发生死亡事故，同意申请。";

  @PersistenceContext private EntityManager em;

  @Inject private CertificateNumbers numbers;

  @Inject private RegionTree regions;

  @Inject private GradingAccess access;

  /** The reviewing side of an application: body, agency, approving regulator and their people. */
  public record Team(
      UserAccount body,
      UserAccount agency,
      UserAccount regulator,
      List<Evaluator> evaluators,
      List<Expert> experts) {

    public Cast with(UserAccount enterprise) {
      return new Cast(enterprise, body, agency, regulator, evaluators, experts);
    }
  }

  /** Who acts on an application: its enterprise, body, agency and approving regulator. */
  public record Cast(
      UserAccount enterprise,
      UserAccount body,
      UserAccount agency,
      UserAccount regulator,
      List<Evaluator> evaluators,
      List<Expert> experts) {

    UserAccount holder(OrganisationKind kind) {
      return switch (kind) {
        case ENTERPRISE -> enterprise;
        case ORGANIZING_BODY -> body;
        case EVALUATION_AGENCY -> agency;
        case REGULATOR -> regulator;
        case ADMINISTRATION -> throw new IllegalArgumentException(kind.name());
      };
    }
  }

  private LocalDateTime clock = LocalDateTime.now();

  /** Sets the time of the next move; each move advances it by a day. */
  public ApplicationJourney at(LocalDateTime start) {
    this.clock = start;
    return this;
  }

  /** A new draft of the cast's enterprise, handled by the cast's body and regulator. */
  public GradingApplication file(Cast cast, GradingLevel level, String speciality) {
    Organisation enterprise = cast.enterprise().getOrganisation();
    GradingApplication application =
        new GradingApplication(
            enterprise,
            level,
            cast.regulator().getOrganisation().getRegion().getCode(),
            access.consentRegion(enterprise, level),
            cast.body().getOrganisation().getId(),
            clock);
    application.setSpeciality(speciality);
    application.setSelfScore(new BigDecimal("86.5"));
    application.setSelfConclusion("经自评，各要素符合安全生产标准化评定标准要求。");
    application.getFacts().setOwnership("私营");
    application.getFacts().setSafetyDepartment("安全环保部");
    application.getFacts().setEmployees(120 + (int) (enterprise.getId() % 7) * 85);
    application.getFacts().setSafetyManagers(3 + (int) (enterprise.getId() % 4));
    application.getFacts().setDeathsLastYear(0);
    application.getFacts().setMajorAccidentLastYear(false);
    application.getFacts().setLeadingEnterprise(level == GradingLevel.FIRST);
    em.persist(application);
    em.flush();
    return application;
  }

  /**
   * Moves the application along the normal path until it reaches {@code target} (at most APPROVED);
   * the evaluation report scores about {@code percent} of the available points.
   */
  public void drive(GradingApplication a, GradingState target, Cast cast, int percent) {
    while (a.getState() != target) {
      UserAccount actor = cast.holder(a.getState().holder());
      switch (a.getState()) {
        case DRAFT -> move(a, GradingMove.SUBMIT, actor, null);
        case AWAITING_CONSENT -> consent(a);
        case SUBMITTED -> move(a, GradingMove.PASS_PRELIMINARY, actor, null);
        case PRELIMINARY_PASSED -> move(a, GradingMove.ACCEPT, actor, null);
        case ACCEPTED -> {
          Long agency = cast.agency().getOrganisation().getId();
          a.issueNotice(
              agency,
              clock.getYear() + "-" + String.format("%06d", a.getId()),
              "请按评审标准组织现场评审。",
              clock.toLocalDate());
          move(a, GradingMove.ISSUE_NOTICE, actor, null);
        }
        case NOTICE_ISSUED -> {
          plan(a, cast);
          move(a, GradingMove.SUBMIT_PLAN, actor, null);
        }
        case PLAN_SUBMITTED -> {
          a.report(scores(percent), "现场评审发现的问题已列入整改清单。", GradingSettings.rules(), day());
          move(a, GradingMove.SUBMIT_REPORT, actor, null);
        }
        case REPORT_SUBMITTED -> move(a, GradingMove.PASS_REPORT, actor, null);
        case REPORT_REVIEWED -> {
          a.award(
              a.awardableLevel()
                  .orElseThrow(() -> new InvalidInputException("grading.error.levelNotReached")));
          move(a, GradingMove.APPROVE_REPORT, actor, null);
        }
        default ->
            throw new IllegalStateException("cannot drive " + a.getState() + " to " + target);
      }
    }
  }

  /**
   * The lower regulator consents, as its first user if it has one (the demo's 黄岛区), otherwise as
   * the regulator organisation itself.
   */
  private void consent(GradingApplication a) {
    Organisation regulator =
        em.createQuery(
                "select o from Organisation o where o.regulatorRegionCode = :r", Organisation.class)
            .setParameter("r", a.getConsentRegionCode())
            .getSingleResult();
    List<UserAccount> users =
        em.createQuery(
                "select u from UserAccount u where u.organisation = :o order by u.id",
                UserAccount.class)
            .setParameter("o", regulator)
            .setMaxResults(1)
            .getResultList();
    write(
        a,
        GradingMove.CONSENT,
        users.isEmpty() ? "system" : users.get(0).getUsername(),
        regulator,
        CONSENT_OPINION);
  }

  /** A move with its history entry, made by {@code actor} at the demo clock's time. */
  public void move(GradingApplication a, GradingMove move, UserAccount actor, String reason) {
    Organisation org = actor.getOrganisation();
    write(a, move, actor.getUsername(), org, reason);
  }

  private void write(
      GradingApplication a, GradingMove move, String username, Organisation org, String reason) {
    LocalDateTime at = clock;
    clock = clock.plusDays(1);
    LocalDate due = WorkingDays.after(at.toLocalDate(), GradingSettings.workingDays(move.to()));
    GradingState from = a.move(move, org.role(), reason, org.getName(), at, due);
    em.persist(
        new GradingHistoryEntry(
            a.getId(), move, from, a.getState(), username, org.getId(), org.getName(), reason, at));
  }

  /**
   * Publishes the approved applications as the regulator's next announcement on the clock's day;
   * when its objection window has already passed, closes it and announces them, as the hourly check
   * would have.
   */
  public Announcement announce(List<GradingApplication> approved, UserAccount regulator) {
    Organisation org = regulator.getOrganisation();
    String region = org.getRegion().getCode();
    LocalDate published = day();
    Integer last =
        em.createQuery(
                "select max(n.sequence) from Announcement n where n.regulatorRegionCode = :r"
                    + " and n.year = :y",
                Integer.class)
            .setParameter("r", region)
            .setParameter("y", published.getYear())
            .getSingleResult();
    int sequence = last == null ? 1 : last + 1;
    Announcement announcement =
        new Announcement(
            region,
            sequence,
            org.getName() + "关于" + published.getYear() + "年第" + sequence + "批安全生产标准化达标企业的公告",
            published,
            published.plusDays(GradingSettings.objectionDays()),
            regulator.getUsername(),
            clock);
    em.persist(announcement);
    em.flush();
    approved.forEach(a -> a.announceIn(announcement.getId()));
    if (announcement.windowOver(LocalDate.now())) {
      clock = announcement.getObjectionUntil().plusDays(1).atTime(3, 7);
      approved.forEach(a -> write(a, GradingMove.ANNOUNCE, "system", org, null));
      announcement.close();
    }
    return announcement;
  }

  /** Prints the certificate of an announced application, numbered as a real print is. */
  public Certificate certify(GradingApplication a, UserAccount body) {
    move(a, GradingMove.CERTIFY, body, null);
    return numbers.issue(a, day());
  }

  public LocalDateTime clock() {
    return clock;
  }

  private LocalDate day() {
    return clock.toLocalDate();
  }

  private void plan(GradingApplication a, Cast cast) {
    List<PlanMember> members = new ArrayList<>();
    for (int i = 0; i < Math.min(3, cast.evaluators().size()); i++) {
      members.add(new PlanMember(cast.evaluators().get(i), i == 0, i == 0 ? "全部要素" : null));
    }
    List<PlanExpert> experts = cast.experts().stream().limit(1).map(PlanExpert::new).toList();
    a.plan(
        members,
        new ArrayList<>(experts),
        day().plusDays(3),
        day().plusDays(4),
        "首次会议、现场检查、资料核查、末次会议。");
  }

  /** Element scores at about {@code percent} of the standard points each. */
  private static List<ElementScoreEntry> scores(int percent) {
    List<ElementScoreEntry> entries = new ArrayList<>();
    Element[] elements = Element.values();
    for (int i = 0; i < elements.length; i++) {
      BigDecimal standard = BigDecimal.valueOf(STANDARD_POINTS[i]);
      BigDecimal deductions =
          standard
              .multiply(BigDecimal.valueOf(100 - percent))
              .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
      entries.add(
          new ElementScoreEntry(
              new ElementScore(elements[i], standard, BigDecimal.ZERO, deductions),
              deductions.signum() == 0 ? null : "部分记录不完整。"));
    }
    return entries;
  }
}
