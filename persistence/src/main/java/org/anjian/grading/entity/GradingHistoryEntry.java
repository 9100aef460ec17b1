package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One move of a grading application: who made it, from where to where, and why. */
@Entity
@Table(name = "grading_history")
public class GradingHistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id")
  private Long applicationId;

  @Enumerated(EnumType.STRING)
  private GradingMove move;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private GradingState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private GradingState toState;

  @Column(name = "actor_username")
  private String actorUsername;

  @Column(name = "actor_organisation_id")
  private Long actorOrganisationId;

  @Column(name = "actor_organisation_name")
  private String actorOrganisationName;

  private String reason;

  @Column(name = "occurred_at")
  private LocalDateTime occurredAt;

  protected GradingHistoryEntry() {}

  public GradingHistoryEntry(
      Long applicationId,
      GradingMove move,
      GradingState fromState,
      GradingState toState,
      String actorUsername,
      Long actorOrganisationId,
      String actorOrganisationName,
      String reason,
      LocalDateTime occurredAt) {
    this.applicationId = applicationId;
    this.move = move;
    this.fromState = fromState;
    this.toState = toState;
    this.actorUsername = actorUsername;
    this.actorOrganisationId = actorOrganisationId;
    this.actorOrganisationName = actorOrganisationName;
    this.reason = reason;
    this.occurredAt = occurredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public GradingMove getMove() {
    return move;
  }

  public GradingState getFromState() {
    return fromState;
  }

  public GradingState getToState() {
    return toState;
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

  public String getReason() {
    return reason;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }
}
