package org.anjian.census.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.census.boundary.TrackingState;
import org.anjian.census.entity.CensusHistoryEntry;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.ReviewAction;
import org.anjian.census.entity.ReviewRoute;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.platform.boundary.NotFoundException;
import org.anjian.platform.boundary.StaleDataException;
import org.anjian.region.boundary.RegionTree;

/**
 * Who may see which census record, and the history that every move writes. A regulator sees a
 * record on whose review route it lies when it holds it, has acted on it, or it is archived; an
 * enterprise sees its own. Anything else is "not found", and audited.
 */
@Dependent
public class CensusAccess {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  /** A record the calling regulator may see; its version must match what the user saw. */
  public CensusRecord forRegulator(UserAccount me, Long id, Long expectedVersion) {
    CensusRecord record = load(id);
    Organisation org = me.getOrganisation();
    String myRegion = org.getRegion().getCode();
    boolean visible =
        org.getKind() == OrganisationKind.REGULATOR
            && record.route().contains(myRegion)
            && record.getStatus() != ReviewStatus.DRAFT
            && (myRegion.equals(record.getHolderRegionCode())
                || record.getStatus() == ReviewStatus.ARCHIVED
                || hasActed(org.getId(), id));
    if (!visible) {
      throw callers.denied(me, "census record " + id);
    }
    checkVersion(record, expectedVersion);
    return record;
  }

  /** A record of the calling enterprise. */
  public CensusRecord forEnterprise(UserAccount me, Long id, Long expectedVersion) {
    CensusRecord record = load(id);
    if (!record.getEnterpriseId().equals(me.getOrganisation().getId())) {
      throw callers.denied(me, "census record " + id);
    }
    checkVersion(record, expectedVersion);
    return record;
  }

  private CensusRecord load(Long id) {
    CensusRecord record = id == null ? null : em.find(CensusRecord.class, id);
    if (record == null) {
      throw new NotFoundException();
    }
    return record;
  }

  private static void checkVersion(CensusRecord record, Long expectedVersion) {
    if (expectedVersion != null && record.getVersion() != expectedVersion) {
      throw new StaleDataException();
    }
  }

  public boolean hasActed(Long organisationId, Long recordId) {
    return !em.createQuery(
            "select h.id from CensusHistoryEntry h where h.recordId = :r"
                + " and h.actorOrganisationId = :o",
            Long.class)
        .setParameter("r", recordId)
        .setParameter("o", organisationId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Writes the step into history and forces the version check now, so that of two reviewers acting
   * at once exactly one succeeds and the other is told it was already handled.
   */
  public void record(CensusRecord record, ReviewAction action, UserAccount actor, String reason) {
    em.lock(record, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new StaleDataException();
    }
    Organisation org = actor.getOrganisation();
    em.persist(
        new CensusHistoryEntry(
            record,
            action,
            actor.getUsername(),
            org.getId(),
            org.getName(),
            org.getKind() == OrganisationKind.REGULATOR ? org.getRegion().getLevel() : null,
            reason,
            LocalDateTime.now()));
  }

  public List<HistoryRow> history(Long recordId) {
    return em
        .createQuery(
            "select h from CensusHistoryEntry h where h.recordId = :r order by h.occurredAt, h.id",
            CensusHistoryEntry.class)
        .setParameter("r", recordId)
        .getResultList()
        .stream()
        .map(
            h ->
                new HistoryRow(
                    h.getOccurredAt(),
                    h.getAction(),
                    h.getActorUsername(),
                    h.getActorOrganisationName(),
                    h.getActorLevel(),
                    holderName(h.getToHolderRegionCode()),
                    h.getReason()))
        .toList();
  }

  /** The name of the regulator holding a record, or null (the enterprise, or archived). */
  public String holderName(String regionCode) {
    return regionCode == null ? null : regions.regulatorName(regionCode);
  }

  /** Root-to-region name of a region, e.g. 山东省 青岛市 黄岛区. */
  public String regionName(String regionCode) {
    return regions.fullName(regionCode);
  }

  /**
   * What each of these records' last action by the organisation was (records it never acted on are
   * missing): one query for a page of 信息追踪.
   */
  public Map<Long, ReviewAction> lastActions(Long organisationId, Collection<Long> recordIds) {
    Map<Long, ReviewAction> last = new HashMap<>();
    if (recordIds.isEmpty()) {
      return last;
    }
    em.createQuery(
            "select h.recordId, h.action from CensusHistoryEntry h where h.recordId in :r"
                + " and h.actorOrganisationId = :o order by h.occurredAt, h.id",
            Object[].class)
        .setParameter("r", recordIds)
        .setParameter("o", organisationId)
        .getResultList()
        .forEach(row -> last.put((Long) row[0], (ReviewAction) row[1]));
    return last;
  }

  /**
   * 信息追踪 state of a record relative to the regulator of {@code myRegion}, whose last action on it
   * was {@code myLastAction}. Below this level, the state is this level's own doing (the manual's
   * 已退回下级 / 已退回企业), whatever has happened further down since.
   */
  public static TrackingState trackingState(
      CensusRecord record, String myRegion, ReviewAction myLastAction) {
    String holder = record.getHolderRegionCode();
    if (record.getStatus() != ReviewStatus.RETURNED
        && (holder == null || holder.equals(myRegion))) {
      return TrackingState.WITH_THIS_LEVEL;
    }
    if (holder != null) {
      ReviewRoute route = record.route();
      if (route.topDown().indexOf(holder) < route.topDown().indexOf(myRegion)) {
        return TrackingState.AWAITING_UPPER;
      }
    }
    if (myLastAction == ReviewAction.RETURN_TO_ENTERPRISE) {
      return TrackingState.RETURNED_TO_ENTERPRISE;
    }
    return myLastAction == ReviewAction.RETURN_TO_LOWER
        ? TrackingState.RETURNED_TO_LOWER
        : TrackingState.LOWER_REVIEWING;
  }
}
