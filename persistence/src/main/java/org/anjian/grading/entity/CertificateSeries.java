package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number taken in one certificate number series: its prefix and year, e.g.
 * 鲁AQBYJⅢ2026. Taking a number locks this row, so concurrent printing gets consecutive numbers, and
 * a rolled-back print gives its number back.
 */
@Entity
@Table(name = "certificate_series")
public class CertificateSeries {

  @Id
  @Column(name = "series_key")
  private String key;

  @Column(name = "last_sequence")
  private int lastSequence;

  protected CertificateSeries() {}

  public CertificateSeries(String key) {
    this.key = key;
  }

  /** Takes the next number of the series. */
  public int next() {
    lastSequence++;
    return lastSequence;
  }

  public String getKey() {
    return key;
  }
}
