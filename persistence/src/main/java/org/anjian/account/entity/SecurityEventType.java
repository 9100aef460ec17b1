package org.anjian.account.entity;

/** What the security audit records. */
public enum SecurityEventType {
  LOGIN,
  LOGIN_FAILED,
  LOCKED_OUT,
  LOGOUT,
  PASSWORD_CHANGED,
  ACCOUNT_CREATED,
  PASSWORD_RESET,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  ENTERPRISE_REGISTERED,
  ACCESS_DENIED,
  /** A regulator set the level that supervises an enterprise directly (监管层级). */
  SUPERVISION_CHANGED,
  /** A registration refused because the username or credit code is taken (counted per address). */
  REGISTRATION_REFUSED,
  /** A county regulator took a credit code away from the enterprise that had claimed it wrongly. */
  CREDIT_CODE_RELEASED
}
