package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.anjian.account.entity.GradingLevel;
import org.junit.jupiter.api.Test;

/** The 2011 accident preconditions, per level, and the 安全绩效 level they give. */
class SafetyPerformanceTest {

  static ApplicationFacts facts(Integer deaths, boolean major, boolean leading, Integer members) {
    ApplicationFacts f = new ApplicationFacts();
    f.setDeathsLastYear(deaths);
    f.setMajorAccidentLastYear(major);
    f.setLeadingEnterprise(leading);
    f.setMembersWithoutFatalityPercent(members);
    return f;
  }

  @Test
  void deathsInTheYearBeforeApplyingCapTheLevel() {
    assertThat(SafetyPerformance.level(facts(0, false, true, null))).contains(GradingLevel.FIRST);
    assertThat(SafetyPerformance.level(facts(0, false, false, null)))
        .as("一级 only for a large group, listed company or leader")
        .contains(GradingLevel.SECOND);
    assertThat(SafetyPerformance.level(facts(1, false, true, null))).contains(GradingLevel.SECOND);
    assertThat(SafetyPerformance.level(facts(2, false, true, null))).contains(GradingLevel.THIRD);
    assertThat(SafetyPerformance.level(facts(3, false, true, null))).isEmpty();
  }

  @Test
  void aMajorAccidentOrTooFewFatalityFreeMembersRuleOutTheHigherLevels() {
    assertThat(SafetyPerformance.ruledOut(facts(0, true, true, null), GradingLevel.SECOND))
        .contains("grading.accident.major");
    assertThat(SafetyPerformance.ruledOut(facts(0, true, true, null), GradingLevel.THIRD))
        .isEmpty();
    assertThat(SafetyPerformance.ruledOut(facts(0, false, true, 85), GradingLevel.FIRST))
        .contains("grading.accident.membersFirst");
    assertThat(SafetyPerformance.ruledOut(facts(0, false, true, 85), GradingLevel.SECOND))
        .isEmpty();
    assertThat(SafetyPerformance.ruledOut(facts(0, false, true, 79), GradingLevel.SECOND))
        .contains("grading.accident.membersSecond");
    assertThat(SafetyPerformance.ruledOut(facts(2, false, false, null), GradingLevel.SECOND))
        .contains("grading.accident.deathsSecond");
    assertThat(SafetyPerformance.ruledOut(facts(3, false, false, null), GradingLevel.THIRD))
        .contains("grading.accident.deathsThird");
  }

  @Test
  void theLevelIsTheLowerOfTheScoreLevelAndTheSafetyPerformanceLevel() {
    assertThat(
            SafetyPerformance.lower(
                Optional.of(GradingLevel.FIRST), Optional.of(GradingLevel.THIRD)))
        .contains(GradingLevel.THIRD);
    assertThat(
            SafetyPerformance.lower(
                Optional.of(GradingLevel.THIRD), Optional.of(GradingLevel.SECOND)))
        .contains(GradingLevel.THIRD);
    assertThat(SafetyPerformance.lower(Optional.of(GradingLevel.FIRST), Optional.empty()))
        .isEmpty();
  }
}
