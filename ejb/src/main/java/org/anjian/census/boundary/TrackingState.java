package org.anjian.census.boundary;

/** Where a record this level acted on is now, as 信息追踪 shows it. */
public enum TrackingState {
  /** 上级待审核: a higher level holds it. */
  AWAITING_UPPER,
  /** 已退回下级: a lower level holds it after a return from above. */
  RETURNED_TO_LOWER,
  /** 下级审核中: resubmitted or passed on below, climbing towards this level again. */
  LOWER_REVIEWING,
  /** 已退回企业: back with the enterprise. */
  RETURNED_TO_ENTERPRISE,
  /** 本级待审核: back with this level. */
  WITH_THIS_LEVEL
}
