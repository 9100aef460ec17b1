package org.anjian.grading.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.region.entity.RegionAncestry;

/**
 * A printed standardisation certificate: what it says is copied from the application when printed,
 * so that later changes to the enterprise do not change a certificate. Public verification reads
 * its status.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String number;

  @Column(name = "application_id")
  private Long applicationId;

  /** The organising body that printed it. */
  @Column(name = "body_id")
  private Long bodyId;

  @Column(name = "enterprise_id")
  private Long enterpriseId;

  @Embedded private EnterpriseSnapshot snapshot;

  @Enumerated(EnumType.STRING)
  private GradingLevel level;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  private String issuer;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "downgraded_to")
  private GradingLevel downgradedTo;

  @Column(name = "status_changed_at")
  private LocalDateTime statusChangedAt;

  @Version private long version;

  protected Certificate() {}

  public Certificate(
      String number,
      GradingApplication application,
      GradingLevel level,
      LocalDate issuedOn,
      int validityYears,
      String issuer) {
    this.number = number;
    this.applicationId = application.getId();
    this.bodyId = application.getBodyId();
    this.enterpriseId = application.getEnterpriseId();
    this.snapshot = application.getSnapshot().copy();
    this.level = level;
    this.issuedOn = issuedOn;
    this.validUntil = issuedOn.plusYears(validityYears).minusDays(1);
    this.issuer = issuer;
    this.status = CertificateStatus.VALID;
  }

  /** Withdraws the certificate; public verification then says so, with the reason. */
  public void revoke(String reason, LocalDateTime now) {
    changeStatus(CertificateStatus.REVOKED, reason, now);
  }

  /** The levels a downgrade may lower the certificate to: those below its own (三级 has none). */
  public List<GradingLevel> lowerLevels() {
    return Arrays.stream(GradingLevel.values()).filter(l -> l.ordinal() > level.ordinal()).toList();
  }

  /** Revocation and downgrade change a valid certificate only. */
  public boolean isChangeable() {
    return status == CertificateStatus.VALID;
  }

  /** Lowers the level the certificate stands for; verification shows the level it dropped to. */
  public void downgrade(GradingLevel to, String reason, LocalDateTime now) {
    if (to == null || !lowerLevels().contains(to)) {
      throw new InvalidInputException("certificate.error.downgradeLevel");
    }
    changeStatus(CertificateStatus.DOWNGRADED, reason, now);
    this.downgradedTo = to;
  }

  /** Replaced by a later certificate of the same enterprise, whose number becomes the reason. */
  public void supersede(String newNumber, LocalDateTime now) {
    changeStatus(CertificateStatus.SUPERSEDED, newNumber, now);
  }

  private void changeStatus(CertificateStatus to, String reason, LocalDateTime now) {
    if (!isChangeable()) {
      throw new IllegalMoveException("certificate.error.notValid", number, status.name());
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("grading.error.reasonRequired");
    }
    if (reason.trim().length() > GradingApplication.MAX_REASON_LENGTH) {
      throw new InvalidInputException(
          "grading.error.reasonTooLong", GradingApplication.MAX_REASON_LENGTH);
    }
    this.status = to;
    this.statusReason = reason.trim();
    this.statusChangedAt = now;
  }

  /** Valid on {@code day}: not withdrawn and not expired. */
  public boolean isValidOn(LocalDate day) {
    return status == CertificateStatus.VALID && !day.isAfter(validUntil);
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Long getBodyId() {
    return bodyId;
  }

  public Long getEnterpriseId() {
    return enterpriseId;
  }

  public String getEnterpriseName() {
    return snapshot.getEnterpriseName();
  }

  public String getCreditCode() {
    return snapshot.getCreditCode();
  }

  public String getRegionCode() {
    return snapshot.getRegionCode();
  }

  public RegionAncestry getAncestry() {
    return snapshot.getAncestry();
  }

  public Industry getIndustry() {
    return snapshot.getIndustry();
  }

  public String getSpeciality() {
    return snapshot.getSpeciality();
  }

  public GradingLevel getLevel() {
    return level;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public String getIssuer() {
    return issuer;
  }

  public CertificateStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public GradingLevel getDowngradedTo() {
    return downgradedTo;
  }

  public LocalDateTime getStatusChangedAt() {
    return statusChangedAt;
  }

  public long getVersion() {
    return version;
  }
}
