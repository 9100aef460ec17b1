package org.anjian.census.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.entity.CensusRecord;
import org.anjian.platform.boundary.NotFoundException;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;

/**
 * The regulator lists, filtered, sorted and paged in the database: pending (held by the caller),
 * tracking (acted on by the caller, not archived, held elsewhere) and archived (in the caller's
 * jurisdiction). Each base condition is one indexed column (see V4__census.sql).
 */
@Dependent
public class CensusLists {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "name", "r.name",
          "type", "r.type",
          "heldSince", "r.heldSince",
          "archivedAt", "r.archivedAt",
          "enterpriseName", "e.name");

  @PersistenceContext private EntityManager em;

  @Inject private RegionTree regions;

  @Inject private CensusAccess access;

  public Slice<CensusRow> pending(UserAccount me, PageRequest page, CensusFilter filter) {
    Query query = new Query("r.holderRegionCode = :mine", "r.heldSince");
    query.params.put("mine", myRegion(me));
    if (filter.arrival() != null) {
      query.and("r.arrival = :arrival", "arrival", filter.arrival());
    }
    return run(me, query, page, filter, false);
  }

  public Slice<CensusRow> tracking(UserAccount me, PageRequest page, CensusFilter filter) {
    Query query =
        new Query(
            "exists (select h.id from CensusHistoryEntry h where h.recordId = r.id"
                + " and h.actorOrganisationId = :org)"
                + " and r.status <> org.anjian.census.entity.ReviewStatus.ARCHIVED"
                + " and (r.holderRegionCode is null or r.holderRegionCode <> :mine)",
            "r.heldSince");
    query.params.put("org", me.getOrganisation().getId());
    query.params.put("mine", myRegion(me));
    return run(me, query, page, filter, true);
  }

  public Slice<CensusRow> archived(UserAccount me, PageRequest page, CensusFilter filter) {
    Query query =
        new Query("r.status = org.anjian.census.entity.ReviewStatus.ARCHIVED", "r.archivedAt");
    areaCondition(query, regions.node(myRegion(me)), "area");
    return run(me, query, page, filter, false);
  }

  private Slice<CensusRow> run(
      UserAccount me, Query query, PageRequest page, CensusFilter filter, boolean tracking) {
    if (filter.type() != null) {
      query.and("r.type = :type", "type", filter.type());
    }
    if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
      RegionNode region = regions.node(filter.regionCode());
      if (!region.isWithin(myRegion(me))) {
        throw new NotFoundException();
      }
      areaCondition(query, region, "filterArea");
    }
    if (filter.hasText()) {
      query.and(
          "(lower(r.name) like :text escape '\\' or lower(e.name) like :text escape '\\')",
          "text",
          filter.likePattern());
    }
    String where = " where " + query.where;
    String order = " order by " + page.orderBy(SORTABLE, query.defaultOrder + " desc") + ", r.id";
    String mine = myRegion(me);
    List<CensusRow> result = List.of();
    if (page.wantsRows()) {
      // the enterprise's name is on every row: fetched with it, not one query per row
      TypedQuery<CensusRecord> rows =
          em.createQuery(
              "select r from CensusRecord r join fetch r.enterprise e" + where + order,
              CensusRecord.class);
      query.params.forEach(rows::setParameter);
      result =
          rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
              .map(r -> row(r, tracking ? CensusAccess.trackingState(r, mine) : null))
              .toList();
    }
    long total = -1;
    if (page.wantsTotal()) {
      // the enterprise is joined only when the text filter searches its name
      TypedQuery<Long> count =
          em.createQuery(
              "select count(r) from CensusRecord r"
                  + (filter.hasText() ? " join r.enterprise e" : "")
                  + where,
              Long.class);
      query.params.forEach(count::setParameter);
      total = count.getSingleResult();
    }
    return new Slice<>(result, total);
  }

  /** Restricts to a region's subtree through the ancestry column of its level. */
  private static void areaCondition(Query query, RegionNode region, String param) {
    String column = RegionAncestry.attribute(region.level());
    if (column != null) {
      query.and("r.ancestry." + column + " = :" + param, param, region.code());
    }
  }

  public CensusRow row(CensusRecord r, org.anjian.census.boundary.TrackingState state) {
    return new CensusRow(
        r.getId(),
        r.getVersion(),
        r.getName(),
        r.getType(),
        r.getMiningMethod(),
        r.getEnterprise().getName(),
        regions.fullName(r.getRegionCode()),
        r.getStatus(),
        r.getArrival(),
        r.getHolderRegionCode(),
        access.holderName(r.getHolderRegionCode()),
        r.getHeldSince(),
        r.getArchivedAt(),
        r.getTailings().getGrade(),
        state);
  }

  private static String myRegion(UserAccount me) {
    Organisation org = me.getOrganisation();
    return org.getRegion().getCode();
  }

  /** A where clause being built, with its parameters. */
  private static final class Query {
    private String where;
    private final String defaultOrder;
    private final Map<String, Object> params = new HashMap<>();

    Query(String where, String defaultOrder) {
      this.where = where;
      this.defaultOrder = defaultOrder;
    }

    void and(String condition, String param, Object value) {
      where += " and " + condition;
      params.put(param, value);
    }
  }
}
