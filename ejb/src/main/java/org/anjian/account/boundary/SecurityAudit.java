package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEvent;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.region.entity.RegionLevel;

/**
 * The security audit list: everything for the administrator, a regulator's jurisdiction for a
 * regulator (by the region of the organisation each event concerns). Newest first.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGULATOR})
public class SecurityAudit {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  public Slice<SecurityEventRow> list(PageRequest page, SecurityEventType type, String username) {
    Organisation me = callers.current().getOrganisation();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    String area = areaColumn(me);
    if (area != null) {
      where.append(" and e.ancestry.").append(area).append(" = :area");
    }
    if (type != null) {
      where.append(" and e.type = :type");
    }
    boolean byName = username != null && !username.isBlank();
    if (byName) {
      where.append(" and (e.subjectUsername = :name or e.actorUsername = :name)");
    }
    TypedQuery<SecurityEvent> rows =
        em.createQuery(
            "select e from SecurityEvent e" + where + " order by e.occurredAt desc, e.id desc",
            SecurityEvent.class);
    TypedQuery<Long> count =
        em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
    for (TypedQuery<?> q : List.of(rows, count)) {
      if (area != null) {
        q.setParameter("area", me.getRegion().getCode());
      }
      if (type != null) {
        q.setParameter("type", type);
      }
      if (byName) {
        q.setParameter("name", username.trim());
      }
    }
    List<SecurityEventRow> result =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
            .map(
                e ->
                    new SecurityEventRow(
                        e.getId(),
                        e.getOccurredAt(),
                        e.getType(),
                        e.getActorUsername(),
                        e.getSubjectUsername(),
                        e.getOrganisationName(),
                        e.getRemoteAddress(),
                        e.getDetail()))
            .toList();
    return new Slice<>(result, count.getSingleResult());
  }

  /** The ancestry column that bounds the caller's view, or null for everything. */
  private static String areaColumn(Organisation me) {
    if (me.getKind() == OrganisationKind.ADMINISTRATION
        || me.getRegion().getLevel() == RegionLevel.NATIONAL) {
      return null;
    }
    return switch (me.getRegion().getLevel()) {
      case PROVINCE -> "provinceCode";
      case CITY -> "cityCode";
      default -> "countyCode";
    };
  }
}
