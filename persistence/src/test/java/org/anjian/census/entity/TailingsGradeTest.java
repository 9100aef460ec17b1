package org.anjian.census.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
}
