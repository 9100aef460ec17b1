package org.anjian.grading.entity;

/** What public verification says about a certificate. */
public enum CertificateStatus {
  VALID,
  /** Withdrawn by the regulator (accident, falsification…): no longer a graded enterprise. */
  REVOKED,
  /** Replaced by a lower level after a regulator's decision. */
  DOWNGRADED,
  /** Replaced by the certificate of a later evaluation (延期/复评); the reason names the new one. */
  SUPERSEDED
}
