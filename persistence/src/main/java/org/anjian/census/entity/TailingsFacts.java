package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * 尾矿库 record. Units: capacities and volumes 万m³, heights and lengths m, catchment km², flood
 * standard as return period in years. 等别 is computed, never typed. 头顶库: residents or facilities
 * within 1 km downstream.
 */
@Embeddable
public class TailingsFacts implements Serializable {

  private static final long serialVersionUID = 1L;

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

  /** Recomputes 等别 from total capacity and dam height (AQ 2006); null while either is missing. */
  public void computeGrade() {
    grade = TailingsGrade.of(totalCapacity, damHeight);
  }
}
