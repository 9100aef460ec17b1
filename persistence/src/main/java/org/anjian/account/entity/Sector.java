package org.anjian.account.entity;

/** The two kinds of enterprise the portal serves: 工贸 (System A) and 非煤矿山 (System B). */
public enum Sector {
  INDUSTRY_TRADE,
  NON_COAL_MINE
}
