package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.anjian.census.entity.Choices.EconomicType;
import org.anjian.census.entity.Choices.MineIndustry;
import org.anjian.census.entity.Choices.MineScale;
import org.anjian.census.entity.Choices.RiskLevel;
import org.anjian.census.entity.Choices.StandardisationGrade;

/**
 * The part every census record has (one record per 独立生产系统). Units: capacities 万t/a, output 万t,
 * headcounts 人, coordinates WGS-84 degrees to 6 decimals. Where an ownerless pond has no
 * enterprise, text fields accept 无.
 */
@Embeddable
public class CommonFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MINE_CODE_LENGTH = 32;
  public static final int CREDIT_CODE_LENGTH = 18;
  public static final int LICENCE_NO_LENGTH = 64;
  public static final int MINERAL_LENGTH = 32;
  public static final int MINERALS_LENGTH = 128;
  public static final int PERSON_LENGTH = 64;
  public static final int PHONE_LENGTH = 32;
  public static final int AGENCY_LENGTH = 128;

  @Size(max = MINE_CODE_LENGTH)
  @Column(name = "mine_code")
  private String mineCode;

  @Size(max = CREDIT_CODE_LENGTH)
  @Column(name = "credit_code")
  private String creditCode;

  @Size(max = LICENCE_NO_LENGTH)
  @Column(name = "mining_licence_no")
  private String miningLicenceNo;

  @Column(name = "mining_licence_valid_until")
  private LocalDate miningLicenceValidUntil;

  @Size(max = LICENCE_NO_LENGTH)
  @Column(name = "safety_licence_no")
  private String safetyLicenceNo;

  @Column(name = "safety_licence_valid_until")
  private LocalDate safetyLicenceValidUntil;

  @Size(max = MINERAL_LENGTH)
  @Column(name = "main_mineral")
  private String mainMineral;

  @Size(max = MINERALS_LENGTH)
  @Column(name = "associated_minerals")
  private String associatedMinerals;

  @Enumerated(EnumType.STRING)
  @Column(name = "mine_industry")
  private MineIndustry mineIndustry;

  @Enumerated(EnumType.STRING)
  @Column(name = "economic_type")
  private EconomicType economicType;

  @Column(name = "built_on")
  private LocalDate builtOn;

  @Column(name = "production_started_on")
  private LocalDate productionStartedOn;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "design_capacity")
  private BigDecimal designCapacity;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "actual_capacity")
  private BigDecimal actualCapacity;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "last_year_output")
  private BigDecimal lastYearOutput;

  @Enumerated(EnumType.STRING)
  @Column(name = "mine_scale")
  private MineScale scale;

  @Size(max = PERSON_LENGTH)
  @Column(name = "legal_representative")
  private String legalRepresentative;

  @Size(max = PERSON_LENGTH)
  private String principal;

  @Size(max = PHONE_LENGTH)
  @Column(name = "principal_phone")
  private String principalPhone;

  @Size(max = PERSON_LENGTH)
  @Column(name = "safety_manager")
  private String safetyManager;

  @Size(max = PHONE_LENGTH)
  @Column(name = "safety_manager_phone")
  private String safetyManagerPhone;

  @Column(name = "has_safety_department")
  private Boolean hasSafetyDepartment;

  @PositiveOrZero
  @Column(name = "full_time_safety_staff")
  private Integer fullTimeSafetyStaff;

  @PositiveOrZero
  @Column(name = "technical_staff")
  private Integer technicalStaff;

  @PositiveOrZero
  @Column(name = "special_operators")
  private Integer specialOperators;

  @PositiveOrZero private Integer employees;

  @PositiveOrZero
  @Column(name = "contractor_teams")
  private Integer contractorTeams;

  /** Mainland China lies within 73.5–135.1° E and 3.8–53.6° N. */
  @DecimalMin("73.5")
  @DecimalMax("135.1")
  @Digits(integer = 3, fraction = 6)
  private BigDecimal longitude;

  @DecimalMin("3.8")
  @DecimalMax("53.6")
  @Digits(integer = 2, fraction = 6)
  private BigDecimal latitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "standardisation_grade")
  private StandardisationGrade standardisationGrade;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level")
  private RiskLevel riskLevel;

  @Size(max = AGENCY_LENGTH)
  @Column(name = "technical_service_agency")
  private String technicalServiceAgency;

  @Size(max = PHONE_LENGTH)
  @Column(name = "legal_representative_phone")
  private String legalRepresentativePhone;

  public String getMineCode() {
    return mineCode;
  }

  public void setMineCode(String mineCode) {
    this.mineCode = mineCode;
  }

  public String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(String creditCode) {
    this.creditCode = creditCode;
  }

  public String getMiningLicenceNo() {
    return miningLicenceNo;
  }

  public void setMiningLicenceNo(String miningLicenceNo) {
    this.miningLicenceNo = miningLicenceNo;
  }

  public LocalDate getMiningLicenceValidUntil() {
    return miningLicenceValidUntil;
  }

  public void setMiningLicenceValidUntil(LocalDate miningLicenceValidUntil) {
    this.miningLicenceValidUntil = miningLicenceValidUntil;
  }

  public String getSafetyLicenceNo() {
    return safetyLicenceNo;
  }

  public void setSafetyLicenceNo(String safetyLicenceNo) {
    this.safetyLicenceNo = safetyLicenceNo;
  }

  public LocalDate getSafetyLicenceValidUntil() {
    return safetyLicenceValidUntil;
  }

  public void setSafetyLicenceValidUntil(LocalDate safetyLicenceValidUntil) {
    this.safetyLicenceValidUntil = safetyLicenceValidUntil;
  }

  public String getMainMineral() {
    return mainMineral;
  }

  public void setMainMineral(String mainMineral) {
    this.mainMineral = mainMineral;
  }

  public String getAssociatedMinerals() {
    return associatedMinerals;
  }

  public void setAssociatedMinerals(String associatedMinerals) {
    this.associatedMinerals = associatedMinerals;
  }

  public MineIndustry getMineIndustry() {
    return mineIndustry;
  }

  public void setMineIndustry(MineIndustry mineIndustry) {
    this.mineIndustry = mineIndustry;
  }

  public EconomicType getEconomicType() {
    return economicType;
  }

  public void setEconomicType(EconomicType economicType) {
    this.economicType = economicType;
  }

  public LocalDate getBuiltOn() {
    return builtOn;
  }

  public void setBuiltOn(LocalDate builtOn) {
    this.builtOn = builtOn;
  }

  public LocalDate getProductionStartedOn() {
    return productionStartedOn;
  }

  public void setProductionStartedOn(LocalDate productionStartedOn) {
    this.productionStartedOn = productionStartedOn;
  }

  public BigDecimal getDesignCapacity() {
    return designCapacity;
  }

  public void setDesignCapacity(BigDecimal designCapacity) {
    this.designCapacity = designCapacity;
  }

  public BigDecimal getActualCapacity() {
    return actualCapacity;
  }

  public void setActualCapacity(BigDecimal actualCapacity) {
    this.actualCapacity = actualCapacity;
  }

  public BigDecimal getLastYearOutput() {
    return lastYearOutput;
  }

  public void setLastYearOutput(BigDecimal lastYearOutput) {
    this.lastYearOutput = lastYearOutput;
  }

  public MineScale getScale() {
    return scale;
  }

  public void setScale(MineScale scale) {
    this.scale = scale;
  }

  public String getLegalRepresentative() {
    return legalRepresentative;
  }

  public void setLegalRepresentative(String legalRepresentative) {
    this.legalRepresentative = legalRepresentative;
  }

  public String getPrincipal() {
    return principal;
  }

  public void setPrincipal(String principal) {
    this.principal = principal;
  }

  public String getPrincipalPhone() {
    return principalPhone;
  }

  public void setPrincipalPhone(String principalPhone) {
    this.principalPhone = principalPhone;
  }

  public String getSafetyManager() {
    return safetyManager;
  }

  public void setSafetyManager(String safetyManager) {
    this.safetyManager = safetyManager;
  }

  public String getSafetyManagerPhone() {
    return safetyManagerPhone;
  }

  public void setSafetyManagerPhone(String safetyManagerPhone) {
    this.safetyManagerPhone = safetyManagerPhone;
  }

  public Boolean getHasSafetyDepartment() {
    return hasSafetyDepartment;
  }

  public void setHasSafetyDepartment(Boolean hasSafetyDepartment) {
    this.hasSafetyDepartment = hasSafetyDepartment;
  }

  public Integer getFullTimeSafetyStaff() {
    return fullTimeSafetyStaff;
  }

  public void setFullTimeSafetyStaff(Integer fullTimeSafetyStaff) {
    this.fullTimeSafetyStaff = fullTimeSafetyStaff;
  }

  public Integer getTechnicalStaff() {
    return technicalStaff;
  }

  public void setTechnicalStaff(Integer technicalStaff) {
    this.technicalStaff = technicalStaff;
  }

  public Integer getSpecialOperators() {
    return specialOperators;
  }

  public void setSpecialOperators(Integer specialOperators) {
    this.specialOperators = specialOperators;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public Integer getContractorTeams() {
    return contractorTeams;
  }

  public void setContractorTeams(Integer contractorTeams) {
    this.contractorTeams = contractorTeams;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public StandardisationGrade getStandardisationGrade() {
    return standardisationGrade;
  }

  public void setStandardisationGrade(StandardisationGrade standardisationGrade) {
    this.standardisationGrade = standardisationGrade;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public String getTechnicalServiceAgency() {
    return technicalServiceAgency;
  }

  public void setTechnicalServiceAgency(String technicalServiceAgency) {
    this.technicalServiceAgency = technicalServiceAgency;
  }

  public String getLegalRepresentativePhone() {
    return legalRepresentativePhone;
  }

  public void setLegalRepresentativePhone(String legalRepresentativePhone) {
    this.legalRepresentativePhone = legalRepresentativePhone;
  }
}
