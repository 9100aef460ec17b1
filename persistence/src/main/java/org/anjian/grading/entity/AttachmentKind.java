package org.anjian.grading.entity;

/** What an attachment of a grading application is (the national form's list of attachments). */
public enum AttachmentKind {
  /** 安全生产许可证, 营业执照 and other licence copies. */
  LICENCE,
  /** 自评报告. */
  SELF_EVALUATION_REPORT,
  /** 自评扣分汇总 with the plan to fix deductions. */
  DEDUCTION_SUMMARY,
  /** 制度清单, 组织机构, 安全管理人员名录. */
  ORGANISATION,
  /** 平面布置图. */
  SITE_PLAN,
  /** 重大危险源 list. */
  MAJOR_HAZARDS,
  /** Signed evaluation report of the agency. */
  EVALUATION_REPORT,
  OTHER;

  /** Attachments the agency adds; the others belong to the enterprise. */
  public boolean isAgencys() {
    return this == EVALUATION_REPORT;
  }
}
