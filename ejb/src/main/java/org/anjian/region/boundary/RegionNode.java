package org.anjian.region.boundary;

import java.io.Serializable;
import org.anjian.region.entity.Region;
import org.anjian.region.entity.RegionLevel;

/** An immutable copy of a region, safe to hand to views and keep in sessions. */
public record RegionNode(
    String code,
    String name,
    RegionLevel level,
    String parentCode,
    String path,
    String abbreviation)
    implements Serializable {

  /** A city-level grouping row (市辖区, 县, 省直辖县级行政区划): never a city of its own. */
  public boolean isGrouping() {
    return level == RegionLevel.CITY && Region.isGroupingName(name);
  }

  /** True when this region is {@code ancestorCode} or lies below it. */
  public boolean isWithin(String ancestorCode) {
    return path.contains("/" + ancestorCode + "/");
  }
}
