package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * One evaluator of an evaluation plan (评审方案), copied from the agency's registry with the
 * certificate number that signs the report, and the elements assigned to them.
 */
@Embeddable
public class PlanMember implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "evaluator_id")
  private Long evaluatorId;

  @Column(name = "evaluator_name")
  private String evaluatorName;

  @Column(name = "certificate_no")
  private String certificateNo;

  private boolean leader;

  /** Comma-separated {@link Element} names this evaluator covers on site. */
  private String elements;

  protected PlanMember() {}

  public PlanMember(Evaluator evaluator, boolean leader, String elements) {
    this.evaluatorId = evaluator.getId();
    this.evaluatorName = evaluator.getName();
    this.certificateNo = evaluator.getCertificateNo();
    this.leader = leader;
    this.elements = elements;
  }

  public Long getEvaluatorId() {
    return evaluatorId;
  }

  public String getEvaluatorName() {
    return evaluatorName;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public boolean isLeader() {
    return leader;
  }

  public String getElements() {
    return elements;
  }
}
