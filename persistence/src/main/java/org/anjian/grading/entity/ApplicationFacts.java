package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.anjian.account.entity.Contacts;
import org.anjian.account.entity.EnterpriseBasics;

/**
 * 基本情况表 and 企业重要信息表 of the national application form (总局制 达标评审申请表): what the enterprise states
 * about itself when it applies. Money is in 万元.
 */
@Embeddable
public class ApplicationFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 256)
  private String address;

  /** 企业性质 (国有, 集体, 私营, 外资…). */
  @Size(max = 32)
  private String ownership;

  /** 安全管理机构. */
  @Size(max = 64)
  @Column(name = "safety_department")
  private String safetyDepartment;

  @Min(1)
  @Max(1_000_000)
  private Integer employees;

  @Min(0)
  @Max(100_000)
  @Column(name = "safety_managers")
  private Integer safetyManagers;

  @Min(0)
  @Max(100_000)
  @Column(name = "special_operators")
  private Integer specialOperators;

  @DecimalMin("0")
  @Column(name = "fixed_assets")
  private BigDecimal fixedAssets;

  @DecimalMin("0")
  @Column(name = "main_revenue")
  private BigDecimal mainRevenue;

  @Column(name = "shift_work")
  private Boolean shiftWork;

  @Min(0)
  @Max(1_000_000)
  @Column(name = "shift_workers")
  private Integer shiftWorkers;

  @Size(max = 32)
  @Column(name = "shift_pattern")
  private String shiftPattern;

  @Valid @Embedded private Contacts contacts = new Contacts();

  /** Levels held before, e.g. "2023年三级". */
  @Size(max = 64)
  @Column(name = "previous_level")
  private String previousLevel;

  @Size(max = 128)
  @Column(name = "group_name")
  private String groupName;

  /** 职业健康安全管理体系 certificate number, if any. */
  @Size(max = 64)
  @Column(name = "ohs_certificate")
  private String ohsCertificate;

  /** 自评小组 members. */
  @Size(max = 500)
  @Column(name = "self_evaluation_team")
  private String selfEvaluationTeam;

  /** 企业概况. */
  @Size(max = 2000)
  private String overview;

  /** Serious injuries, deaths, major accidents and occupational disease of the last three years. */
  @Size(max = 2000)
  @Column(name = "accident_record")
  private String accidentRecord;

  /** Starts the form from the enterprise's registered basic information (注册信息维护). */
  public void takeBasics(EnterpriseBasics basics) {
    address = basics.getAddress();
    ownership = basics.getOwnership();
    employees = basics.getEmployees();
    contacts = basics.getContacts().copy();
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getOwnership() {
    return ownership;
  }

  public void setOwnership(String ownership) {
    this.ownership = ownership;
  }

  public String getSafetyDepartment() {
    return safetyDepartment;
  }

  public void setSafetyDepartment(String safetyDepartment) {
    this.safetyDepartment = safetyDepartment;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public Integer getSafetyManagers() {
    return safetyManagers;
  }

  public void setSafetyManagers(Integer safetyManagers) {
    this.safetyManagers = safetyManagers;
  }

  public Integer getSpecialOperators() {
    return specialOperators;
  }

  public void setSpecialOperators(Integer specialOperators) {
    this.specialOperators = specialOperators;
  }

  public BigDecimal getFixedAssets() {
    return fixedAssets;
  }

  public void setFixedAssets(BigDecimal fixedAssets) {
    this.fixedAssets = fixedAssets;
  }

  public BigDecimal getMainRevenue() {
    return mainRevenue;
  }

  public void setMainRevenue(BigDecimal mainRevenue) {
    this.mainRevenue = mainRevenue;
  }

  public Boolean getShiftWork() {
    return shiftWork;
  }

  public void setShiftWork(Boolean shiftWork) {
    this.shiftWork = shiftWork;
  }

  public Integer getShiftWorkers() {
    return shiftWorkers;
  }

  public void setShiftWorkers(Integer shiftWorkers) {
    this.shiftWorkers = shiftWorkers;
  }

  public String getShiftPattern() {
    return shiftPattern;
  }

  public void setShiftPattern(String shiftPattern) {
    this.shiftPattern = shiftPattern;
  }

  /**
   * Never null: a row whose contact columns are all empty loads without the part, which is then
   * made here so that the application form can fill it in.
   */
  public Contacts getContacts() {
    if (contacts == null) {
      contacts = new Contacts();
    }
    return contacts;
  }

  public String getPreviousLevel() {
    return previousLevel;
  }

  public void setPreviousLevel(String previousLevel) {
    this.previousLevel = previousLevel;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public String getOhsCertificate() {
    return ohsCertificate;
  }

  public void setOhsCertificate(String ohsCertificate) {
    this.ohsCertificate = ohsCertificate;
  }

  public String getSelfEvaluationTeam() {
    return selfEvaluationTeam;
  }

  public void setSelfEvaluationTeam(String selfEvaluationTeam) {
    this.selfEvaluationTeam = selfEvaluationTeam;
  }

  public String getOverview() {
    return overview;
  }

  public void setOverview(String overview) {
    this.overview = overview;
  }

  public String getAccidentRecord() {
    return accidentRecord;
  }

  public void setAccidentRecord(String accidentRecord) {
    this.accidentRecord = accidentRecord;
  }

  /** 上一年度死亡人数: deaths in production safety accidents in the year before applying. */
  @Min(0)
  @Max(10_000)
  @Column(name = "deaths_last_year")
  private Integer deathsLastYear;

  /** A 较大 or worse accident (of the enterprise or its group) in the year before applying. */
  @Column(name = "major_accident_last_year")
  private Boolean majorAccidentLastYear;

  /** A large group, listed company or industry leader (大型集团/上市公司/行业领军企业): 一级 needs it. */
  @Column(name = "leading_enterprise")
  private Boolean leadingEnterprise;

  /** For a group: the share of its member enterprises without a fatality last year, in %. */
  @Min(0)
  @Max(100)
  @Column(name = "members_no_fatality_pct")
  private Integer membersWithoutFatalityPercent;

  public Integer getDeathsLastYear() {
    return deathsLastYear;
  }

  public void setDeathsLastYear(Integer deathsLastYear) {
    this.deathsLastYear = deathsLastYear;
  }

  public Boolean getMajorAccidentLastYear() {
    return majorAccidentLastYear;
  }

  public void setMajorAccidentLastYear(Boolean majorAccidentLastYear) {
    this.majorAccidentLastYear = majorAccidentLastYear;
  }

  public Boolean getLeadingEnterprise() {
    return leadingEnterprise;
  }

  public void setLeadingEnterprise(Boolean leadingEnterprise) {
    this.leadingEnterprise = leadingEnterprise;
  }

  public Integer getMembersWithoutFatalityPercent() {
    return membersWithoutFatalityPercent;
  }

  public void setMembersWithoutFatalityPercent(Integer membersWithoutFatalityPercent) {
    this.membersWithoutFatalityPercent = membersWithoutFatalityPercent;
  }
}
