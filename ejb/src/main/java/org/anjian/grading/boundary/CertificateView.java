package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.CertificateStatus;

/** A certificate as lists, the PDF and public verification show it. */
public record CertificateView(
    Long id,
    long version,
    String number,
    String enterpriseName,
    String creditCode,
    String regionName,
    Industry industry,
    String speciality,
    GradingLevel level,
    LocalDate issuedOn,
    LocalDate validUntil,
    String issuer,
    CertificateStatus status,
    String statusReason,
    GradingLevel downgradedTo,
    boolean validToday,
    LocalDateTime statusChangedAt)
    implements Serializable {

  public static CertificateView of(Certificate c, String regionName) {
    return new CertificateView(
        c.getId(),
        c.getVersion(),
        c.getNumber(),
        c.getEnterpriseName(),
        c.getCreditCode(),
        regionName,
        c.getIndustry(),
        c.getSpeciality(),
        c.getLevel(),
        c.getIssuedOn(),
        c.getValidUntil(),
        c.getIssuer(),
        c.getStatus(),
        c.getStatusReason(),
        c.getDowngradedTo(),
        c.isValidOn(LocalDate.now()),
        c.getStatusChangedAt());
  }

  /** True when the validity ends within {@code months} from today (renewal time). */
  public boolean expiresWithin(int months) {
    LocalDate today = LocalDate.now();
    return !validUntil.isBefore(today) && !validUntil.isAfter(today.plusMonths(months));
  }
}
