package org.anjian.census.entity;

/** Where a census record is in its life: with the enterprise, under review, or in the database. */
public enum ReviewStatus {
  /** Being filled by the enterprise, never submitted. */
  DRAFT,
  /** Held by one regulator, see the record's holder region. */
  UNDER_REVIEW,
  /** Returned all the way to the enterprise, which corrects and resubmits. */
  RETURNED,
  /** Approved by the national level: 已入库. */
  ARCHIVED;

  public boolean heldByEnterprise() {
    return this == DRAFT || this == RETURNED;
  }
}
