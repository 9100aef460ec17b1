package org.anjian.grading.entity;

/** 一级, 二级, 三级, highest first: what an evaluation can award. */
public enum GradingLevelReached {
  FIRST,
  SECOND,
  THIRD
}
