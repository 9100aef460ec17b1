package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Organisation;
import org.anjian.region.entity.RegionAncestry;

/**
 * The enterprise as a grading application names it — name, credit code, region, industry and the 专业
 * applied for — copied from the enterprise when the application is created and from the application
 * when a certificate is printed, so that later changes to the enterprise change neither. Same
 * columns in both tables.
 */
@Embeddable
public class EnterpriseSnapshot implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "enterprise_name")
  private String enterpriseName;

  @Column(name = "credit_code")
  private String creditCode;

  @Column(name = "region_code")
  private String regionCode;

  @Embedded private RegionAncestry ancestry;

  @Enumerated(EnumType.STRING)
  private Industry industry;

  /** 专业 within the industry, e.g. 炼钢. */
  @Size(max = 64)
  private String speciality;

  protected EnterpriseSnapshot() {}

  /** The enterprise as registered now; the 专业 is chosen on the application form. */
  static EnterpriseSnapshot of(Organisation enterprise) {
    EnterpriseSnapshot snapshot = new EnterpriseSnapshot();
    snapshot.enterpriseName = enterprise.getName();
    snapshot.creditCode = enterprise.getCreditCode();
    snapshot.regionCode = enterprise.getRegion().getCode();
    snapshot.ancestry = enterprise.getAncestry();
    snapshot.industry = enterprise.getIndustry();
    return snapshot;
  }

  /** A value copy, for a certificate that must not follow later edits of its application. */
  EnterpriseSnapshot copy() {
    EnterpriseSnapshot copy = new EnterpriseSnapshot();
    copy.enterpriseName = enterpriseName;
    copy.creditCode = creditCode;
    copy.regionCode = regionCode;
    copy.ancestry = ancestry;
    copy.industry = industry;
    copy.speciality = speciality;
    return copy;
  }

  public String getEnterpriseName() {
    return enterpriseName;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public RegionAncestry getAncestry() {
    return ancestry;
  }

  public Industry getIndustry() {
    return industry;
  }

  public String getSpeciality() {
    return speciality;
  }

  void setSpeciality(String speciality) {
    this.speciality = speciality;
  }
}
