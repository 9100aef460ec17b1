package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** An expert from the organising body's registry (评审专家库) taking part in an evaluation. */
@Embeddable
public class PlanExpert implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "expert_id")
  private Long expertId;

  @Column(name = "expert_name")
  private String expertName;

  protected PlanExpert() {}

  public PlanExpert(Expert expert) {
    this.expertId = expert.getId();
    this.expertName = expert.getName();
  }

  public Long getExpertId() {
    return expertId;
  }

  public String getExpertName() {
    return expertName;
  }
}
