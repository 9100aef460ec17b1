package org.anjian.region.entity;

/** Levels of the GB/T 2260 tree, top down; a regulator's level is its region's level. */
public enum RegionLevel {
  NATIONAL,
  PROVINCE,
  CITY,
  COUNTY;

  /** The level directly below, or null for a county. */
  public RegionLevel below() {
    return this == COUNTY ? null : values()[ordinal() + 1];
  }
}
