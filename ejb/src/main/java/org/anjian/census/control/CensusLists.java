package org.anjian.census.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportList;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.control.PageOfIds;
import org.anjian.region.boundary.RegionTree;

/**
 * The regulator lists, filtered, sorted and paged in the database: pending (held by the caller),
 * tracking (acted on by the caller, not archived, held elsewhere) and archived (in the caller's
 * jurisdiction). Each base condition is one indexed column (see V4__census.sql).
 */
@Dependent
public class CensusLists {

  static final int BATCH = 500;

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
    return run(me, pendingQuery(me, filter), page, filter, false);
  }

  private static Query pendingQuery(UserAccount me, CensusFilter filter) {
    Query query = new Query("r.holderRegionCode = :mine", "r.heldSince");
    query.params.put("mine", myRegion(me));
    if (filter.arrival() != null) {
      query.and("r.arrival = :arrival", "arrival", filter.arrival());
    }
    return query;
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
    return run(me, archivedQuery(me), page, filter, false);
  }

  private Query archivedQuery(UserAccount me) {
    Query query =
        new Query("r.status = org.anjian.census.entity.ReviewStatus.ARCHIVED", "r.archivedAt");
    query.where += CensusAccess.inJurisdiction(regions.node(myRegion(me)));
    return query;
  }

  /**
   * Hands every record of a list (pending or archived, with the list's filters) to {@code action},
   * by ascending id in batches; the persistence context is cleared after each batch, so an export
   * of a whole country never holds every record in memory.
   */
  public void forEach(
      UserAccount me, ExportList list, CensusFilter filter, Consumer<CensusRecord> action) {
    Query query = list == ExportList.PENDING ? pendingQuery(me, filter) : archivedQuery(me);
    filtered(me, query, filter);
    long after = 0;
    while (true) {
      TypedQuery<CensusRecord> batch =
          em.createQuery(
                  "select r from CensusRecord r join r.enterprise e join fetch r.enterprise where "
                      + query.where
                      + " and r.id > :after order by r.id",
                  CensusRecord.class)
              .setParameter("after", after)
              .setMaxResults(BATCH);
      query.params.forEach(batch::setParameter);
      List<CensusRecord> records = batch.getResultList();
      if (records.isEmpty()) {
        return;
      }
      records.forEach(action);
      after = records.get(records.size() - 1).getId();
      em.clear();
    }
  }

  private Slice<CensusRow> run(
      UserAccount me, Query query, PageRequest page, CensusFilter filter, boolean tracking) {
    filtered(me, query, filter);
    String where = " where " + query.where;
    String order = " order by " + page.orderBy(SORTABLE, query.defaultOrder + " desc", "r.id");
    List<CensusRow> result = List.of();
    if (page.wantsRows()) {
      // the enterprise's name is on every row: fetched with it, not one query per row
      TypedQuery<Long> ids =
          em.createQuery(
              "select r.id from CensusRecord r" + joinForEnterprise(filter, page) + where + order,
              Long.class);
      query.params.forEach(ids::setParameter);
      List<CensusRecord> records =
          PageOfIds.read(
              em,
              ids,
              page,
              "select r from CensusRecord r join fetch r.enterprise where r.id in :ids",
              CensusRecord.class,
              CensusRecord::getId);
      Map<Long, ReviewAction> myActions =
          tracking
              ? access.lastActions(
                  me.getOrganisation().getId(), records.stream().map(CensusRecord::getId).toList())
              : Map.of();
      String mine = myRegion(me);
      result =
          records.stream()
              .map(
                  r ->
                      row(
                          r,
                          tracking
                              ? CensusAccess.trackingState(r, mine, myActions.get(r.getId()))
                              : null,
                          r.mayApprove(mine)))
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

  /** The enterprise is joined when the text filter searches its name or the page sorts by it. */
  private static String joinForEnterprise(CensusFilter filter, PageRequest page) {
    return filter.hasText() || "enterpriseName".equals(page.sortField())
        ? " join r.enterprise e"
        : "";
  }

  /** The filters the user set: type, a region inside the caller's jurisdiction, text. */
  private void filtered(UserAccount me, Query query, CensusFilter filter) {
    if (filter.type() != null) {
      query.and("r.type = :type", "type", filter.type());
    }
    if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
      query.where +=
          CensusAccess.inJurisdiction(access.area(me, filter.regionCode(), "census list"));
    }
    if (filter.hasText()) {
      query.and(
          "(lower(r.name) like :text escape '\\' or lower(e.name) like :text escape '\\')",
          "text",
          filter.likePattern());
    }
  }

  /** The record as a row for an enterprise: it approves nothing. */
  public CensusRow row(CensusRecord r, org.anjian.census.boundary.TrackingState state) {
    return row(r, state, false);
  }

  /** {@code approvable}: the caller may 审核通过 it now ({@link CensusRecord#mayApprove}). */
  private CensusRow row(
      CensusRecord r, org.anjian.census.boundary.TrackingState state, boolean approvable) {
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
        state,
        approvable);
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
