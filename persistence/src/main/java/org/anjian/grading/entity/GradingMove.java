package org.anjian.grading.entity;

import java.util.EnumSet;
import java.util.Set;
import org.anjian.account.entity.Role;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;

/**
 * Every move of a grading application: from which state, to which, by which role, and whether a
 * reason is required. A return goes exactly one step back, to whoever must fix the problem. This
 * enum is the one place these rules live.
 */
public enum GradingMove {
  /** The enterprise applies; the application goes first to the lower regulator for consent. */
  SUBMIT(GradingState.DRAFT, GradingState.AWAITING_CONSENT, Role.ENTERPRISE, Reason.NONE),
  /**
   * The lower regulator's consent before the application reaches the organising body (2011 rules:
   * 一级 the province, 二级 the city, 三级 the county), with its written opinion.
   */
  CONSENT(GradingState.AWAITING_CONSENT, GradingState.SUBMITTED, Role.REGULATOR, Reason.OPINION),
  /** The lower regulator does not consent: back to the enterprise with the reason. */
  REFUSE_CONSENT(GradingState.AWAITING_CONSENT, GradingState.DRAFT, Role.REGULATOR, Reason.RETURN),
  /** 评审审核: the organising body's preliminary review passes. */
  PASS_PRELIMINARY(
      GradingState.SUBMITTED, GradingState.PRELIMINARY_PASSED, Role.ORGANIZING_BODY, Reason.NONE),
  RETURN_TO_ENTERPRISE(
      GradingState.SUBMITTED, GradingState.DRAFT, Role.ORGANIZING_BODY, Reason.RETURN),
  /** 评审申请审核: the regulator consents to the evaluation. */
  ACCEPT(GradingState.PRELIMINARY_PASSED, GradingState.ACCEPTED, Role.REGULATOR, Reason.NONE),
  RETURN_TO_BODY(
      GradingState.PRELIMINARY_PASSED, GradingState.SUBMITTED, Role.REGULATOR, Reason.RETURN),
  /** 评审通知书 to the chosen evaluation agency. */
  ISSUE_NOTICE(
      GradingState.ACCEPTED, GradingState.NOTICE_ISSUED, Role.ORGANIZING_BODY, Reason.NONE),
  SUBMIT_PLAN(
      GradingState.NOTICE_ISSUED, GradingState.PLAN_SUBMITTED, Role.EVALUATION_AGENCY, Reason.NONE),
  SUBMIT_REPORT(
      GradingState.PLAN_SUBMITTED,
      GradingState.REPORT_SUBMITTED,
      Role.EVALUATION_AGENCY,
      Reason.NONE),
  PASS_REPORT(
      GradingState.REPORT_SUBMITTED,
      GradingState.REPORT_REVIEWED,
      Role.ORGANIZING_BODY,
      Reason.NONE),
  RETURN_REPORT_TO_AGENCY(
      GradingState.REPORT_SUBMITTED,
      GradingState.PLAN_SUBMITTED,
      Role.ORGANIZING_BODY,
      Reason.RETURN),
  /** 核准报告. */
  APPROVE_REPORT(GradingState.REPORT_REVIEWED, GradingState.APPROVED, Role.REGULATOR, Reason.NONE),
  RETURN_REPORT_TO_BODY(
      GradingState.REPORT_REVIEWED, GradingState.REPORT_SUBMITTED, Role.REGULATOR, Reason.RETURN),
  /** The reviewed report does not reach the level applied for, and no lower level is taken. */
  REJECT(GradingState.REPORT_REVIEWED, GradingState.NOT_PASSED, Role.REGULATOR, Reason.REJECTION),
  /**
   * The reviewed report reaches only a lower level than applied for, and the enterprise is to be
   * awarded that level: the application goes to that level's regulator and organising body, which
   * approve, announce and certify it. The state stays REPORT_REVIEWED; its holder changes.
   */
  REFER_TO_LOWER_LEVEL(
      GradingState.REPORT_REVIEWED, GradingState.REPORT_REVIEWED, Role.REGULATOR, Reason.NONE),
  /** 公告: the objection window has passed without a sustained objection. */
  ANNOUNCE(GradingState.APPROVED, GradingState.ANNOUNCED, Role.REGULATOR, Reason.NONE),
  /** 证书管理: the certificate is printed. */
  CERTIFY(GradingState.ANNOUNCED, GradingState.CERTIFIED, Role.ORGANIZING_BODY, Reason.NONE);

  private final GradingState from;
  private final GradingState to;
  private final Role role;
  private final Reason reason;

  /** What text a move needs: none, a return's reason, a rejection's reason, an opinion. */
  private enum Reason {
    NONE,
    RETURN,
    REJECTION,
    OPINION
  }

  GradingMove(GradingState from, GradingState to, Role role, Reason reason) {
    this.from = from;
    this.to = to;
    this.role = role;
    this.reason = reason;
  }

  /**
   * Whether {@code actor} may make this move on an application in state {@code current} (the reason
   * aside): the question a page asks before it shows the move, answered by the same rule as {@link
   * #apply}.
   */
  public boolean allows(GradingState current, Role actor) {
    return current == from && actor == role;
  }

  /** The moves {@code actor} may make on an application in state {@code current}. */
  public static Set<GradingMove> allowed(GradingState current, Role actor) {
    Set<GradingMove> moves = EnumSet.noneOf(GradingMove.class);
    for (GradingMove move : values()) {
      if (move.allows(current, actor)) {
        moves.add(move);
      }
    }
    return moves;
  }

  /** The state this move leads to from {@code current}, or an exception saying why it cannot. */
  public GradingState apply(GradingState current, Role actor, String reason) {
    if (current != from) {
      throw new IllegalMoveException("grading.error.illegalMove", name(), current.name());
    }
    if (actor != role) {
      throw new IllegalMoveException("grading.error.wrongRole", name(), actor.name());
    }
    if (this.reason != Reason.NONE && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(
          this.reason == Reason.OPINION
              ? "grading.error.opinionRequired"
              : "grading.error.reasonRequired");
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

  /** A move back to whoever must fix the application, with the reason they are shown. */
  public boolean isReturn() {
    return reason == Reason.RETURN;
  }

  /** A move that needs a written opinion (the lower regulator's consent). */
  public boolean needsOpinion() {
    return reason == Reason.OPINION;
  }
}
