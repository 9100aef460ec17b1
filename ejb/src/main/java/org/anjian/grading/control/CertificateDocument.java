package org.anjian.grading.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything printed on one certificate, apart from the labels around it.
 *
 * @param number the national certificate number, e.g. 鲁AQBYJⅢ202600001
 * @param levelText the level as the certificate states it, e.g. 安全生产标准化三级企业
 * @param industryText the industry's name, e.g. 冶金
 * @param speciality the speciality within the industry, e.g. 炼钢; null or blank when there is none
 * @param issuer the issuing authority's name
 * @param verifyUrl absolute address of the public verification page of this number (the QR code)
 * @param statusText null for a valid certificate; otherwise its status (e.g. 已撤销), printed large
 */
public record CertificateDocument(
    String number,
    String enterpriseName,
    String levelText,
    String industryText,
    String speciality,
    LocalDate validUntil,
    LocalDate issuedOn,
    String issuer,
    String verifyUrl,
    String statusText) {

  public CertificateDocument {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(enterpriseName, "enterpriseName");
    Objects.requireNonNull(levelText, "levelText");
    Objects.requireNonNull(industryText, "industryText");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(verifyUrl, "verifyUrl");
  }

  public boolean hasSpeciality() {
    return speciality != null && !speciality.isBlank();
  }

  public boolean hasStatus() {
    return statusText != null && !statusText.isBlank();
  }
}
