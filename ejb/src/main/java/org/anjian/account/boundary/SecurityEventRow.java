package org.anjian.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.account.entity.SecurityEventType;

/** One line of the security audit list. */
public record SecurityEventRow(
    Long id,
    LocalDateTime occurredAt,
    SecurityEventType type,
    String actorUsername,
    String subjectUsername,
    String organisationName,
    String remoteAddress,
    String detail)
    implements Serializable {}
