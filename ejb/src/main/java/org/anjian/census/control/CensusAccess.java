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
import org.anjian.account.control.Jurisdiction;
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
import org.anjian.platform.exception.NotFoundException;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;

/**
 * Who may see which census record, and the history that every move writes. A regulator sees a
 * record on whose review route it lies while it holds it or after it acted on it; an archived
 * record (已入库) it sees when the record's own region lies in its jurisdiction — each level queries
 * its jurisdiction, as the census manual says — by the one rule of {@link #inJurisdiction} (lists,
 * export, statistics) and {@link #inJurisdiction(Organisation, CensusRecord)} (detail, history). An
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
            && (record.getStatus() == ReviewStatus.ARCHIVED
                ? inJurisdiction(org, record)
                : record.route().contains(myRegion)
                    && record.getStatus() != ReviewStatus.DRAFT
                    && (myRegion.equals(record.getHolderRegionCode())
                        || hasActed(org.getId(), id)));
    if (!visible) {
      throw callers.denied(me, "census record " + id);
    }
    checkVersion(record, expectedVersion);
    return record;
  }

  /** The 已入库 rule for one record: its own region lies in the regulator's jurisdiction. */
  public static boolean inJurisdiction(Organisation regulator, CensusRecord record) {
    return Jurisdiction.covers(regulator, record.getAncestry());
  }

  /**
   * The 已入库 rule as a JPQL condition on {@code r} (a CensusRecord): its own region lies in {@code
   * area}; empty for the whole country. The code is a region of the tree, never user text.
   */
  public static String inJurisdiction(RegionNode area) {
    String attribute = RegionAncestry.attribute(area.level());
    return attribute == null ? "" : " and r.ancestry." + attribute + " = '" + area.code() + "'";
  }

  /**
   * The area a regulator asked for (null or blank: its whole jurisdiction); a region outside its
   * jurisdiction is refused as "not found" and audited as {@code "<what> of <code>"}.
   */
  public RegionNode area(UserAccount me, String regionCode, String what) {
    String mine = me.getOrganisation().getRegion().getCode();
    if (regionCode == null || regionCode.isBlank()) {
      return regions.node(mine);
    }
    RegionNode area = regions.node(regionCode);
    if (!area.isWithin(mine)) {
      throw callers.denied(me, what + " of " + regionCode);
    }
    return area;
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
