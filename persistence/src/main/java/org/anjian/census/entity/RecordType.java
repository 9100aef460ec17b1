package org.anjian.census.entity;

/** The kind of production system a census record describes; it decides the form. */
public enum RecordType {
  /** 金属非金属矿山: common part plus an underground or an open-pit part. */
  METAL_NONMETAL_MINE,
  /** 尾矿库. */
  TAILINGS_POND
}
