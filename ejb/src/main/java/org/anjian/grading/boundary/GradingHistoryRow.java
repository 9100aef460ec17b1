package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.grading.entity.GradingMove;
import org.anjian.grading.entity.GradingState;

/** One line of an application's 办理过程: who moved it, from which state to which, and why. */
public record GradingHistoryRow(
    LocalDateTime occurredAt,
    GradingMove move,
    GradingState fromState,
    GradingState toState,
    String actorUsername,
    String actorOrganisationName,
    String reason)
    implements Serializable {}
