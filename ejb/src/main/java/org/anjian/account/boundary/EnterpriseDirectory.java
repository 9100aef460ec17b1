package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.anjian.account.control.Callers;
import org.anjian.account.control.Jurisdiction;
import org.anjian.account.control.RegistrationRecords;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionLevel;

/**
 * 企业信息: the enterprises registered in a regulator's jurisdiction. A regulator sees its region and
 * below, never a neighbour's; an id outside it is "not found" and audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGULATOR})
public class EnterpriseDirectory {

  private static final Map<String, String> SORTABLE =
      Map.of("name", "o.name", "creditCode", "o.creditCode", "createdAt", "o.createdAt");

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  @Inject private RegistrationRecords records;

  /** Enterprises registered within this many days count as new (新注册企业). */
  public static final int RECENT_DAYS = 30;

  public Slice<OrganisationRow> list(PageRequest page, AccountFilter filter) {
    return list(page, filter, false);
  }

  /**
   * With {@code recentOnly}: the enterprises registered in the last {@link #RECENT_DAYS} days,
   * newest first unless the page sorts otherwise, so that a county regulator sees who registered in
   * its area (and may release a credit code claimed by the wrong party, {@link
   * EnterpriseIdentity}).
   */
  public Slice<OrganisationRow> list(PageRequest page, AccountFilter filter, boolean recentOnly) {
    Organisation me = callers.current().getOrganisation();
    String where =
        " where o.kind = org.anjian.account.entity.OrganisationKind.ENTERPRISE"
            + jurisdictionClause(me);
    if (recentOnly) {
      where += " and o.createdAt >= :since";
    }
    if (filter != null && filter.hasText()) {
      where +=
          " and (lower(o.name) like :t escape '\\' or lower(o.creditCode) like :t escape '\\')";
    }
    String order =
        " order by "
            + page.orderBy(SORTABLE, recentOnly ? "o.createdAt desc" : "o.name asc", "o.id");
    TypedQuery<Organisation> rows =
        em.createQuery("select o from Organisation o" + where + order, Organisation.class);
    TypedQuery<Long> count =
        em.createQuery("select count(o) from Organisation o" + where, Long.class);
    bind(rows, me, filter);
    bind(count, me, filter);
    if (recentOnly) {
      LocalDateTime since = LocalDate.now().minusDays(RECENT_DAYS).atStartOfDay();
      rows.setParameter("since", since);
      count.setParameter("since", since);
    }
    List<OrganisationRow> result =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
            .map(this::row)
            .toList();
    return new Slice<>(result, count.getSingleResult());
  }

  /** One enterprise of the caller's jurisdiction; anything else is "not found". */
  public OrganisationRow find(Long id) {
    return row(inJurisdiction(id));
  }

  /** The registration history of one enterprise of the caller's jurisdiction, newest first. */
  public List<RegistrationChangeRow> history(Long id) {
    return records.history(inJurisdiction(id).getId()).stream()
        .map(RegistrationChangeRow::of)
        .toList();
  }

  private Organisation inJurisdiction(Long id) {
    UserAccount me = callers.current();
    Organisation org = id == null ? null : em.find(Organisation.class, id);
    if (org == null || org.getKind() != OrganisationKind.ENTERPRISE) {
      throw new NotFoundException();
    }
    if (!Jurisdiction.covers(me.getOrganisation(), org.getAncestry())) {
      throw callers.denied(me, "enterprise " + id);
    }
    return org;
  }

  private static String jurisdictionClause(Organisation me) {
    if (me.getKind() == OrganisationKind.ADMINISTRATION) {
      return "";
    }
    return switch (me.getRegion().getLevel()) {
      case NATIONAL -> "";
      case PROVINCE -> " and o.ancestry.provinceCode = :area";
      case CITY -> " and o.ancestry.cityCode = :area";
      case COUNTY -> " and o.ancestry.countyCode = :area";
    };
  }

  private static void bind(TypedQuery<?> query, Organisation me, AccountFilter filter) {
    if (me.getKind() == OrganisationKind.REGULATOR
        && me.getRegion().getLevel() != RegionLevel.NATIONAL) {
      query.setParameter("area", me.getRegion().getCode());
    }
    if (filter != null && filter.hasText()) {
      query.setParameter("t", filter.likePattern());
    }
  }

  private OrganisationRow row(Organisation o) {
    return new OrganisationRow(
        o.getId(),
        o.getName(),
        o.getCreditCode(),
        o.getRegion().getCode(),
        regions.fullName(o.getRegion().getCode()),
        o.getSector(),
        o.getIndustry(),
        o.getBasics().copy(),
        o.getCreatedAt());
  }
}
