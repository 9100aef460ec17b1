package org.anjian.grading.entity;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.anjian.account.entity.GradingLevel;

/**
 * Score thresholds of one rule set: the 100-point score each level needs and, since the 2021 rules,
 * the share of available points each element must reach. Provinces differ, so a deployment may
 * configure its own; the two national rule sets are given.
 */
public record GradingRules(
    Map<GradingLevel, BigDecimal> minimumScore, Map<GradingLevel, BigDecimal> minimumElementRate) {

  /** 安监总管四〔2011〕84号: 一级 ≥ 90, 二级 ≥ 75, 三级 ≥ 60; no per-element minimum. */
  public static final GradingRules RULES_2011 =
      new GradingRules(
          Map.of(
              GradingLevel.FIRST, new BigDecimal("90"),
              GradingLevel.SECOND, new BigDecimal("75"),
              GradingLevel.THIRD, new BigDecimal("60")),
          Map.of());

  /**
   * 应急〔2021〕83号 grading standards: 一级 ≥ 90 with every element ≥ 80 % of its available points, 二级 ≥
   * 80 / 70 %, 三级 ≥ 70 / 60 %.
   */
  public static final GradingRules RULES_2021 =
      new GradingRules(
          Map.of(
              GradingLevel.FIRST, new BigDecimal("90"),
              GradingLevel.SECOND, new BigDecimal("80"),
              GradingLevel.THIRD, new BigDecimal("70")),
          Map.of(
              GradingLevel.FIRST, new BigDecimal("0.80"),
              GradingLevel.SECOND, new BigDecimal("0.70"),
              GradingLevel.THIRD, new BigDecimal("0.60")));

  /**
   * The level an evaluation reaches: the lower of the level its scores reach under these thresholds
   * and the 安全绩效 level of the accident facts ({@link SafetyPerformance}); empty when either reaches
   * none.
   */
  public Optional<GradingLevel> level(ScoreSheet sheet, ApplicationFacts facts) {
    return SafetyPerformance.lower(sheet.levelReached(this), SafetyPerformance.level(facts));
  }
}
