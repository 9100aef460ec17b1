package org.anjian.census.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * 统计分析 of one region (the caller's own, or one below it): counts by sub-region with drill-down, and
 * breakdowns by type, review state and key attributes. Drafts are not counted.
 */
public record CensusStatisticsView(
    String regionCode,
    String regionName,
    String parentCode,
    List<RegionCount> byRegion,
    List<Count> byType,
    List<Count> byStatus,
    List<Count> pondsByGrade,
    List<Count> pondsBySafety,
    List<Count> pondsOverhead,
    List<Count> minesByMethod,
    List<Count> minesByScale)
    implements Serializable {}
