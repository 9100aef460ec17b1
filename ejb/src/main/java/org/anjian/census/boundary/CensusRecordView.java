package org.anjian.census.boundary;

import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.census.control.CensusAccess;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.CommonFacts;
import org.anjian.census.entity.OpenPitFacts;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.census.entity.TailingsFacts;
import org.anjian.census.entity.UndergroundFacts;
import org.anjian.platform.control.DeepCopy;

/**
 * A census record as a page shows and edits it: detached copies of its facts that a page may bind
 * to and hand back, plus where the record is and what the caller may do with it. Never a managed
 * entity. (Views are what a boundary hands to a page, inputs what a page hands in; a "form" is the
 * web bean behind a form page.)
 */
public class CensusRecordView implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private long version;
  private RecordType type;
  private MiningMethod miningMethod;
  private String name;
  private String enterpriseName;
  private String regionName;
  private String regionCode;
  private String supervisorName;
  private ReviewStatus status;
  private Arrival arrival;
  private String holderName;
  private LocalDateTime heldSince;
  private boolean editable;
  private boolean approvable;
  private boolean returnable;
  @Valid private CommonFacts common = new CommonFacts();
  @Valid private UndergroundFacts underground = new UndergroundFacts();
  @Valid private OpenPitFacts openPit = new OpenPitFacts();
  @Valid private TailingsFacts tailings = new TailingsFacts();

  /**
   * The record as the regulator of {@code reviewerRegionCode} sees it: whether it may 审核通过 or 退回
   * now follows the record's own rules ({@link CensusRecord#mayApprove}).
   */
  static CensusRecordView forReviewer(
      CensusRecord record, CensusAccess access, String reviewerRegionCode) {
    CensusRecordView form = of(record, access);
    form.approvable = record.mayApprove(reviewerRegionCode);
    form.returnable = record.mayReturn(reviewerRegionCode);
    return form;
  }

  static CensusRecordView of(CensusRecord record, CensusAccess access) {
    CensusRecordView form = new CensusRecordView();
    form.id = record.getId();
    form.version = record.getVersion();
    form.type = record.getType();
    form.miningMethod = record.getMiningMethod();
    form.name = record.getName();
    form.enterpriseName = record.getEnterprise().getName();
    form.regionName = access.regionName(record.getRegionCode());
    form.regionCode = record.getRegionCode();
    form.supervisorName = access.holderName(record.route().first());
    form.status = record.getStatus();
    form.arrival = record.getArrival();
    form.holderName = access.holderName(record.getHolderRegionCode());
    form.heldSince = record.getHeldSince();
    form.editable = record.isEditable();
    form.common = DeepCopy.of(record.getCommon());
    form.underground = DeepCopy.of(record.getUnderground());
    form.openPit = DeepCopy.of(record.getOpenPit());
    form.tailings = DeepCopy.of(record.getTailings());
    return form;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
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

  public void setName(String name) {
    this.name = name;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getRegionName() {
    return regionName;
  }

  /**
   * The record's own county-level region; the enterprise may change it while it holds the record.
   */
  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  /** The regulator where this record's review starts (its supervising regulator). */
  public String getSupervisorName() {
    return supervisorName;
  }

  public ReviewStatus getStatus() {
    return status;
  }

  public Arrival getArrival() {
    return arrival;
  }

  public String getHolderName() {
    return holderName;
  }

  public LocalDateTime getHeldSince() {
    return heldSince;
  }

  public boolean isEditable() {
    return editable;
  }

  /** 审核通过 is possible for the regulator that loaded it (false for an enterprise). */
  public boolean isApprovable() {
    return approvable;
  }

  /** 退回 is possible for the regulator that loaded it (false for an enterprise). */
  public boolean isReturnable() {
    return returnable;
  }

  public CommonFacts getCommon() {
    return common;
  }

  public UndergroundFacts getUnderground() {
    return underground;
  }

  public OpenPitFacts getOpenPit() {
    return openPit;
  }

  public TailingsFacts getTailings() {
    return tailings;
  }
}
