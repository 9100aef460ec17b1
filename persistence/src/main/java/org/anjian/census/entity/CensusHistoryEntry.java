package org.anjian.census.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.anjian.region.entity.RegionLevel;

/**
 * 操作历史: one step of a record's review, written in the same transaction as the state change.
 * Immutable. The actor's organisation and level are copied in, as they were at the time.
 */
@Entity
@Table(name = "census_history")
public class CensusHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "record_id")
  private Long recordId;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  private ReviewAction action;

  @Column(name = "actor_username")
  private String actorUsername;

  @Column(name = "actor_organisation_id")
  private Long actorOrganisationId;

  @Column(name = "actor_organisation_name")
  private String actorOrganisationName;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_level")
  private RegionLevel actorLevel;

  /** Who holds the record after this step: a region code, or null for the enterprise/archive. */
  @Column(name = "to_holder_region_code")
  private String toHolderRegionCode;

  private String reason;

  protected CensusHistoryEntry() {}

  public CensusHistoryEntry(
      CensusRecord record,
      ReviewAction action,
      String actorUsername,
      Long actorOrganisationId,
      String actorOrganisationName,
      RegionLevel actorLevel,
      String reason,
      LocalDateTime occurredAt) {
    this.recordId = record.getId();
    this.action = action;
    this.actorUsername = actorUsername;
    this.actorOrganisationId = actorOrganisationId;
    this.actorOrganisationName = actorOrganisationName;
    this.actorLevel = actorLevel;
    this.toHolderRegionCode = record.getHolderRegionCode();
    this.reason = reason;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRecordId() {
    return recordId;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public ReviewAction getAction() {
    return action;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public Long getActorOrganisationId() {
    return actorOrganisationId;
  }

  public String getActorOrganisationName() {
    return actorOrganisationName;
  }

  public RegionLevel getActorLevel() {
    return actorLevel;
  }

  public String getToHolderRegionCode() {
    return toHolderRegionCode;
  }

  public String getReason() {
    return reason;
  }
}
