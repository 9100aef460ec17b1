package org.anjian.grading.boundary;

import java.io.Serializable;
import org.anjian.grading.entity.Expert;

/** An expert of an organising body's registry (评审专家库) as lists and plan choices show it. */
public record ExpertRow(
    Long id,
    long version,
    String name,
    String speciality,
    String title,
    String employer,
    String phone,
    boolean active)
    implements Serializable {

  static ExpertRow of(Expert e) {
    return new ExpertRow(
        e.getId(),
        e.getVersion(),
        e.getName(),
        e.getSpeciality(),
        e.getTitle(),
        e.getEmployer(),
        e.getPhone(),
        e.isActive());
  }
}
