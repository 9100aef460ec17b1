package org.anjian.grading.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.CertificateStatus;

/**
 * A certificate as lists, the PDF and public verification show it. {@code changeable}: the caller
 * may revoke or downgrade it now (the regulator that approved it, while it is valid); {@code
 * lowerLevels}: the levels a downgrade may lower it to ({@link Certificate#lowerLevels}).
 */
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
    LocalDateTime statusChangedAt,
    boolean changeable,
    List<GradingLevel> lowerLevels)
    implements Serializable {

  /** The certificate as anyone but its approving regulator sees it: nothing to change. */
  public static CertificateView of(Certificate c, String regionName) {
    return of(c, regionName, false);
  }

  /** {@code approvedByCaller}: the caller is the regulator that approved it. */
  public static CertificateView of(Certificate c, String regionName, boolean approvedByCaller) {
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
        c.getStatusChangedAt(),
        approvedByCaller && c.isChangeable(),
        c.lowerLevels());
  }

  /** True when the validity ends within {@code months} from today (renewal time). */
  public boolean expiresWithin(int months) {
    LocalDate today = LocalDate.now();
    return !validUntil.isBefore(today) && !validUntil.isAfter(today.plusMonths(months));
  }
}
