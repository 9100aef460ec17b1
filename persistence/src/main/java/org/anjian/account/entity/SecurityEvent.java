package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.anjian.region.entity.RegionAncestry;

/**
 * One entry of the security audit. Immutable. Carries the region ancestry of the organisation it
 * concerns, so that each regulator lists the events of its own jurisdiction.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  private SecurityEventType type;

  @Column(name = "actor_username")
  private String actorUsername;

  @Column(name = "subject_username")
  private String subjectUsername;

  @Column(name = "organisation_name")
  private String organisationName;

  @Embedded private RegionAncestry ancestry;

  @Column(name = "remote_address")
  private String remoteAddress;

  private String detail;

  protected SecurityEvent() {}

  public SecurityEvent(
      SecurityEventType type,
      String actorUsername,
      String subjectUsername,
      Organisation organisation,
      String remoteAddress,
      String detail) {
    this.occurredAt = LocalDateTime.now();
    this.type = type;
    this.actorUsername = actorUsername;
    this.subjectUsername = subjectUsername;
    if (organisation != null) {
      this.organisationName = organisation.getName();
      this.ancestry = organisation.getAncestry();
    }
    this.remoteAddress = remoteAddress;
    this.detail = detail == null || detail.length() <= 256 ? detail : detail.substring(0, 256);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public SecurityEventType getType() {
    return type;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getSubjectUsername() {
    return subjectUsername;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getDetail() {
    return detail;
  }
}
