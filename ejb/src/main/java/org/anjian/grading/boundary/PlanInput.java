package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An evaluation plan as the agency enters it: the team from its evaluator registry (one leader),
 * the elements each member covers, optional experts from the organising body's registry, dates and
 * the agenda.
 */
public record PlanInput(
    Long leaderId,
    List<Long> memberIds,
    Map<Long, String> elementsByEvaluator,
    List<Long> expertIds,
    LocalDate startOn,
    LocalDate endOn,
    String agenda)
    implements Serializable {}
