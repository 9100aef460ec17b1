package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 公告: a regulator's numbered publication of approved applications. During the objection window
 * (公示期) anyone may object; once it has passed the announcement closes and its enterprises are
 * ANNOUNCED.
 */
@Entity
@Table(name = "grading_announcement")
public class Announcement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "regulator_region_code")
  private String regulatorRegionCode;

  @Column(name = "announcement_year")
  private int year;

  @Column(name = "sequence_no")
  private int sequence;

  private String title;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "objection_until")
  private LocalDate objectionUntil;

  private boolean closed;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected Announcement() {}

  public Announcement(
      String regulatorRegionCode,
      int sequence,
      String title,
      LocalDate publishedOn,
      LocalDate objectionUntil,
      String createdBy,
      LocalDateTime now) {
    this.regulatorRegionCode = regulatorRegionCode;
    this.year = publishedOn.getYear();
    this.sequence = sequence;
    this.title = title;
    this.publishedOn = publishedOn;
    this.objectionUntil = objectionUntil;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** True when the objection window is over on {@code today}. */
  public boolean windowOver(LocalDate today) {
    return today.isAfter(objectionUntil);
  }

  public void close() {
    this.closed = true;
  }

  public Long getId() {
    return id;
  }

  public String getRegulatorRegionCode() {
    return regulatorRegionCode;
  }

  public int getYear() {
    return year;
  }

  public int getSequence() {
    return sequence;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public LocalDate getObjectionUntil() {
    return objectionUntil;
  }

  public boolean isClosed() {
    return closed;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
