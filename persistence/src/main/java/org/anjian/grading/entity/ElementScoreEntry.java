package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/** One row of a stored evaluation report: an element's points and the reasons for deductions. */
@Embeddable
public class ElementScoreEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Enumerated(EnumType.STRING)
  private Element element;

  @Column(name = "standard_points")
  private BigDecimal standard;

  @Column(name = "not_applicable_points")
  private BigDecimal notApplicable;

  @Column(name = "deducted_points")
  private BigDecimal deductions;

  @Column(name = "deduction_reasons")
  private String deductionReasons;

  protected ElementScoreEntry() {}

  public ElementScoreEntry(ElementScore score, String deductionReasons) {
    this.element = score.element();
    this.standard = score.standard();
    this.notApplicable = score.notApplicable();
    this.deductions = score.deductions();
    this.deductionReasons = deductionReasons;
  }

  public ElementScore score() {
    return new ElementScore(element, standard, notApplicable, deductions);
  }

  public Element getElement() {
    return element;
  }

  public String getDeductionReasons() {
    return deductionReasons;
  }
}
