package org.anjian.census.entity;

/** How a record under review reached the regulator now holding it. */
public enum Arrival {
  /** 企业提交: the holder supervises the enterprise directly. */
  ENTERPRISE_SUBMITTED,
  /** 下级报送: the level below approved it. */
  SUBMITTED_BY_LOWER,
  /** 上级退回: the level above returned it; the holder can only pass it further down. */
  RETURNED_BY_UPPER
}
