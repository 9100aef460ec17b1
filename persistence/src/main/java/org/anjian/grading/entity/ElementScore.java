package org.anjian.grading.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One element of an evaluation report: its standard points, the points of items not applicable
 * (合理缺项) and the deductions. The points actually earned are what remains.
 */
public record ElementScore(
    Element element, BigDecimal standard, BigDecimal notApplicable, BigDecimal deductions)
    implements Serializable {

  public ElementScore {
    if (standard.signum() < 0 || notApplicable.signum() < 0 || deductions.signum() < 0) {
      throw new IllegalArgumentException("points cannot be negative: " + element);
    }
    if (notApplicable.add(deductions).compareTo(standard) > 0) {
      throw new IllegalArgumentException(
          "not applicable and deductions exceed the standard points: " + element);
    }
  }

  /** 应得分: the points that could be earned here. */
  public BigDecimal available() {
    return standard.subtract(notApplicable);
  }

  /** 实得分. */
  public BigDecimal actual() {
    return available().subtract(deductions);
  }

  /** 得分率 in percent, half up to one decimal; null when nothing could be earned here. */
  public BigDecimal rate() {
    BigDecimal available = available();
    return available.signum() == 0
        ? null
        : actual().multiply(BigDecimal.valueOf(100)).divide(available, 1, RoundingMode.HALF_UP);
  }
}
