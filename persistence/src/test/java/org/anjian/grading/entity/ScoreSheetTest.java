package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.junit.jupiter.api.Test;

/** The 铁合金 example of the sources: 650 standard points over 13 elements, 50 per element. */
class ScoreSheetTest {

  private static ScoreSheet sheet(int notApplicablePerElement, int deductionsPerElement) {
    List<ElementScore> scores = new ArrayList<>();
    for (Element e : Element.values()) {
      scores.add(
          new ElementScore(
              e,
              BigDecimal.valueOf(50),
              BigDecimal.valueOf(notApplicablePerElement),
              BigDecimal.valueOf(deductionsPerElement)));
    }
    return new ScoreSheet(scores);
  }

  @Test
  void convertsToOneHundredPointsWithoutTheItemsNotApplicable() {
    ScoreSheet s = sheet(10, 3); // 13 × 40 available, 13 × 37 earned
    assertThat(s.available()).isEqualByComparingTo("520");
    assertThat(s.actual()).isEqualByComparingTo("481");
    assertThat(s.score()).isEqualByComparingTo("92.5"); // 481 / 520 × 100
  }

  @Test
  void the2011RulesUseTheScoreAlone() {
    assertThat(sheet(0, 5).levelReached(GradingRules.RULES_2011))
        .contains(GradingLevel.FIRST); // 90.0
    assertThat(sheet(0, 6).levelReached(GradingRules.RULES_2011))
        .contains(GradingLevel.SECOND); // 88.0
    assertThat(sheet(0, 20).levelReached(GradingRules.RULES_2011))
        .contains(GradingLevel.THIRD); // 60.0
    assertThat(sheet(0, 21).levelReached(GradingRules.RULES_2011)).isEmpty(); // 58.0
  }

  @Test
  void the2021RulesAlsoNeedEveryElementToReachItsShare() {
    List<ElementScore> scores = new ArrayList<>();
    for (Element e : Element.values()) {
      // one weak element: 35 of 50 (70 %), the others full marks: 635 / 650 → 97.7
      int deductions = e == Element.EMERGENCY_RESCUE ? 15 : 0;
      scores.add(
          new ElementScore(
              e, BigDecimal.valueOf(50), BigDecimal.ZERO, BigDecimal.valueOf(deductions)));
    }
    ScoreSheet s = new ScoreSheet(scores);
    assertThat(s.score()).isEqualByComparingTo("97.7");
    assertThat(s.levelReached(GradingRules.RULES_2011)).contains(GradingLevel.FIRST);
    assertThat(s.levelReached(GradingRules.RULES_2021))
        .as("70 % in one element is below 一级's 80 % but meets 二级's 70 %")
        .contains(GradingLevel.SECOND);
  }

  @Test
  void refusesIncompleteOrImpossibleSheets() {
    assertThatThrownBy(() -> new ScoreSheet(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ElementScore(
                    Element.GOALS, BigDecimal.TEN, BigDecimal.valueOf(6), BigDecimal.valueOf(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anElementsRateIsItsEarnedShareOfTheAvailablePoints() {
    ElementScore goals =
        new ElementScore(
            Element.GOALS, BigDecimal.valueOf(50), BigDecimal.valueOf(10), BigDecimal.valueOf(3));
    assertThat(goals.rate()).isEqualByComparingTo("92.5"); // 37 / 40
    ElementScore allMissing =
        new ElementScore(
            Element.GOALS, BigDecimal.valueOf(50), BigDecimal.valueOf(50), BigDecimal.ZERO);
    assertThat(allMissing.rate()).as("nothing to earn: no rate").isNull();
  }
}
