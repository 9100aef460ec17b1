package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An entry of an evaluation agency's 评审员库: a trained evaluator with the certificate number they
 * sign reports with.
 */
@Entity
@Table(name = "grading_evaluator")
public class Evaluator implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NAME_LENGTH = 64;
  public static final int QUALIFICATION_LENGTH = 32;
  public static final int CERTIFICATE_NO_LENGTH = 64;
  public static final int SPECIALITIES_LENGTH = 256;
  public static final int PHONE_LENGTH = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_id")
  private Long agencyId;

  @NotBlank
  @Size(max = NAME_LENGTH)
  private String name;

  /** 评审员 grade, e.g. 一级评审员 / 二级评审员 / 三级评审员. */
  @NotBlank
  @Size(max = QUALIFICATION_LENGTH)
  private String qualification;

  /** 培训合格证书编号. */
  @NotBlank
  @Size(max = CERTIFICATE_NO_LENGTH)
  @Column(name = "certificate_no")
  private String certificateNo;

  @NotBlank
  @Size(max = SPECIALITIES_LENGTH)
  private String specialities;

  @Size(max = PHONE_LENGTH)
  private String phone;

  private boolean active;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Evaluator() {}

  public Evaluator(Long agencyId, LocalDateTime now) {
    this.agencyId = agencyId;
    this.active = true;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getQualification() {
    return qualification;
  }

  public void setQualification(String qualification) {
    this.qualification = qualification;
  }

  public String getCertificateNo() {
    return certificateNo;
  }

  public void setCertificateNo(String certificateNo) {
    this.certificateNo = certificateNo;
  }

  public String getSpecialities() {
    return specialities;
  }

  public void setSpecialities(String specialities) {
    this.specialities = specialities;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public long getVersion() {
    return version;
  }
}
