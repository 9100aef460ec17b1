package org.anjian.grading.entity;

import org.anjian.account.entity.OrganisationKind;

/**
 * The states of a standardisation grading application, from 申请 through 初审, 核准, 评审, 审核 and 公告 to 发证,
 * each with the kind of organisation that must act on it next.
 */
public enum GradingState {
  DRAFT(OrganisationKind.ENTERPRISE),
  /** Submitted, waiting for the consent of the regulator one level below the approving one. */
  AWAITING_CONSENT(OrganisationKind.REGULATOR),
  SUBMITTED(OrganisationKind.ORGANIZING_BODY),
  PRELIMINARY_PASSED(OrganisationKind.REGULATOR),
  ACCEPTED(OrganisationKind.ORGANIZING_BODY),
  NOTICE_ISSUED(OrganisationKind.EVALUATION_AGENCY),
  PLAN_SUBMITTED(OrganisationKind.EVALUATION_AGENCY),
  REPORT_SUBMITTED(OrganisationKind.ORGANIZING_BODY),
  REPORT_REVIEWED(OrganisationKind.REGULATOR),
  APPROVED(OrganisationKind.REGULATOR),
  ANNOUNCED(OrganisationKind.ORGANIZING_BODY),
  CERTIFIED(null),
  NOT_PASSED(null);

  private final OrganisationKind holder;

  GradingState(OrganisationKind holder) {
    this.holder = holder;
  }

  /** Who must act next, or null once the application is final. */
  public OrganisationKind holder() {
    return holder;
  }

  /** The states waiting for an organisation of this kind. */
  public static java.util.List<GradingState> heldBy(OrganisationKind kind) {
    return java.util.Arrays.stream(values()).filter(s -> s.holder == kind).toList();
  }

  /** True once nothing more can happen to the application (a new one may be filed). */
  public boolean isFinal() {
    return this == CERTIFIED || this == NOT_PASSED;
  }
}
