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

/** An entry of an organising body's 评审专家库. Retired experts stay, marked inactive. */
@Entity
@Table(name = "grading_expert")
public class Expert implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NAME_LENGTH = 64;
  public static final int SPECIALITY_LENGTH = 128;
  public static final int TITLE_LENGTH = 64;
  public static final int EMPLOYER_LENGTH = 128;
  public static final int PHONE_LENGTH = 32;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "body_id")
  private Long bodyId;

  @NotBlank
  @Size(max = NAME_LENGTH)
  private String name;

  @NotBlank
  @Size(max = SPECIALITY_LENGTH)
  private String speciality;

  /** 职称, e.g. 高级工程师. */
  @Size(max = TITLE_LENGTH)
  private String title;

  @Size(max = EMPLOYER_LENGTH)
  private String employer;

  @Size(max = PHONE_LENGTH)
  private String phone;

  private boolean active;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Expert() {}

  public Expert(Long bodyId, LocalDateTime now) {
    this.bodyId = bodyId;
    this.active = true;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getBodyId() {
    return bodyId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSpeciality() {
    return speciality;
  }

  public void setSpeciality(String speciality) {
    this.speciality = speciality;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getEmployer() {
    return employer;
  }

  public void setEmployer(String employer) {
    this.employer = employer;
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
