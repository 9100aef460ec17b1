package org.anjian.census.boundary;

/** The regulator lists that can be exported: 审核与报送 (held here) and 已入库 (archived). */
public enum ExportList {
  PENDING,
  ARCHIVED
}
