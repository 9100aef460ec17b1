package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.control.Jurisdiction;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusRoutes;
import org.anjian.census.entity.CensusRecord;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;

/**
 * 直接监管: a regulator decides that an enterprise of its jurisdiction is supervised by itself or by a
 * lower regulator on the enterprise's chain (the manual's 企业提交 at city or province level). Records
 * the enterprise still holds take the new route at once; records under review finish on theirs.
 * Every change is audited; a level above the caller's, or an enterprise a higher level supervises,
 * is refused.
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusSupervision {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  @Inject private CensusRoutes routes;

  @Inject private SecurityAuditLog audit;

  public SupervisionView of(Long enterpriseId) {
    UserAccount me = callers.current();
    Organisation enterprise = enterprise(me, enterpriseId);
    String mine = me.getOrganisation().getRegion().getCode();
    RegionNode current = supervising(enterprise);
    List<SupervisionLevel> choices =
        current.isWithin(mine)
            ? regions.chain(enterprise.getRegion().getCode()).topDown().stream()
                .filter(n -> n.isWithin(mine))
                .map(this::level)
                .toList()
            : List.of();
    return new SupervisionView(enterpriseId, level(current), choices);
  }

  /** Sets the supervising level; {@code regionCode} must be one of {@link #of}'s choices. */
  public SupervisionView set(Long enterpriseId, String regionCode) {
    UserAccount me = callers.current();
    Organisation enterprise = enterprise(me, enterpriseId);
    boolean allowed =
        of(enterpriseId).choices().stream().anyMatch(c -> c.regionCode().equals(regionCode));
    if (!allowed) {
      throw new InvalidInputException("census.error.supervisionLevel");
    }
    String before = supervising(enterprise).code();
    enterprise.superviseFrom(
        regionCode.equals(enterprise.getRegion().getCode()) ? null : regionCode);
    for (CensusRecord record :
        em.createQuery("select r from CensusRecord r where r.enterpriseId = :e", CensusRecord.class)
            .setParameter("e", enterpriseId)
            .getResultList()) {
      record.reroute(routes.supervisingPath(enterprise, record.getRegionCode()));
    }
    em.flush();
    audit.record(
        SecurityEventType.SUPERVISION_CHANGED,
        me.getUsername(),
        null,
        me.getOrganisation(),
        null,
        "enterprise " + enterpriseId + " supervised by " + regionCode + " (was " + before + ")");
    return of(enterpriseId);
  }

  private Organisation enterprise(UserAccount me, Long id) {
    Organisation org = id == null ? null : em.find(Organisation.class, id);
    if (org == null || org.getKind() != OrganisationKind.ENTERPRISE) {
      throw new NotFoundException();
    }
    if (!Jurisdiction.covers(me.getOrganisation(), org.getAncestry())) {
      throw callers.denied(me, "supervision of enterprise " + id);
    }
    return org;
  }

  /** The real regulator supervising the enterprise now (never a grouping row). */
  private RegionNode supervising(Organisation enterprise) {
    return regions.chain(enterprise.supervisingRegionCode()).last();
  }

  private SupervisionLevel level(RegionNode node) {
    return new SupervisionLevel(node.code(), node.level(), regions.regulatorName(node.code()));
  }
}
