package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 尾矿库 record. Units: capacities and volumes 万m³, heights and lengths m, catchment km², flood
 * standard as return period in years, particle size mm, specific gravity t/m³, beach slope %. 等别 is
 * computed, never typed; 一等 is recorded as a 二等 pond raised after 论证. 头顶库: residents or facilities
 * within 1 km downstream; the 下游 questions ask what lies downstream at any distance.
 */
@Embeddable
public class TailingsFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Longest free text of the sheet (an agency's name, the 论证 that raised the grade). */
  public static final int TEXT_LENGTH = 128;

  @Enumerated(EnumType.STRING)
  @Column(name = "pond_type")
  private Choices.PondType pondType;

  @Enumerated(EnumType.STRING)
  @Column(name = "discharge")
  private Choices.Discharge discharge;

  @Enumerated(EnumType.STRING)
  @Column(name = "tailings_grade")
  private TailingsGrade grade;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "total_capacity")
  private BigDecimal totalCapacity;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "pond_design_capacity")
  private BigDecimal designCapacity;

  @PositiveOrZero
  @DecimalMax("400")
  @Digits(integer = 4, fraction = 1)
  @Column(name = "dam_height")
  private BigDecimal damHeight;

  @PositiveOrZero
  @DecimalMax("400")
  @Digits(integer = 4, fraction = 1)
  @Column(name = "design_dam_height")
  private BigDecimal designDamHeight;

  @PositiveOrZero
  @Digits(integer = 6, fraction = 1)
  @Column(name = "dam_length")
  private BigDecimal damLength;

  @Enumerated(EnumType.STRING)
  @Column(name = "dam_building_method")
  private Choices.DamBuildingMethod damBuildingMethod;

  @PositiveOrZero
  @Column(name = "sub_dam_levels")
  private Integer subDamLevels;

  @PositiveOrZero
  @Digits(integer = 6, fraction = 2)
  @Column(name = "catchment_area")
  private BigDecimal catchmentArea;

  /** 防洪标准 of the initial period (初期); {@link #laterFloodReturnPeriod} is the later one. */
  @PositiveOrZero
  @Max(10000)
  @Column(name = "flood_return_period")
  private Integer floodReturnPeriod;

  @PositiveOrZero
  @Digits(integer = 3, fraction = 2)
  @Column(name = "freeboard")
  private BigDecimal freeboard;

  @PositiveOrZero
  @Digits(integer = 5, fraction = 1)
  @Column(name = "beach_length")
  private BigDecimal beachLength;

  @PositiveOrZero
  @Digits(integer = 5, fraction = 1)
  @Column(name = "min_beach_length")
  private BigDecimal minBeachLength;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "stored_volume")
  private BigDecimal storedVolume;

  @Enumerated(EnumType.STRING)
  @Column(name = "safety_status")
  private Choices.SafetyStatus safetyStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "hazard_class")
  private Choices.HazardClass hazardClass;

  @Column(name = "downstream_residents")
  private Boolean downstreamResidents;

  @Column(name = "downstream_railway")
  private Boolean downstreamRailway;

  @Column(name = "overhead_pond")
  private Boolean overheadPond;

  @Column(name = "major_river_zone")
  private Boolean majorRiverZone;

  @Column(name = "ownerless")
  private Boolean ownerless;

  // the later sheet's facts (migration V8): 运行状态, 一等 by 论证, 初期坝, flood, tailings, monitoring,
  // site hazards, 安全现状评价 and 竣工验收
  @Enumerated(EnumType.STRING)
  @Column(name = "operating_status")
  private Choices.OperatingStatus operatingStatus;

  @Column(name = "trial_operation_on")
  private LocalDate trialOperationOn;

  @Column(name = "grade_raised")
  private Boolean gradeRaised;

  @Size(max = TEXT_LENGTH)
  @Column(name = "grade_raise_basis")
  private String gradeRaiseBasis;

  @Enumerated(EnumType.STRING)
  @Column(name = "initial_dam_type")
  private Choices.InitialDamType initialDamType;

  @PositiveOrZero
  @DecimalMax("400")
  @Digits(integer = 4, fraction = 1)
  @Column(name = "initial_dam_height")
  private BigDecimal initialDamHeight;

  @PositiveOrZero
  @Digits(integer = 6, fraction = 1)
  @Column(name = "initial_dam_length")
  private BigDecimal initialDamLength;

  @PositiveOrZero
  @Max(10000)
  @Column(name = "later_flood_return_period")
  private Integer laterFloodReturnPeriod;

  @PositiveOrZero
  @Digits(integer = 8, fraction = 2)
  @Column(name = "flood_storage_capacity")
  private BigDecimal floodStorageCapacity;

  @PositiveOrZero
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  @Column(name = "beach_slope")
  private BigDecimal beachSlope;

  @Enumerated(EnumType.STRING)
  @Column(name = "flood_discharge_system")
  private Choices.FloodDischargeSystem floodDischargeSystem;

  @PositiveOrZero
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 3)
  @Column(name = "particle_size")
  private BigDecimal particleSize;

  @DecimalMin("1.0")
  @DecimalMax("6.0")
  @Digits(integer = 1, fraction = 2)
  @Column(name = "specific_gravity")
  private BigDecimal specificGravity;

  @Column(name = "monitor_displacement")
  private Boolean monitorDisplacement;

  @Column(name = "monitor_phreatic_line")
  private Boolean monitorPhreaticLine;

  @Column(name = "monitor_water_level")
  private Boolean monitorWaterLevel;

  @Column(name = "monitor_beach")
  private Boolean monitorBeach;

  @Column(name = "monitor_rainfall")
  private Boolean monitorRainfall;

  @Column(name = "monitor_video")
  private Boolean monitorVideo;

  @Min(6)
  @Max(9)
  @Column(name = "seismic_intensity")
  private Integer seismicIntensity;

  @Column(name = "landslide_hazard")
  private Boolean landslideHazard;

  @Column(name = "debris_flow_hazard")
  private Boolean debrisFlowHazard;

  @Column(name = "karst_hazard")
  private Boolean karstHazard;

  @Column(name = "deforestation_hazard")
  private Boolean deforestationHazard;

  @Size(max = TEXT_LENGTH)
  @Column(name = "safety_assessment_agency")
  private String safetyAssessmentAgency;

  @Column(name = "safety_assessed_on")
  private LocalDate safetyAssessedOn;

  @Column(name = "completion_accepted")
  private Boolean completionAccepted;

  @Column(name = "completion_accepted_on")
  private LocalDate completionAcceptedOn;

  public Choices.PondType getPondType() {
    return pondType;
  }

  public void setPondType(Choices.PondType pondType) {
    this.pondType = pondType;
  }

  public Choices.Discharge getDischarge() {
    return discharge;
  }

  public void setDischarge(Choices.Discharge discharge) {
    this.discharge = discharge;
  }

  public TailingsGrade getGrade() {
    return grade;
  }

  public BigDecimal getTotalCapacity() {
    return totalCapacity;
  }

  public void setTotalCapacity(BigDecimal totalCapacity) {
    this.totalCapacity = totalCapacity;
    computeGrade();
  }

  public BigDecimal getDesignCapacity() {
    return designCapacity;
  }

  public void setDesignCapacity(BigDecimal designCapacity) {
    this.designCapacity = designCapacity;
  }

  public BigDecimal getDamHeight() {
    return damHeight;
  }

  public void setDamHeight(BigDecimal damHeight) {
    this.damHeight = damHeight;
    computeGrade();
  }

  public BigDecimal getDesignDamHeight() {
    return designDamHeight;
  }

  public void setDesignDamHeight(BigDecimal designDamHeight) {
    this.designDamHeight = designDamHeight;
  }

  public BigDecimal getDamLength() {
    return damLength;
  }

  public void setDamLength(BigDecimal damLength) {
    this.damLength = damLength;
  }

  public Choices.DamBuildingMethod getDamBuildingMethod() {
    return damBuildingMethod;
  }

  public void setDamBuildingMethod(Choices.DamBuildingMethod damBuildingMethod) {
    this.damBuildingMethod = damBuildingMethod;
  }

  public Integer getSubDamLevels() {
    return subDamLevels;
  }

  public void setSubDamLevels(Integer subDamLevels) {
    this.subDamLevels = subDamLevels;
  }

  public BigDecimal getCatchmentArea() {
    return catchmentArea;
  }

  public void setCatchmentArea(BigDecimal catchmentArea) {
    this.catchmentArea = catchmentArea;
  }

  public Integer getFloodReturnPeriod() {
    return floodReturnPeriod;
  }

  public void setFloodReturnPeriod(Integer floodReturnPeriod) {
    this.floodReturnPeriod = floodReturnPeriod;
  }

  public BigDecimal getFreeboard() {
    return freeboard;
  }

  public void setFreeboard(BigDecimal freeboard) {
    this.freeboard = freeboard;
  }

  public BigDecimal getBeachLength() {
    return beachLength;
  }

  public void setBeachLength(BigDecimal beachLength) {
    this.beachLength = beachLength;
  }

  public BigDecimal getMinBeachLength() {
    return minBeachLength;
  }

  public void setMinBeachLength(BigDecimal minBeachLength) {
    this.minBeachLength = minBeachLength;
  }

  public BigDecimal getStoredVolume() {
    return storedVolume;
  }

  public void setStoredVolume(BigDecimal storedVolume) {
    this.storedVolume = storedVolume;
  }

  public Choices.SafetyStatus getSafetyStatus() {
    return safetyStatus;
  }

  public void setSafetyStatus(Choices.SafetyStatus safetyStatus) {
    this.safetyStatus = safetyStatus;
  }

  public Choices.HazardClass getHazardClass() {
    return hazardClass;
  }

  public void setHazardClass(Choices.HazardClass hazardClass) {
    this.hazardClass = hazardClass;
  }

  public Boolean getDownstreamResidents() {
    return downstreamResidents;
  }

  public void setDownstreamResidents(Boolean downstreamResidents) {
    this.downstreamResidents = downstreamResidents;
  }

  public Boolean getDownstreamRailway() {
    return downstreamRailway;
  }

  public void setDownstreamRailway(Boolean downstreamRailway) {
    this.downstreamRailway = downstreamRailway;
  }

  public Boolean getOverheadPond() {
    return overheadPond;
  }

  public void setOverheadPond(Boolean overheadPond) {
    this.overheadPond = overheadPond;
  }

  public Boolean getMajorRiverZone() {
    return majorRiverZone;
  }

  public void setMajorRiverZone(Boolean majorRiverZone) {
    this.majorRiverZone = majorRiverZone;
  }

  public Boolean getOwnerless() {
    return ownerless;
  }

  public void setOwnerless(Boolean ownerless) {
    this.ownerless = ownerless;
  }

  public Choices.OperatingStatus getOperatingStatus() {
    return operatingStatus;
  }

  public void setOperatingStatus(Choices.OperatingStatus operatingStatus) {
    this.operatingStatus = operatingStatus;
  }

  public LocalDate getTrialOperationOn() {
    return trialOperationOn;
  }

  public void setTrialOperationOn(LocalDate trialOperationOn) {
    this.trialOperationOn = trialOperationOn;
  }

  public Boolean getGradeRaised() {
    return gradeRaised;
  }

  public void setGradeRaised(Boolean gradeRaised) {
    this.gradeRaised = gradeRaised;
    computeGrade();
  }

  public String getGradeRaiseBasis() {
    return gradeRaiseBasis;
  }

  public void setGradeRaiseBasis(String gradeRaiseBasis) {
    this.gradeRaiseBasis = gradeRaiseBasis;
  }

  public Choices.InitialDamType getInitialDamType() {
    return initialDamType;
  }

  public void setInitialDamType(Choices.InitialDamType initialDamType) {
    this.initialDamType = initialDamType;
  }

  public BigDecimal getInitialDamHeight() {
    return initialDamHeight;
  }

  public void setInitialDamHeight(BigDecimal initialDamHeight) {
    this.initialDamHeight = initialDamHeight;
  }

  public BigDecimal getInitialDamLength() {
    return initialDamLength;
  }

  public void setInitialDamLength(BigDecimal initialDamLength) {
    this.initialDamLength = initialDamLength;
  }

  public Integer getLaterFloodReturnPeriod() {
    return laterFloodReturnPeriod;
  }

  public void setLaterFloodReturnPeriod(Integer laterFloodReturnPeriod) {
    this.laterFloodReturnPeriod = laterFloodReturnPeriod;
  }

  public BigDecimal getFloodStorageCapacity() {
    return floodStorageCapacity;
  }

  public void setFloodStorageCapacity(BigDecimal floodStorageCapacity) {
    this.floodStorageCapacity = floodStorageCapacity;
  }

  public BigDecimal getBeachSlope() {
    return beachSlope;
  }

  public void setBeachSlope(BigDecimal beachSlope) {
    this.beachSlope = beachSlope;
  }

  public Choices.FloodDischargeSystem getFloodDischargeSystem() {
    return floodDischargeSystem;
  }

  public void setFloodDischargeSystem(Choices.FloodDischargeSystem floodDischargeSystem) {
    this.floodDischargeSystem = floodDischargeSystem;
  }

  public BigDecimal getParticleSize() {
    return particleSize;
  }

  public void setParticleSize(BigDecimal particleSize) {
    this.particleSize = particleSize;
  }

  public BigDecimal getSpecificGravity() {
    return specificGravity;
  }

  public void setSpecificGravity(BigDecimal specificGravity) {
    this.specificGravity = specificGravity;
  }

  public Boolean getMonitorDisplacement() {
    return monitorDisplacement;
  }

  public void setMonitorDisplacement(Boolean monitorDisplacement) {
    this.monitorDisplacement = monitorDisplacement;
  }

  public Boolean getMonitorPhreaticLine() {
    return monitorPhreaticLine;
  }

  public void setMonitorPhreaticLine(Boolean monitorPhreaticLine) {
    this.monitorPhreaticLine = monitorPhreaticLine;
  }

  public Boolean getMonitorWaterLevel() {
    return monitorWaterLevel;
  }

  public void setMonitorWaterLevel(Boolean monitorWaterLevel) {
    this.monitorWaterLevel = monitorWaterLevel;
  }

  public Boolean getMonitorBeach() {
    return monitorBeach;
  }

  public void setMonitorBeach(Boolean monitorBeach) {
    this.monitorBeach = monitorBeach;
  }

  public Boolean getMonitorRainfall() {
    return monitorRainfall;
  }

  public void setMonitorRainfall(Boolean monitorRainfall) {
    this.monitorRainfall = monitorRainfall;
  }

  public Boolean getMonitorVideo() {
    return monitorVideo;
  }

  public void setMonitorVideo(Boolean monitorVideo) {
    this.monitorVideo = monitorVideo;
  }

  public Integer getSeismicIntensity() {
    return seismicIntensity;
  }

  public void setSeismicIntensity(Integer seismicIntensity) {
    this.seismicIntensity = seismicIntensity;
  }

  public Boolean getLandslideHazard() {
    return landslideHazard;
  }

  public void setLandslideHazard(Boolean landslideHazard) {
    this.landslideHazard = landslideHazard;
  }

  public Boolean getDebrisFlowHazard() {
    return debrisFlowHazard;
  }

  public void setDebrisFlowHazard(Boolean debrisFlowHazard) {
    this.debrisFlowHazard = debrisFlowHazard;
  }

  public Boolean getKarstHazard() {
    return karstHazard;
  }

  public void setKarstHazard(Boolean karstHazard) {
    this.karstHazard = karstHazard;
  }

  public Boolean getDeforestationHazard() {
    return deforestationHazard;
  }

  public void setDeforestationHazard(Boolean deforestationHazard) {
    this.deforestationHazard = deforestationHazard;
  }

  public String getSafetyAssessmentAgency() {
    return safetyAssessmentAgency;
  }

  public void setSafetyAssessmentAgency(String safetyAssessmentAgency) {
    this.safetyAssessmentAgency = safetyAssessmentAgency;
  }

  public LocalDate getSafetyAssessedOn() {
    return safetyAssessedOn;
  }

  public void setSafetyAssessedOn(LocalDate safetyAssessedOn) {
    this.safetyAssessedOn = safetyAssessedOn;
  }

  public Boolean getCompletionAccepted() {
    return completionAccepted;
  }

  public void setCompletionAccepted(Boolean completionAccepted) {
    this.completionAccepted = completionAccepted;
  }

  public LocalDate getCompletionAcceptedOn() {
    return completionAcceptedOn;
  }

  public void setCompletionAcceptedOn(LocalDate completionAcceptedOn) {
    this.completionAcceptedOn = completionAcceptedOn;
  }

  /**
   * Recomputes 等别 from total capacity and dam height (AQ 2006), 一等 when a 二等 pond was raised after
   * 论证; null while either figure is missing.
   */
  public void computeGrade() {
    grade = TailingsGrade.of(totalCapacity, damHeight, gradeRaised);
  }
}
