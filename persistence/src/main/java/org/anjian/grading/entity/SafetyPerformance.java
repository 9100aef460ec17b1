package org.anjian.grading.entity;

import java.util.Optional;
import org.anjian.account.entity.GradingLevel;

/**
 * The 2011 accident preconditions (全国冶金等工贸企业安全生产标准化考评办法, 安监总管四〔2011〕84号), read from the accident
 * facts of the year before applying that the enterprise states on its application: 三级 allows at
 * most two deaths; 二级 at most one, no 较大 or worse accident and, for a group, at least 80 % of its
 * members without a fatality; 一级 only a large group, listed company or industry leader, with no
 * fatality, no 较大 accident and 90 % of members without a fatality. The highest level they allow is
 * the 安全绩效 level, which caps the level a score can reach.
 */
public final class SafetyPerformance {

  private SafetyPerformance() {}

  /**
   * Why the facts rule {@code level} out (a message key), or empty when they allow it. Facts not
   * stated (applications filed before they were asked) rule nothing out; submitting needs them.
   */
  public static Optional<String> ruledOut(ApplicationFacts facts, GradingLevel level) {
    Integer deaths = facts.getDeathsLastYear();
    boolean major = Boolean.TRUE.equals(facts.getMajorAccidentLastYear());
    Integer members = facts.getMembersWithoutFatalityPercent();
    return switch (level) {
      case FIRST -> {
        if (!Boolean.TRUE.equals(facts.getLeadingEnterprise())) {
          yield Optional.of("grading.accident.notLeading");
        }
        yield firstOf(
            deaths != null && deaths > 0 ? "grading.accident.deathsFirst" : null,
            major ? "grading.accident.major" : null,
            members != null && members < 90 ? "grading.accident.membersFirst" : null);
      }
      case SECOND ->
          firstOf(
              deaths != null && deaths > 1 ? "grading.accident.deathsSecond" : null,
              major ? "grading.accident.major" : null,
              members != null && members < 80 ? "grading.accident.membersSecond" : null);
      case THIRD -> firstOf(deaths != null && deaths > 2 ? "grading.accident.deathsThird" : null);
    };
  }

  /** The 安全绩效 level: the highest level the facts allow, or empty when they allow none. */
  public static Optional<GradingLevel> level(ApplicationFacts facts) {
    for (GradingLevel level : GradingLevel.values()) {
      if (ruledOut(facts, level).isEmpty()) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /** The lower of two levels; none when either is none. */
  public static Optional<GradingLevel> lower(
      Optional<GradingLevel> one, Optional<GradingLevel> other) {
    if (one.isEmpty() || other.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(one.get().ordinal() >= other.get().ordinal() ? one.get() : other.get());
  }

  private static Optional<String> firstOf(String... reasons) {
    for (String reason : reasons) {
      if (reason != null) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }
}
