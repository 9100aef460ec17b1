package org.anjian.grading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.control.Jurisdiction;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.boundary.GradingHistoryRow;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingHistoryEntry;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.region.boundary.RegionTree;

/**
 * Who may see and move which grading application, and the history every move writes. An enterprise
 * sees its own applications; an organising body those it handles; an agency those it was assigned
 * by notice; a regulator those it approves and, read-only, every application of an enterprise in
 * its region. Anything else is "not found", and audited.
 */
@Dependent
public class GradingAccess {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  /** An application the caller may see; its version must match what the user saw, if given. */
  public GradingApplication visible(UserAccount me, Long id, Long expectedVersion) {
    GradingApplication application = load(id);
    if (!canSee(me.getOrganisation(), application)) {
      throw callers.denied(me, "grading application " + id);
    }
    checkVersion(application, expectedVersion);
    return application;
  }

  /**
   * An application the caller must act on now: it is in a state its kind of organisation holds, and
   * the caller is the enterprise, body, agency or regulator of this application.
   */
  public GradingApplication held(UserAccount me, Long id, Long expectedVersion) {
    GradingApplication application = visible(me, id, expectedVersion);
    if (!isHolder(me.getOrganisation(), application)) {
      throw callers.denied(me, "grading application " + id + " not held");
    }
    return application;
  }

  private static boolean canSee(Organisation org, GradingApplication a) {
    return switch (org.getKind()) {
      case ENTERPRISE -> a.getEnterpriseId().equals(org.getId());
      case ORGANIZING_BODY ->
          a.getBodyId().equals(org.getId()) && a.getState() != GradingState.DRAFT;
      case EVALUATION_AGENCY -> org.getId().equals(a.getAgencyId());
      case REGULATOR ->
          a.getState() != GradingState.DRAFT
              && (org.getRegion().getCode().equals(a.getHandlingRegionCode())
                  || org.getRegion().getCode().equals(a.getConsentRegionCode())
                  || Jurisdiction.covers(org, a.getAncestry()));
      case ADMINISTRATION -> false;
    };
  }

  /** True when {@code org} is the party that must act on the application in its current state. */
  public static boolean isHolder(Organisation org, GradingApplication a) {
    OrganisationKind holder = a.getState().holder();
    if (holder != org.getKind()) {
      return false;
    }
    return switch (holder) {
      case ENTERPRISE -> a.getEnterpriseId().equals(org.getId());
      case ORGANIZING_BODY -> a.getBodyId().equals(org.getId());
      case EVALUATION_AGENCY -> org.getId().equals(a.getAgencyId());
      case REGULATOR -> org.getRegion().getCode().equals(a.regulatorRegionCode());
      case ADMINISTRATION -> false;
    };
  }

  private GradingApplication load(Long id) {
    GradingApplication application = id == null ? null : em.find(GradingApplication.class, id);
    if (application == null) {
      throw new NotFoundException();
    }
    return application;
  }

  private static void checkVersion(GradingApplication application, Long expectedVersion) {
    if (expectedVersion != null && application.getVersion() != expectedVersion) {
      throw new StaleDataException();
    }
  }

  /**
   * Applies a move for the caller, writes it into history in the same transaction, and forces the
   * version check now, so that of two people acting at once exactly one succeeds and the other is
   * told the application was already handled.
   */
  public void move(
      GradingApplication application, GradingMove move, UserAccount me, String reason) {
    Organisation org = me.getOrganisation();
    LocalDateTime now = LocalDateTime.now();
    GradingState target = move.to();
    LocalDate due = WorkingDays.after(now.toLocalDate(), GradingSettings.workingDays(target));
    GradingState from = application.move(move, org.role(), reason, org.getName(), now, due);
    write(application, move, from, me.getUsername(), org, reason, now);
  }

  /** A move that needs nothing but the caller holding the application (and a reason, if any). */
  public void moveHeld(UserAccount me, Long id, long version, GradingMove move, String reason) {
    move(held(me, id, version), move, me, reason);
  }

  /** Writes a move made by the system on behalf of {@code org} (the closing of an announcement). */
  public void moveAsSystem(GradingApplication application, GradingMove move, Organisation org) {
    LocalDateTime now = LocalDateTime.now();
    LocalDate due = WorkingDays.after(now.toLocalDate(), GradingSettings.workingDays(move.to()));
    GradingState from = application.move(move, org.role(), null, org.getName(), now, due);
    write(application, move, from, "system", org, null, now);
  }

  private void write(
      GradingApplication application,
      GradingMove move,
      GradingState from,
      String username,
      Organisation org,
      String reason,
      LocalDateTime now) {
    em.lock(application, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new StaleDataException();
    }
    em.persist(
        new GradingHistoryEntry(
            application.getId(),
            move,
            from,
            application.getState(),
            username,
            org.getId(),
            org.getName(),
            reason == null || reason.isBlank() ? null : reason.trim(),
            now));
  }

  public List<GradingHistoryRow> history(Long applicationId) {
    return em
        .createQuery(
            "select h from GradingHistoryEntry h where h.applicationId = :a"
                + " order by h.occurredAt, h.id",
            GradingHistoryEntry.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .map(
            h ->
                new GradingHistoryRow(
                    h.getOccurredAt(),
                    h.getMove(),
                    h.getFromState(),
                    h.getToState(),
                    h.getActorUsername(),
                    h.getActorOrganisationName(),
                    h.getReason()))
        .toList();
  }

  /**
   * The region code of the regulator that approves applications of this level from this region: the
   * competent regulator of {@link RegionTree#competentRegion}, never a grouping (三级 of a 北京
   * district goes to 北京市).
   */
  public String handlingRegion(Organisation enterprise, GradingLevel level) {
    return regions.competentRegion(enterprise.getRegion().getCode(), level.regulatorLevel());
  }

  /**
   * The region of the regulator whose consent an application of {@code level} needs before it
   * reaches the organising body (2011 table: the province for 一级, the city for 二级, the county for
   * 三级): the competent regulator of the next lower level on the enterprise's path, found by the
   * same lookup as {@link #handlingRegion}. Where that is the approving regulator itself (a
   * municipality, whose city level is the province), the next one below; an enterprise registered
   * at a city without counties gets the city's consent.
   */
  public String consentRegion(Organisation enterprise, GradingLevel level) {
    String handler = handlingRegion(enterprise, level);
    GradingLevel[] levels = GradingLevel.values();
    for (int lower = level.ordinal() + 1; lower < levels.length; lower++) {
      String region = handlingRegion(enterprise, levels[lower]);
      if (region != null && !region.equals(handler)) {
        return region;
      }
    }
    String county = enterprise.getAncestry().getCountyCode();
    return county == null ? handler : county;
  }

  /**
   * The organising bodies of a level under the regulator of {@code regionCode}, oldest first (a
   * regulator may have several for one level).
   */
  public List<Organisation> organisingBodies(String regionCode, GradingLevel level) {
    return em.createQuery(
            "select o from Organisation o where o.kind = :kind and o.gradingLevel = :level"
                + " and o.parent.regulatorRegionCode = :region order by o.id",
            Organisation.class)
        .setParameter("kind", OrganisationKind.ORGANIZING_BODY)
        .setParameter("level", level)
        .setParameter("region", regionCode)
        .getResultList();
  }

  /**
   * The organising body that will handle an application: the one the enterprise chose among those
   * of its level and region, or the oldest when it chose none; a clear error when there is none.
   */
  public Organisation organisingBody(String regionCode, GradingLevel level, Long chosenId) {
    List<Organisation> bodies = organisingBodies(regionCode, level);
    if (bodies.isEmpty()) {
      throw new InvalidInputException("grading.error.noBody");
    }
    if (chosenId == null) {
      return bodies.get(0);
    }
    return bodies.stream()
        .filter(b -> b.getId().equals(chosenId))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("grading.error.bodyNotOfRegion"));
  }

  /** The calling enterprise, which must be a 工贸 enterprise with its industry set. */
  public Organisation gradingEnterprise(UserAccount me) {
    Organisation org = me.getOrganisation();
    if (org.getKind() != OrganisationKind.ENTERPRISE
        || org.getSector() != Sector.INDUSTRY_TRADE
        || org.getIndustry() == null) {
      throw callers.denied(me, "grading needs an industry and trade enterprise");
    }
    return org;
  }
}
