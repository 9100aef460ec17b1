package org.anjian.census.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TailingsGradeTest {

  @ParameterizedTest(name = "{0} 万m³ and {1} m give {2}")
  @CsvSource({
    // same class by both measures
    "20000, 120, SECOND",
    "5000, 70, THIRD",
    "500, 40, FOURTH",
    "50, 10, FIFTH",
    // classes one apart: the higher (smaller number) wins
    "5000, 40, THIRD",
    "500, 70, THIRD",
    // classes more than one apart: the higher minus one
    "20000, 10, THIRD",
    "50, 120, THIRD",
    "5000, 10, FOURTH",
    // thresholds are inclusive at the lower bound of the higher class
    "10000, 0, THIRD",
    "1000, 30, THIRD",
    "99.99, 29.9, FIFTH"
  })
  void followsAq2006(String capacity, String height, TailingsGrade expected) {
    assertThat(TailingsGrade.of(new BigDecimal(capacity), new BigDecimal(height)))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"100, ", ", 30"})
  void missingFigureGivesNoGrade(BigDecimal capacity, BigDecimal height) {
    assertThat(TailingsGrade.of(capacity, height)).isNull();
  }

  @ParameterizedTest(name = "{0} 万m³, {1} m, raised after 论证 {2}: {3}")
  @CsvSource({
    // a 二等 pond raised after 论证 is 一等
    "20000, 120, true, FIRST",
    "50, 120, true, THIRD",
    "20000, 120, false, SECOND",
    "20000, 120, , SECOND",
    // the flag cannot raise any other grade
    "5000, 70, true, THIRD",
    "50, 10, true, FIFTH",
    ", 120, true, "
  })
  void firstGradeIsASecondGradeRaisedAfterReview(
      BigDecimal capacity, BigDecimal height, Boolean raised, TailingsGrade expected) {
    assertThat(TailingsGrade.of(capacity, height, raised)).isEqualTo(expected);
  }

  @Test
  void theFactsRecomputeTheGradeWhenTheReviewIsRecorded() {
    TailingsFacts pond = new TailingsFacts();
    pond.setTotalCapacity(new BigDecimal("15000"));
    pond.setDamHeight(new BigDecimal("110"));
    assertThat(pond.getGrade()).isEqualTo(TailingsGrade.SECOND);
    pond.setGradeRaised(true);
    assertThat(pond.getGrade()).isEqualTo(TailingsGrade.FIRST);
    pond.setDamHeight(new BigDecimal("20"));
    assertThat(pond.getGrade()).as("no longer 二等 by its figures").isEqualTo(TailingsGrade.THIRD);
    assertThat(TailingsGrade.canBeRaised(pond.getTotalCapacity(), pond.getDamHeight())).isFalse();
  }
}
