package org.anjian.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One changed field of an enterprise's registration (注册信息维护): who changed it, when, from what to
 * what, and why (a regulator changing an identity field must say why). Written, never changed.
 */
@Entity
@Table(name = "registration_change")
public class RegistrationChange {

  public static final int MAX_REASON_LENGTH = 500;
  public static final int MAX_VALUE_LENGTH = 256;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(name = "changed_at")
  private LocalDateTime changedAt;

  /**
   * The field's name as in {@code field.<name>} of the bundles, e.g. {@code name}, {@code address}.
   */
  private String field;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "actor_username")
  private String actorUsername;

  @Column(name = "actor_organisation_name")
  private String actorOrganisationName;

  private String reason;

  protected RegistrationChange() {}

  public RegistrationChange(
      Organisation enterprise,
      String field,
      String oldValue,
      String newValue,
      UserAccount actor,
      String reason,
      LocalDateTime at) {
    this.organisationId = enterprise.getId();
    this.field = field;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.actorUsername = actor.getUsername();
    this.actorOrganisationName = actor.getOrganisation().getName();
    this.reason = reason;
    this.changedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public String getField() {
    return field;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getActorUsername() {
    return actorUsername;
  }

  public String getActorOrganisationName() {
    return actorOrganisationName;
  }

  public String getReason() {
    return reason;
  }
}
