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

  /** Length of the username and address columns. */
  public static final int NAME_LENGTH = 64;

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
    this.actorUsername = cut(actorUsername, NAME_LENGTH);
    this.subjectUsername = cut(subjectUsername, NAME_LENGTH);
    if (organisation != null) {
      this.organisationName = organisation.getName();
      this.ancestry = organisation.getAncestry();
    }
    this.remoteAddress = cut(remoteAddress, NAME_LENGTH);
    this.detail = cut(detail, 256);
  }

  /**
   * Whatever a visitor typed is recorded, cut to the column: a login name of 65 characters once
   * failed the audit row and with it the whole request.
   */
  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
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
