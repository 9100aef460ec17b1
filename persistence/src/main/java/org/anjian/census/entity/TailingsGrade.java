package org.anjian.census.entity;

import java.math.BigDecimal;

/**
 * 等别 of a tailings pond by AQ 2006-2005: a class from the total capacity and one from the dam
 * height; the pond takes the higher, but when they differ by more than one class, the higher minus
 * one. 一等 needs an expert decision (论证) to raise a 二等 pond: it is recorded as that decision, never
 * derived from the figures alone.
 */
public enum TailingsGrade {
  FIRST,
  SECOND,
  THIRD,
  FOURTH,
  FIFTH;

  private static final BigDecimal HUNDRED_MILLION_M3 = new BigDecimal("10000"); // 万m³
  private static final BigDecimal TEN_MILLION_M3 = new BigDecimal("1000");
  private static final BigDecimal ONE_MILLION_M3 = new BigDecimal("100");

  /**
   * @param capacity total capacity in 万m³
   * @param damHeight dam height in m
   * @return the grade, or null when either figure is missing
   */
  public static TailingsGrade of(BigDecimal capacity, BigDecimal damHeight) {
    if (capacity == null || damHeight == null) {
      return null;
    }
    int byCapacity = byCapacity(capacity);
    int byHeight = byHeight(damHeight);
    int higher = Math.min(byCapacity, byHeight);
    int grade = Math.abs(byCapacity - byHeight) > 1 ? higher + 1 : higher;
    return values()[grade - 1];
  }

  /**
   * The grade with the 论证 taken into account: a 二等 pond raised after 论证 is 一等; the flag means
   * nothing for any other grade (the form refuses it, see {@link #canBeRaised}).
   */
  public static TailingsGrade of(BigDecimal capacity, BigDecimal damHeight, Boolean raised) {
    TailingsGrade computed = of(capacity, damHeight);
    return computed == SECOND && Boolean.TRUE.equals(raised) ? FIRST : computed;
  }

  /** Only a pond that is 二等 by its figures may be raised to 一等. */
  public static boolean canBeRaised(BigDecimal capacity, BigDecimal damHeight) {
    return of(capacity, damHeight) == SECOND;
  }

  static int byCapacity(BigDecimal capacity) {
    if (capacity.compareTo(HUNDRED_MILLION_M3) >= 0) {
      return 2;
    }
    if (capacity.compareTo(TEN_MILLION_M3) >= 0) {
      return 3;
    }
    return capacity.compareTo(ONE_MILLION_M3) >= 0 ? 4 : 5;
  }

  static int byHeight(BigDecimal height) {
    if (height.compareTo(BigDecimal.valueOf(100)) >= 0) {
      return 2;
    }
    if (height.compareTo(BigDecimal.valueOf(60)) >= 0) {
      return 3;
    }
    return height.compareTo(BigDecimal.valueOf(30)) >= 0 ? 4 : 5;
  }
}
