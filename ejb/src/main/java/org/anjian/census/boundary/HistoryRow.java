package org.anjian.census.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.census.entity.ReviewAction;
import org.anjian.region.entity.RegionLevel;

/** One line of a record's 操作历史. */
public record HistoryRow(
    LocalDateTime occurredAt,
    ReviewAction action,
    String actorUsername,
    String actorOrganisationName,
    RegionLevel actorLevel,
    String toHolderName,
    String reason)
    implements Serializable {}
