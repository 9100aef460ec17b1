package org.anjian.census.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.Choices.MiningMethod;
import org.anjian.census.entity.RecordType;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.census.entity.TailingsGrade;

/**
 * A census record in a list. {@code holderName} is who holds it now (a regulator's name, or null
 * for the enterprise); {@code trackingState} is set in tracking lists only; {@code approvable} says
 * whether the caller may 审核通过 it now, by the record's own rule.
 */
public record CensusRow(
    Long id,
    long version,
    String name,
    RecordType type,
    MiningMethod miningMethod,
    String enterpriseName,
    String regionName,
    ReviewStatus status,
    Arrival arrival,
    String holderRegionCode,
    String holderName,
    LocalDateTime heldSince,
    LocalDateTime archivedAt,
    TailingsGrade grade,
    TrackingState trackingState,
    boolean approvable)
    implements Serializable {}
