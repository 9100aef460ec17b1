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

/**
 * 露天矿山 part of a metal/non-metal mine record. Units: heights m, angle degrees; a high waste dump is
 * one of 200 m or more.
 */
@Embeddable
public class OpenPitFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  @Column(name = "open_pit_method")
  private Choices.OpenPitMethod openPitMethod;

  @PositiveOrZero
  @Column(name = "waste_dumps")
  private Integer wasteDumps;

  @Column(name = "high_waste_dump")
  private Boolean highWasteDump;

  @PositiveOrZero
  @Digits(integer = 5, fraction = 1)
  @Column(name = "slope_height")
  private BigDecimal slopeHeight;

  @PositiveOrZero
  @Digits(integer = 4, fraction = 1)
  @Column(name = "bench_height")
  private BigDecimal benchHeight;

  @PositiveOrZero
  @DecimalMax("90")
  @Digits(integer = 2, fraction = 1)
  @Column(name = "bench_slope_angle")
  private BigDecimal benchSlopeAngle;

  @PositiveOrZero
  @Digits(integer = 4, fraction = 1)
  @Column(name = "berm_width")
  private BigDecimal bermWidth;

  public Choices.OpenPitMethod getOpenPitMethod() {
    return openPitMethod;
  }

  public void setOpenPitMethod(Choices.OpenPitMethod openPitMethod) {
    this.openPitMethod = openPitMethod;
  }

  public Integer getWasteDumps() {
    return wasteDumps;
  }

  public void setWasteDumps(Integer wasteDumps) {
    this.wasteDumps = wasteDumps;
  }

  public Boolean getHighWasteDump() {
    return highWasteDump;
  }

  public void setHighWasteDump(Boolean highWasteDump) {
    this.highWasteDump = highWasteDump;
  }

  public BigDecimal getSlopeHeight() {
    return slopeHeight;
  }

  public void setSlopeHeight(BigDecimal slopeHeight) {
    this.slopeHeight = slopeHeight;
  }

  public BigDecimal getBenchHeight() {
    return benchHeight;
  }

  public void setBenchHeight(BigDecimal benchHeight) {
    this.benchHeight = benchHeight;
  }

  public BigDecimal getBenchSlopeAngle() {
    return benchSlopeAngle;
  }

  public void setBenchSlopeAngle(BigDecimal benchSlopeAngle) {
    this.benchSlopeAngle = benchSlopeAngle;
  }

  public BigDecimal getBermWidth() {
    return bermWidth;
  }

  public void setBermWidth(BigDecimal bermWidth) {
    this.bermWidth = bermWidth;
  }
}
