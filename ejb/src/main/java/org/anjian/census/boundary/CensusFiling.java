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
import org.anjian.census.control.CensusRoutes;
import org.anjian.census.control.Completeness;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.MessageKey;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.RegionLevel;

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

  @Inject private CensusRoutes routes;

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

  /** Starts a draft for one production system located where the enterprise is registered. */
  public Long create(RecordType type, MiningMethod miningMethod, String name) {
    return create(type, miningMethod, name, null);
  }

  /**
   * Starts a draft for one production system; the type decides the form, the county-level region
   * (null: the enterprise's) decides who reviews it.
   */
  public Long create(RecordType type, MiningMethod miningMethod, String name, String regionCode) {
    Organisation enterprise = miningEnterprise(callers.current());
    if (type == null || (type == RecordType.METAL_NONMETAL_MINE && miningMethod == null)) {
      throw new InvalidInputException("census.error.typeRequired");
    }
    if (name == null || name.isBlank() || name.length() > CensusRecord.NAME_LENGTH) {
      throw new InvalidInputException("census.error.nameRequired");
    }
    CensusRecord record =
        new CensusRecord(
            enterprise,
            type,
            miningMethod,
            name.trim(),
            routes.supervisingPath(enterprise, enterprise.getRegion().getCode()),
            LocalDateTime.now());
    locate(record, regionCode);
    if (enterprise.isOwnerlessPondFiler()) {
      if (type != RecordType.TAILINGS_POND) {
        throw new InvalidInputException("census.error.ownerlessOnlyPonds");
      }
      record.getCommon().setCreditCode(Completeness.NONE);
      record.getCommon().setLegalRepresentative(Completeness.NONE);
      record.getTailings().setOwnerless(true);
    } else {
      record.getCommon().setCreditCode(enterprise.getCreditCode());
      record.getCommon().setLegalRepresentative(enterprise.getContacts().getLegalRepresentative());
    }
    em.persist(record);
    em.flush();
    return record.getId();
  }

  public CensusRecordView load(Long id) {
    return CensusRecordView.of(access.forEnterprise(callers.current(), id, null), access);
  }

  /** Saves a draft (incomplete is fine); refused once submitted or when the page was stale. */
  public CensusRecordView save(@Valid CensusRecordView form) {
    CensusRecord record = access.forEnterprise(callers.current(), form.getId(), form.getVersion());
    if (!record.isEditable()) {
      throw new IllegalMoveException("census.error.notEditable");
    }
    record.rename(form.getName() == null ? record.getName() : form.getName().trim());
    locate(record, form.getRegionCode());
    record.replaceFacts(
        form.getCommon(), form.getUnderground(), form.getOpenPit(), form.getTailings());
    em.flush();
    return CensusRecordView.of(record, access);
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

  /**
   * Moves a record the enterprise holds to its own region: a county (or the enterprise's own
   * region), never a grouping row; null or unchanged leaves it where it is.
   */
  private void locate(CensusRecord record, String regionCode) {
    if (regionCode == null || regionCode.isBlank() || regionCode.equals(record.getRegionCode())) {
      return;
    }
    Organisation enterprise = record.getEnterprise();
    if (!regions.exists(regionCode)
        || !(regions.node(regionCode).level() == RegionLevel.COUNTY
            || regionCode.equals(enterprise.getRegion().getCode()))) {
      throw new InvalidInputException("census.error.regionNotCounty");
    }
    record.locate(
        regionCode, regions.ancestry(regionCode), routes.supervisingPath(enterprise, regionCode));
  }

  /**
   * The regions a record of the calling enterprise may be placed in: its own region and the
   * counties of its province, as {@code code → 省 市 县} names, in tree order.
   */
  public List<RegionChoiceRow> recordRegions() {
    Organisation enterprise = miningEnterprise(callers.current());
    String own = enterprise.getRegion().getCode();
    String province = enterprise.getAncestry().getProvinceCode();
    List<RegionChoiceRow> rows = new java.util.ArrayList<>();
    rows.add(new RegionChoiceRow(own, regions.fullName(own)));
    if (province != null) {
      addCounties(province, own, rows);
    }
    return rows;
  }

  private void addCounties(String code, String skip, List<RegionChoiceRow> rows) {
    for (var child : regions.children(code)) {
      if (child.level() == RegionLevel.COUNTY) {
        if (!child.code().equals(skip)) {
          rows.add(new RegionChoiceRow(child.code(), regions.fullName(child.code())));
        }
      } else {
        addCounties(child.code(), skip, rows);
      }
    }
  }

  /** The regulator that supervises the calling enterprise directly (where its records start). */
  public String supervisor() {
    Organisation enterprise = miningEnterprise(callers.current());
    return regions.regulatorName(regions.chain(enterprise.supervisingRegionCode()).last().code());
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
