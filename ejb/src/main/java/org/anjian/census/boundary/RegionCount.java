package org.anjian.census.boundary;

import java.io.Serializable;

/** Records of one sub-region by review state and type, for the drill-down table. */
public record RegionCount(
    String regionCode,
    String regionName,
    boolean drillable,
    long total,
    long underReview,
    long returned,
    long archived,
    long mines,
    long ponds)
    implements Serializable {}
