package org.anjian.grading.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.anjian.account.entity.GradingLevel;

/**
 * An evaluation report's scores, computed and never typed: the 100-point score is the points earned
 * ÷ (standard − not applicable) × 100, to one decimal; the level reached is the highest whose
 * thresholds the score (and, under the 2021 rules, every element) meets.
 */
public record ScoreSheet(List<ElementScore> elements) implements Serializable {

  public ScoreSheet {
    Map<Element, ElementScore> seen = new EnumMap<>(Element.class);
    for (ElementScore e : elements) {
      if (seen.put(e.element(), e) != null) {
        throw new IllegalArgumentException("element scored twice: " + e.element());
      }
    }
    if (seen.size() != Element.values().length) {
      throw new IllegalArgumentException("all 13 elements must be scored");
    }
    elements = List.copyOf(elements);
  }

  public BigDecimal available() {
    return elements.stream().map(ElementScore::available).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal actual() {
    return elements.stream().map(ElementScore::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The 100-point score, rounded half up to one decimal. */
  public BigDecimal score() {
    BigDecimal available = available();
    if (available.signum() == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return actual().multiply(BigDecimal.valueOf(100)).divide(available, 1, RoundingMode.HALF_UP);
  }

  /** The highest level these scores reach under {@code rules}, or empty below 三级. */
  public Optional<GradingLevel> levelReached(GradingRules rules) {
    BigDecimal score = score();
    for (GradingLevel level : GradingLevel.values()) {
      if (score.compareTo(rules.minimumScore().get(level)) >= 0 && elementsReach(rules, level)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  private boolean elementsReach(GradingRules rules, GradingLevel level) {
    BigDecimal rate = rules.minimumElementRate().get(level);
    if (rate == null) {
      return true;
    }
    return elements.stream()
        .filter(e -> e.available().signum() > 0)
        .allMatch(e -> e.actual().compareTo(e.available().multiply(rate)) >= 0);
  }
}
