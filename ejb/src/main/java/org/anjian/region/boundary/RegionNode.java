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

  /** True when this region is {@code ancestorCode} or lies below it. */
  public boolean isWithin(String ancestorCode) {
    return path.contains("/" + ancestorCode + "/");
  }

  /**
   * True for a grouping row such as 北京 市辖区: region data, never a regulator (see {@link Region}).
   */
  public boolean isGrouping() {
    return level == RegionLevel.CITY && Region.isGroupingName(name);
  }
}
