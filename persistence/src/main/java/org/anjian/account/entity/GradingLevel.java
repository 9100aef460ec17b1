package org.anjian.account.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.anjian.region.entity.RegionLevel;

/** 一级, 二级, 三级: the standardisation levels, organised by national, province and city. */
public enum GradingLevel {
  FIRST(RegionLevel.NATIONAL),
  SECOND(RegionLevel.PROVINCE),
  THIRD(RegionLevel.CITY);

  private final RegionLevel organisedAt;

  GradingLevel(RegionLevel organisedAt) {
    this.organisedAt = organisedAt;
  }

  /** The level of the regulator that approves this grading level (national, province, city). */
  public RegionLevel regulatorLevel() {
    return organisedAt;
  }

  /**
   * The grading levels approved by a regulator competent at the given region levels, highest first:
   * 北京市, competent at province and city level, approves 二级 and 三级.
   */
  public static List<GradingLevel> approvedAt(Collection<RegionLevel> competentLevels) {
    return Arrays.stream(values()).filter(g -> competentLevels.contains(g.organisedAt)).toList();
  }
}
