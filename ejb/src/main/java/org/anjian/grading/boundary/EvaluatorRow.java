package org.anjian.grading.boundary;

import java.io.Serializable;
import org.anjian.grading.entity.Evaluator;

/** An evaluator of an agency's registry (评审员库) as lists and plan choices show it. */
public record EvaluatorRow(
    Long id,
    long version,
    String name,
    String qualification,
    String certificateNo,
    String specialities,
    String phone,
    boolean active)
    implements Serializable {

  static EvaluatorRow of(Evaluator e) {
    return new EvaluatorRow(
        e.getId(),
        e.getVersion(),
        e.getName(),
        e.getQualification(),
        e.getCertificateNo(),
        e.getSpecialities(),
        e.getPhone(),
        e.isActive());
  }
}
