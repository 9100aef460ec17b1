package org.anjian.census.boundary;

import java.io.Serializable;
import org.anjian.region.entity.RegionLevel;

/** One level that may supervise an enterprise directly: a regulator on its region's chain. */
public record SupervisionLevel(String regionCode, RegionLevel level, String regulatorName)
    implements Serializable {}
