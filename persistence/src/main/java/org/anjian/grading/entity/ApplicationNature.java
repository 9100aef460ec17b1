package org.anjian.grading.entity;

/** 评审性质 on the national application form. */
public enum ApplicationNature {
  /** 初次评审. */
  INITIAL,
  /** 延期: the certificate is about to expire and the enterprise asks to extend it. */
  EXTENSION,
  /** 复评: a new evaluation at the end of validity. */
  RE_EVALUATION;

  /** Renewals are only open to holders of a valid certificate near its expiry. */
  public boolean isRenewal() {
    return this != INITIAL;
  }
}
