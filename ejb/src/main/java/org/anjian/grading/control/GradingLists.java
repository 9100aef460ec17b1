package org.anjian.grading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.control.PageOfIds;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionAncestry;

/**
 * Grading lists, filtered, sorted and paged in the database. Each starts from one indexed column
 * (V5__grading.sql): the enterprise, the body, the agency or the handling regulator for work lists,
 * the region ancestry for a regulator's query over its jurisdiction.
 */
@Dependent
public class GradingLists {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "enterpriseName", "a.snapshot.enterpriseName",
          "state", "a.state",
          "levelApplied", "a.levelApplied",
          "heldSince", "a.heldSince",
          "dueOn", "a.dueOn",
          "reportScore", "a.reportScore");

  @PersistenceContext private EntityManager em;

  @Inject private RegionTree regions;

  /** 待办: what the caller's organisation must act on now. */
  public Slice<ApplicationRow> inbox(UserAccount me, PageRequest page, GradingFilter filter) {
    Organisation org = me.getOrganisation();
    List<GradingState> states = GradingState.heldBy(org.getKind());
    Query query;
    if (org.getKind() == OrganisationKind.REGULATOR) {
      // consent is held by the lower regulator, every later regulator step by the approving one
      query =
          new Query(
              "((a.state = :consenting and a.consentRegionCode = :holder)"
                  + " or (a.handlingRegionCode = :holder and a.state in :states))");
      query.params.put("consenting", GradingState.AWAITING_CONSENT);
      states = states.stream().filter(st -> st != GradingState.AWAITING_CONSENT).toList();
    } else {
      query = new Query(holderColumn(org) + " = :holder and a.state in :states");
    }
    query.params.put("holder", holderValue(org));
    query.params.put("states", states);
    return run(me, query, page, filter);
  }

  /** 办理情况 / 达标查询: everything the caller deals with or, for a regulator, its region's. */
  public Slice<ApplicationRow> all(UserAccount me, PageRequest page, GradingFilter filter) {
    return run(me, allQuery(me), page, filter);
  }

  /**
   * Every row of {@link #all}, in id order, {@code batch} at a time: each batch is read after the
   * last id of the one before (no OFFSET, no page-size cap) and handed to {@code action}; the
   * persistence context is cleared between batches, so an export of a province holds one batch.
   */
  public void forEachOfAll(
      UserAccount me, GradingFilter filter, int batch, Consumer<ApplicationRow> action) {
    Query query = allQuery(me);
    filtered(me, query, filter);
    String select = "select a from GradingApplication a where " + query.where;
    long after = Long.MIN_VALUE;
    while (true) {
      TypedQuery<GradingApplication> rows =
          em.createQuery(select + " and a.id > :after order by a.id", GradingApplication.class);
      query.params.forEach(rows::setParameter);
      List<GradingApplication> shown =
          rows.setParameter("after", after).setMaxResults(batch).getResultList();
      loadHolders(shown);
      shown.stream().map(this::row).forEach(action);
      if (shown.size() < batch) {
        return;
      }
      after = shown.get(shown.size() - 1).getId();
      em.clear();
    }
  }

  private Query allQuery(UserAccount me) {
    Organisation org = me.getOrganisation();
    Query query =
        switch (org.getKind()) {
          case ENTERPRISE -> new Query("a.enterpriseId = :holder").with("holder", org.getId());
          case ORGANIZING_BODY ->
              new Query("a.bodyId = :holder and a.state <> :draft").with("holder", org.getId());
          case EVALUATION_AGENCY -> new Query("a.agencyId = :holder").with("holder", org.getId());
          case REGULATOR -> areaQuery(regions.node(org.getRegion().getCode()));
          case ADMINISTRATION -> throw new NotFoundException();
        };
    if (query.where.contains(":draft")) {
      query.params.put("draft", GradingState.DRAFT);
    }
    return query;
  }

  private static Query areaQuery(RegionNode region) {
    String column = ancestryColumn(region);
    Query query =
        new Query(column == null ? "a.state <> :draft" : column + " = :area and a.state <> :draft");
    if (column != null) {
      query.params.put("area", region.code());
    }
    return query;
  }

  private static String ancestryColumn(RegionNode region) {
    String attribute = RegionAncestry.attribute(region.level());
    return attribute == null ? null : "a.snapshot.ancestry." + attribute;
  }

  private static String holderColumn(Organisation org) {
    return switch (org.getKind()) {
      case ENTERPRISE -> "a.enterpriseId";
      case ORGANIZING_BODY -> "a.bodyId";
      case EVALUATION_AGENCY -> "a.agencyId";
      case REGULATOR -> "a.handlingRegionCode";
      case ADMINISTRATION -> throw new NotFoundException();
    };
  }

  private static Object holderValue(Organisation org) {
    return switch (org.getKind()) {
      case REGULATOR -> org.getRegion().getCode();
      default -> org.getId();
    };
  }

  private Slice<ApplicationRow> run(
      UserAccount me, Query query, PageRequest page, GradingFilter filter) {
    filtered(me, query, filter);
    String from = " from GradingApplication a where " + query.where;
    String order = " order by " + page.orderBy(SORTABLE, "a.heldSince desc", "a.id");
    List<ApplicationRow> shown = List.of();
    if (page.wantsRows()) {
      TypedQuery<Long> ids = em.createQuery("select a.id" + from + order, Long.class);
      query.params.forEach(ids::setParameter);
      List<GradingApplication> applications =
          PageOfIds.read(
              em,
              ids,
              page,
              "select a from GradingApplication a where a.id in :ids",
              GradingApplication.class,
              GradingApplication::getId);
      loadHolders(applications);
      shown = applications.stream().map(this::row).toList();
    }
    long total = -1;
    if (page.wantsTotal()) {
      TypedQuery<Long> count = em.createQuery("select count(a)" + from, Long.class);
      query.params.forEach(count::setParameter);
      total = count.getSingleResult();
    }
    return new Slice<>(shown, total);
  }

  /** Adds the user's filter to the list's own condition. */
  private void filtered(UserAccount me, Query query, GradingFilter filter) {
    if (filter.state() != null) {
      query.and("a.state = :state", "state", filter.state());
    }
    if (filter.level() != null) {
      query.and("a.levelApplied = :level", "level", filter.level());
    }
    if (filter.industry() != null) {
      query.and("a.snapshot.industry = :industry", "industry", filter.industry());
    }
    if (filter.overdueOnly()) {
      query.and("a.dueOn < :today", "today", LocalDate.now());
    }
    if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
      RegionNode region = regions.node(filter.regionCode());
      Organisation org = me.getOrganisation();
      // a regulator filters within its jurisdiction; other parties' lists are already limited to
      // their own applications, wherever those are
      if (org.getKind() == OrganisationKind.REGULATOR
          && !region.isWithin(org.getRegion().getCode())) {
        throw new NotFoundException();
      }
      String column = ancestryColumn(region);
      if (column != null) {
        query.and(column + " = :filterArea", "filterArea", region.code());
      }
    }
    if (filter.hasText()) {
      query.and(
          "(lower(a.snapshot.enterpriseName) like :text escape '\\' or lower(a.snapshot.creditCode) like :text escape '\\')",
          "text",
          filter.likePattern());
    }
  }

  /**
   * Loads the organising bodies and agencies that hold a page of applications in one query, so that
   * naming each row's holder finds them in the persistence context instead of one by one.
   */
  private void loadHolders(List<GradingApplication> shown) {
    List<Long> ids =
        shown.stream()
            .flatMap(a -> java.util.stream.Stream.of(a.getBodyId(), a.getAgencyId()))
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    if (!ids.isEmpty()) {
      em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
          .setParameter("ids", ids)
          .getResultList();
    }
  }

  public ApplicationRow row(GradingApplication a) {
    return new ApplicationRow(
        a.getId(),
        a.getVersion(),
        a.getEnterpriseName(),
        a.getCreditCode(),
        regions.fullName(a.getRegionCode()),
        a.getIndustry(),
        a.getNature(),
        a.getLevelApplied(),
        a.getState(),
        holderName(a),
        a.getHeldSince(),
        a.getDueOn(),
        a.isOverdue(LocalDate.now()),
        a.getReportScore(),
        a.getLevelAwarded(),
        a.getLastReason(),
        a.getLastReturnedBy());
  }

  /** The name of whoever must act next, or null once the application is final. */
  public String holderName(GradingApplication a) {
    if (a.getState().holder() == null) {
      return null;
    }
    return switch (a.getState().holder()) {
      case ENTERPRISE -> a.getEnterpriseName();
      case ORGANIZING_BODY -> organisationName(a.getBodyId());
      case EVALUATION_AGENCY -> organisationName(a.getAgencyId());
      case REGULATOR -> regions.regulatorName(a.regulatorRegionCode());
      case ADMINISTRATION -> null;
    };
  }

  public String regulatorName(String regionCode) {
    return regions.regulatorName(regionCode);
  }

  public String organisationName(Long id) {
    Organisation org = id == null ? null : em.find(Organisation.class, id);
    return org == null ? null : org.getName();
  }

  /** A where clause being built, with its parameters. */
  private static final class Query {
    private String where;
    private final Map<String, Object> params = new HashMap<>();

    Query(String where) {
      this.where = where;
    }

    Query with(String param, Object value) {
      params.put(param, value);
      return this;
    }

    void and(String condition, String param, Object value) {
      where += " and " + condition;
      params.put(param, value);
    }
  }
}
