package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.Serializable;
import java.math.BigDecimal;

/** 地下矿山 part of a metal/non-metal mine record. Units: depth m, air m³/min and %, water m³/h. */
@Embeddable
public class UndergroundFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "development_method")
  private Choices.DevelopmentMethod developmentMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "ventilation_method")
  private Choices.VentilationMethod ventilationMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "hoisting_method")
  private Choices.HoistingMethod hoistingMethod;

  @Enumerated(EnumType.STRING)
  @Column(name = "power_supply")
  private Choices.PowerSupply powerSupply;

  @PositiveOrZero
  @Digits(integer = 5, fraction = 1)
  @Column(name = "design_depth")
  private BigDecimal designDepth;

  @PositiveOrZero
  @Column(name = "production_levels")
  private Integer productionLevels;

  @PositiveOrZero
  @Column(name = "stopes")
  private Integer stopes;

  @PositiveOrZero
  @Column(name = "underground_workers")
  private Integer undergroundWorkers;

  @PositiveOrZero
  @Digits(integer = 7, fraction = 1)
  @Column(name = "total_air_intake")
  private BigDecimal totalAirIntake;

  @PositiveOrZero
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 1)
  @Column(name = "effective_air_rate")
  private BigDecimal effectiveAirRate;

  @PositiveOrZero
  @Digits(integer = 7, fraction = 1)
  @Column(name = "max_water_inflow")
  private BigDecimal maxWaterInflow;

  @PositiveOrZero
  @Digits(integer = 7, fraction = 1)
  @Column(name = "drainage_capacity")
  private BigDecimal drainageCapacity;

  @Column(name = "gas_hazard")
  private Boolean gasHazard;

  @Column(name = "coal_associated")
  private Boolean coalAssociated;

  @Column(name = "radioactive")
  private Boolean radioactive;

  @Column(name = "spontaneous_combustion")
  private Boolean spontaneousCombustion;

  @Column(name = "high_sulfur")
  private Boolean highSulfur;

  @Column(name = "dust_explosion")
  private Boolean dustExplosion;

  @Column(name = "rockburst")
  private Boolean rockburst;

  @Column(name = "open_pit_interaction")
  private Boolean openPitInteraction;

  @PositiveOrZero
  @Column(name = "safety_exits")
  private Integer safetyExits;

  @Column(name = "six_systems")
  private Boolean sixSystems;

  @PositiveOrZero
  @Column(name = "shaft_count")
  private Integer shaftCount;

  public Choices.DevelopmentMethod getDevelopmentMethod() {
    return developmentMethod;
  }

  public void setDevelopmentMethod(Choices.DevelopmentMethod developmentMethod) {
    this.developmentMethod = developmentMethod;
  }

  public Choices.VentilationMethod getVentilationMethod() {
    return ventilationMethod;
  }

  public void setVentilationMethod(Choices.VentilationMethod ventilationMethod) {
    this.ventilationMethod = ventilationMethod;
  }

  public Choices.HoistingMethod getHoistingMethod() {
    return hoistingMethod;
  }

  public void setHoistingMethod(Choices.HoistingMethod hoistingMethod) {
    this.hoistingMethod = hoistingMethod;
  }

  public Choices.PowerSupply getPowerSupply() {
    return powerSupply;
  }

  public void setPowerSupply(Choices.PowerSupply powerSupply) {
    this.powerSupply = powerSupply;
  }

  public BigDecimal getDesignDepth() {
    return designDepth;
  }

  public void setDesignDepth(BigDecimal designDepth) {
    this.designDepth = designDepth;
  }

  public Integer getProductionLevels() {
    return productionLevels;
  }

  public void setProductionLevels(Integer productionLevels) {
    this.productionLevels = productionLevels;
  }

  public Integer getStopes() {
    return stopes;
  }

  public void setStopes(Integer stopes) {
    this.stopes = stopes;
  }

  public Integer getUndergroundWorkers() {
    return undergroundWorkers;
  }

  public void setUndergroundWorkers(Integer undergroundWorkers) {
    this.undergroundWorkers = undergroundWorkers;
  }

  public BigDecimal getTotalAirIntake() {
    return totalAirIntake;
  }

  public void setTotalAirIntake(BigDecimal totalAirIntake) {
    this.totalAirIntake = totalAirIntake;
  }

  public BigDecimal getEffectiveAirRate() {
    return effectiveAirRate;
  }

  public void setEffectiveAirRate(BigDecimal effectiveAirRate) {
    this.effectiveAirRate = effectiveAirRate;
  }

  public BigDecimal getMaxWaterInflow() {
    return maxWaterInflow;
  }

  public void setMaxWaterInflow(BigDecimal maxWaterInflow) {
    this.maxWaterInflow = maxWaterInflow;
  }

  public BigDecimal getDrainageCapacity() {
    return drainageCapacity;
  }

  public void setDrainageCapacity(BigDecimal drainageCapacity) {
    this.drainageCapacity = drainageCapacity;
  }

  public Boolean getGasHazard() {
    return gasHazard;
  }

  public void setGasHazard(Boolean gasHazard) {
    this.gasHazard = gasHazard;
  }

  public Boolean getCoalAssociated() {
    return coalAssociated;
  }

  public void setCoalAssociated(Boolean coalAssociated) {
    this.coalAssociated = coalAssociated;
  }

  public Boolean getRadioactive() {
    return radioactive;
  }

  public void setRadioactive(Boolean radioactive) {
    this.radioactive = radioactive;
  }

  public Boolean getSpontaneousCombustion() {
    return spontaneousCombustion;
  }

  public void setSpontaneousCombustion(Boolean spontaneousCombustion) {
    this.spontaneousCombustion = spontaneousCombustion;
  }

  public Boolean getHighSulfur() {
    return highSulfur;
  }

  public void setHighSulfur(Boolean highSulfur) {
    this.highSulfur = highSulfur;
  }

  public Boolean getDustExplosion() {
    return dustExplosion;
  }

  public void setDustExplosion(Boolean dustExplosion) {
    this.dustExplosion = dustExplosion;
  }

  public Boolean getRockburst() {
    return rockburst;
  }

  public void setRockburst(Boolean rockburst) {
    this.rockburst = rockburst;
  }

  public Boolean getOpenPitInteraction() {
    return openPitInteraction;
  }

  public void setOpenPitInteraction(Boolean openPitInteraction) {
    this.openPitInteraction = openPitInteraction;
  }

  public Integer getSafetyExits() {
    return safetyExits;
  }

  public void setSafetyExits(Integer safetyExits) {
    this.safetyExits = safetyExits;
  }

  public Boolean getSixSystems() {
    return sixSystems;
  }

  public void setSixSystems(Boolean sixSystems) {
    this.sixSystems = sixSystems;
  }

  public Integer getShaftCount() {
    return shaftCount;
  }

  public void setShaftCount(Integer shaftCount) {
    this.shaftCount = shaftCount;
  }
}
