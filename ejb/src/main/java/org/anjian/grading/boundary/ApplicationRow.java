package org.anjian.grading.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.ApplicationNature;
import org.anjian.grading.entity.GradingState;

/** One line of a grading list: the application, where it is, who holds it and until when. */
public record ApplicationRow(
    Long id,
    long version,
    String enterpriseName,
    String creditCode,
    String regionName,
    Industry industry,
    ApplicationNature nature,
    GradingLevel levelApplied,
    GradingState state,
    String holderName,
    LocalDateTime heldSince,
    LocalDate dueOn,
    boolean overdue,
    BigDecimal reportScore,
    GradingLevel levelAwarded,
    String lastReason,
    String lastReturnedBy)
    implements Serializable {}
