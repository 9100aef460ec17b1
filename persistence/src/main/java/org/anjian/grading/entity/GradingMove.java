package org.anjian.grading.entity;

import org.anjian.account.entity.Role;
import org.anjian.platform.boundary.IllegalMoveException;
import org.anjian.platform.boundary.InvalidInputException;

/**
 * Every move of a grading application: from which state, to which, by which role, and whether a
 * reason is required. A return goes exactly one step back, to whoever must fix the problem. This
 * enum is the one place these rules live.
 */
public enum GradingMove {
  SUBMIT(GradingState.DRAFT, GradingState.SUBMITTED, Role.ENTERPRISE, false),
  /** 评审审核: the organising body's preliminary review passes. */
  PASS_PRELIMINARY(
      GradingState.SUBMITTED, GradingState.PRELIMINARY_PASSED, Role.ORGANIZING_BODY, false),
  RETURN_TO_ENTERPRISE(GradingState.SUBMITTED, GradingState.DRAFT, Role.ORGANIZING_BODY, true),
  /** 评审申请审核: the regulator consents to the evaluation. */
  ACCEPT(GradingState.PRELIMINARY_PASSED, GradingState.ACCEPTED, Role.REGULATOR, false),
  RETURN_TO_BODY(GradingState.PRELIMINARY_PASSED, GradingState.SUBMITTED, Role.REGULATOR, true),
  /** 评审通知书 to the chosen evaluation agency. */
  ISSUE_NOTICE(GradingState.ACCEPTED, GradingState.NOTICE_ISSUED, Role.ORGANIZING_BODY, false),
  SUBMIT_PLAN(
      GradingState.NOTICE_ISSUED, GradingState.PLAN_SUBMITTED, Role.EVALUATION_AGENCY, false),
  SUBMIT_REPORT(
      GradingState.PLAN_SUBMITTED, GradingState.REPORT_SUBMITTED, Role.EVALUATION_AGENCY, false),
  PASS_REPORT(
      GradingState.REPORT_SUBMITTED, GradingState.REPORT_REVIEWED, Role.ORGANIZING_BODY, false),
  RETURN_REPORT_TO_AGENCY(
      GradingState.REPORT_SUBMITTED, GradingState.PLAN_SUBMITTED, Role.ORGANIZING_BODY, true),
  /** 核准报告. */
  APPROVE_REPORT(GradingState.REPORT_REVIEWED, GradingState.APPROVED, Role.REGULATOR, false),
  RETURN_REPORT_TO_BODY(
      GradingState.REPORT_REVIEWED, GradingState.REPORT_SUBMITTED, Role.REGULATOR, true),
  /** The reviewed report does not reach the level applied for, and no lower level is taken. */
  REJECT(GradingState.REPORT_REVIEWED, GradingState.NOT_PASSED, Role.REGULATOR, true),
  /** 公告: the objection window has passed without a sustained objection. */
  ANNOUNCE(GradingState.APPROVED, GradingState.ANNOUNCED, Role.REGULATOR, false),
  /** 证书管理: the certificate is printed. */
  CERTIFY(GradingState.ANNOUNCED, GradingState.CERTIFIED, Role.ORGANIZING_BODY, false);

  private final GradingState from;
  private final GradingState to;
  private final Role role;
  private final boolean reasonRequired;

  GradingMove(GradingState from, GradingState to, Role role, boolean reasonRequired) {
    this.from = from;
    this.to = to;
    this.role = role;
    this.reasonRequired = reasonRequired;
  }

  /** The state this move leads to from {@code current}, or an exception saying why it cannot. */
  public GradingState apply(GradingState current, Role actor, String reason) {
    if (current != from) {
      throw new IllegalMoveException("grading.error.illegalMove", name(), current.name());
    }
    if (actor != role) {
      throw new IllegalMoveException("grading.error.wrongRole", name(), actor.name());
    }
    if (reasonRequired && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("grading.error.reasonRequired");
    }
    return to;
  }

  public GradingState from() {
    return from;
  }

  public GradingState to() {
    return to;
  }

  public Role role() {
    return role;
  }

  public boolean isReturn() {
    return reasonRequired && this != REJECT;
  }
}
