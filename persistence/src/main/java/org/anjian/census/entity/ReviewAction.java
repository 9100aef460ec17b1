package org.anjian.census.entity;

/** What one step of a record's history did. */
public enum ReviewAction {
  SUBMIT,
  APPROVE,
  ARCHIVE,
  RETURN_TO_LOWER,
  RETURN_TO_ENTERPRISE,
  /** Moved by migration V6 from a grouping row (北京 市辖区 …) to the real regulator. */
  REROUTE
}
