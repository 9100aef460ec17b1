package org.anjian.grading.entity;

/** The states of a standardisation grading application (domain.md § System A). */
public enum GradingState {
  DRAFT,
  SUBMITTED,
  PRELIMINARY_PASSED,
  ACCEPTED,
  NOTICE_ISSUED,
  PLAN_SUBMITTED,
  REPORT_SUBMITTED,
  REPORT_REVIEWED,
  APPROVED,
  ANNOUNCED,
  CERTIFIED,
  NOT_PASSED;

  /** True once nothing more can happen to the application (a new one may be filed). */
  public boolean isFinal() {
    return this == CERTIFIED || this == NOT_PASSED;
  }
}
