package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import org.anjian.account.entity.Organisation;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.region.entity.RegionAncestry;

/**
 * One independent production system's census record, and the rules of its review: it climbs the
 * region tree from the supervising regulator to national, one level per approval, and goes back
 * down exactly one step per return. At any time exactly one party holds it: the enterprise (draft,
 * returned) or the regulator of {@link #getHolderRegionCode()}.
 */
@Entity
@Table(name = "census_record")
public class CensusRecord {

  public static final int MAX_REASON_LENGTH = 500;
  public static final int NAME_LENGTH = 128;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Organisation enterprise;

  @Column(name = "enterprise_id", insertable = false, updatable = false)
  private Long enterpriseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "record_type")
  private RecordType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "mining_method")
  private MiningMethod miningMethod;

  private String name;

  @Column(name = "region_code")
  private String regionCode;

  @Embedded private RegionAncestry ancestry;

  @Column(name = "supervising_path")
  private String supervisingPath;

  @Enumerated(EnumType.STRING)
  private ReviewStatus status;

  @Enumerated(EnumType.STRING)
  private Arrival arrival;

  @Column(name = "holder_region_code")
  private String holderRegionCode;

  @Column(name = "held_since")
  private LocalDateTime heldSince;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "archived_at")
  private LocalDateTime archivedAt;

  // EclipseLink loads a part whose columns are all empty as null: the getters hand out an empty
  // part instead (not assigned on load, which would count as a change and bump the version).
  @Valid @Embedded private CommonFacts common = new CommonFacts();

  @Valid @Embedded private UndergroundFacts underground = new UndergroundFacts();

  @Valid @Embedded private OpenPitFacts openPit = new OpenPitFacts();

  @Valid @Embedded private TailingsFacts tailings = new TailingsFacts();

  @Version private long version;

  protected CensusRecord() {}

  /**
   * A new draft of an enterprise, reviewed first by the regulator of {@code supervisingPath}'s last
   * region.
   */
  public CensusRecord(
      Organisation enterprise,
      RecordType type,
      MiningMethod miningMethod,
      String name,
      String supervisingPath,
      LocalDateTime now) {
    this.enterprise = enterprise;
    this.type = type;
    this.miningMethod = type == RecordType.METAL_NONMETAL_MINE ? miningMethod : null;
    this.name = name;
    this.regionCode = enterprise.getRegion().getCode();
    this.ancestry = enterprise.getAncestry();
    this.supervisingPath = supervisingPath;
    this.status = ReviewStatus.DRAFT;
    this.createdAt = now;
    this.heldSince = now;
  }

  public ReviewRoute route() {
    return ReviewRoute.ofPath(supervisingPath);
  }

  /** True while the enterprise may edit it. */
  public boolean isEditable() {
    return status.heldByEnterprise();
  }

  public void rename(String newName) {
    requireEditable();
    this.name = newName;
  }

  /**
   * Places the production system in its own county-level region (a mine need not lie where its
   * enterprise is registered), with the review path that follows from it; only while the enterprise
   * holds the record.
   */
  public void locate(String regionCode, RegionAncestry ancestry, String supervisingPath) {
    requireEditable();
    this.regionCode = regionCode;
    this.ancestry = ancestry;
    this.supervisingPath = supervisingPath;
  }

  /**
   * A new review path for a record the enterprise holds, when its supervising level changed; a
   * record under review or archived keeps the path it is on.
   */
  public void reroute(String supervisingPath) {
    if (isEditable()) {
      this.supervisingPath = supervisingPath;
    }
  }

  /** Takes the facts of a form; only while the enterprise holds the record. */
  public void replaceFacts(
      CommonFacts common,
      UndergroundFacts underground,
      OpenPitFacts openPit,
      TailingsFacts tailings) {
    requireEditable();
    this.common = common == null ? new CommonFacts() : common;
    this.underground = underground == null ? new UndergroundFacts() : underground;
    this.openPit = openPit == null ? new OpenPitFacts() : openPit;
    this.tailings = tailings == null ? new TailingsFacts() : tailings;
    this.tailings.computeGrade();
  }

  /** The enterprise hands it in; review starts at the supervising level. */
  public ReviewAction submit(LocalDateTime now) {
    requireEditable();
    if (type == RecordType.TAILINGS_POND && tailings != null) {
      tailings.computeGrade();
    }
    status = ReviewStatus.UNDER_REVIEW;
    holderRegionCode = route().first();
    arrival = Arrival.ENTERPRISE_SUBMITTED;
    heldSince = now;
    return ReviewAction.SUBMIT;
  }

  /** Whether the regulator of {@code regionCode} may 退回 it now: it holds it under review. */
  public boolean mayReturn(String regionCode) {
    return status == ReviewStatus.UNDER_REVIEW
        && regionCode != null
        && regionCode.equals(holderRegionCode);
  }

  /**
   * Whether the regulator of {@code regionCode} may 审核通过 it now: it holds it, and it did not come
   * back from above (a record returned by the upper level goes on down or is corrected below).
   */
  public boolean mayApprove(String regionCode) {
    return mayReturn(regionCode) && arrival != Arrival.RETURNED_BY_UPPER;
  }

  /** 审核通过: up one level, or into the national database at the top. */
  public ReviewAction approve(String reviewerRegionCode, LocalDateTime now) {
    requireHeldBy(reviewerRegionCode);
    if (arrival == Arrival.RETURNED_BY_UPPER) {
      throw new IllegalMoveException("census.error.cannotApproveReturned");
    }
    heldSince = now;
    if (route().isTop(reviewerRegionCode)) {
      status = ReviewStatus.ARCHIVED;
      holderRegionCode = null;
      arrival = null;
      archivedAt = now;
      return ReviewAction.ARCHIVE;
    }
    holderRegionCode = route().above(reviewerRegionCode);
    arrival = Arrival.SUBMITTED_BY_LOWER;
    return ReviewAction.APPROVE;
  }

  /**
   * 退回: exactly one step down, to the level below or, from the supervising level, to the
   * enterprise.
   */
  public ReviewAction returnDown(String reviewerRegionCode, String reason, LocalDateTime now) {
    requireHeldBy(reviewerRegionCode);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("census.error.reasonRequired");
    }
    if (reason.length() > MAX_REASON_LENGTH) {
      throw new InvalidInputException("census.error.reasonTooLong", MAX_REASON_LENGTH);
    }
    heldSince = now;
    String below = route().below(reviewerRegionCode);
    if (below == null) {
      status = ReviewStatus.RETURNED;
      holderRegionCode = null;
      arrival = null;
      return ReviewAction.RETURN_TO_ENTERPRISE;
    }
    holderRegionCode = below;
    arrival = Arrival.RETURNED_BY_UPPER;
    return ReviewAction.RETURN_TO_LOWER;
  }

  private void requireEditable() {
    if (!isEditable()) {
      throw new IllegalMoveException("census.error.notEditable");
    }
  }

  private void requireHeldBy(String regionCode) {
    if (!mayReturn(regionCode)) {
      throw new IllegalMoveException("census.error.alreadyHandled");
    }
  }

  public Long getId() {
    return id;
  }

  public Organisation getEnterprise() {
    return enterprise;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public RecordType getType() {
    return type;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public String getName() {
    return name;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public RegionAncestry getAncestry() {
    return ancestry;
  }

  public String getSupervisingPath() {
    return supervisingPath;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public Arrival getArrival() {
    return arrival;
  }

  public String getHolderRegionCode() {
    return holderRegionCode;
  }

  public LocalDateTime getHeldSince() {
    return heldSince;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getArchivedAt() {
    return archivedAt;
  }

  public CommonFacts getCommon() {
    return common == null ? new CommonFacts() : common;
  }

  public UndergroundFacts getUnderground() {
    return underground == null ? new UndergroundFacts() : underground;
  }

  public OpenPitFacts getOpenPit() {
    return openPit == null ? new OpenPitFacts() : openPit;
  }

  public TailingsFacts getTailings() {
    return tailings == null ? new TailingsFacts() : tailings;
  }

  public long getVersion() {
    return version;
  }
}
