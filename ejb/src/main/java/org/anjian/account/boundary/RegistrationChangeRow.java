package org.anjian.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.account.entity.RegistrationChange;

/**
 * One line of an enterprise's registration history, as the enterprise and its regulators see it.
 */
public record RegistrationChangeRow(
    LocalDateTime changedAt,
    String field,
    String oldValue,
    String newValue,
    String actorUsername,
    String actorOrganisationName,
    String reason)
    implements Serializable {

  static RegistrationChangeRow of(RegistrationChange c) {
    return new RegistrationChangeRow(
        c.getChangedAt(),
        c.getField(),
        c.getOldValue(),
        c.getNewValue(),
        c.getActorUsername(),
        c.getActorOrganisationName(),
        c.getReason());
  }
}
