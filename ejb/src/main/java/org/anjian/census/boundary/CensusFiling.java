package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusAccess;
import org.anjian.census.control.CensusLists;
import org.anjian.census.control.Completeness;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.boundary.IllegalMoveException;
import org.anjian.platform.boundary.InvalidInputException;
import org.anjian.platform.boundary.MessageKey;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.region.boundary.RegionTree;

/**
 * The enterprise side of the census: one record per independent production system, saved as a draft
 * at any time, submitted when complete, read-only until returned.
 */
@Stateless
@RolesAllowed(Role.Names.ENTERPRISE)
public class CensusFiling {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private CensusAccess access;

  @Inject private CensusLists lists;

  @Inject private RegionTree regions;

  public Slice<CensusRow> mine(PageRequest page) {
    Long org = miningEnterprise(callers.current()).getId();
    TypedQuery<CensusRecord> rows =
        em.createQuery(
            "select r from CensusRecord r where r.enterpriseId = :o order by r.createdAt desc, r.id",
            CensusRecord.class);
    long total =
        em.createQuery("select count(r) from CensusRecord r where r.enterpriseId = :o", Long.class)
            .setParameter("o", org)
            .getSingleResult();
    List<CensusRow> result =
        rows
            .setParameter("o", org)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(r -> lists.row(r, null))
            .toList();
    return new Slice<>(result, total);
  }

  /** Starts a draft for one production system; the type decides the form. */
  public Long create(RecordType type, MiningMethod miningMethod, String name) {
    Organisation enterprise = miningEnterprise(callers.current());
    if (type == null || (type == RecordType.METAL_NONMETAL_MINE && miningMethod == null)) {
      throw new InvalidInputException("census.error.typeRequired");
    }
    if (name == null || name.isBlank() || name.length() > 128) {
      throw new InvalidInputException("census.error.nameRequired");
    }
    CensusRecord record =
        new CensusRecord(
            enterprise,
            type,
            miningMethod,
            name.trim(),
            regions.node(enterprise.supervisingRegionCode()).path(),
            LocalDateTime.now());
    if (enterprise.isOwnerlessPondFiler()) {
      if (type != RecordType.TAILINGS_POND) {
        throw new InvalidInputException("census.error.ownerlessOnlyPonds");
      }
      record.getCommon().setCreditCode(Completeness.NONE);
      record.getCommon().setLegalRepresentative(Completeness.NONE);
      record.getTailings().setOwnerless(true);
    } else {
      record.getCommon().setCreditCode(enterprise.getCreditCode());
      record.getCommon().setLegalRepresentative(enterprise.getLegalRepresentative());
    }
    em.persist(record);
    em.flush();
    return record.getId();
  }

  public CensusForm load(Long id) {
    return CensusForm.of(access.forEnterprise(callers.current(), id, null), access);
  }

  /** Saves a draft (incomplete is fine); refused once submitted or when the page was stale. */
  public CensusForm save(@Valid CensusForm form) {
    CensusRecord record = access.forEnterprise(callers.current(), form.getId(), form.getVersion());
    if (!record.isEditable()) {
      throw new IllegalMoveException("census.error.notEditable");
    }
    record.rename(form.getName() == null ? record.getName() : form.getName().trim());
    record.replaceFacts(
        form.getCommon(), form.getUnderground(), form.getOpenPit(), form.getTailings());
    em.flush();
    return CensusForm.of(record, access);
  }

  /** Submits a complete record to the supervising regulator. */
  public ReviewAction submit(Long id, long expectedVersion) {
    UserAccount me = callers.current();
    CensusRecord record = access.forEnterprise(me, id, expectedVersion);
    List<String> problems = Completeness.problems(record);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "census.error.incomplete", List.copyOf(problems.stream().map(MessageKey::new).toList()));
    }
    ReviewAction action = record.submit(LocalDateTime.now());
    access.record(record, action, me, null);
    return action;
  }

  public List<HistoryRow> history(Long id) {
    access.forEnterprise(callers.current(), id, null);
    return access.history(id);
  }

  /** Census filing is for non-coal mining enterprises (and a regulator's ownerless-pond filer). */
  private static Organisation miningEnterprise(UserAccount me) {
    Organisation org = me.getOrganisation();
    if (org.getSector() != Sector.NON_COAL_MINE) {
      throw new InvalidInputException("census.error.notMiningEnterprise");
    }
    return org;
  }
}
