package org.anjian.account.entity;

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

  /** The grading level that a regulator of the given region level organises, if any. */
  public static GradingLevel organisedAt(RegionLevel level) {
    for (GradingLevel g : values()) {
      if (g.organisedAt == level) {
        return g;
      }
    }
    return null;
  }
}
