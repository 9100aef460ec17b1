package org.anjian.grading.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.anjian.account.entity.GradingLevel;
import org.anjian.grading.entity.Certificate;
import org.anjian.grading.entity.CertificateNumber;
import org.anjian.grading.entity.CertificateSeries;
import org.anjian.grading.entity.CertificateStatus;
import org.anjian.grading.entity.GradingApplication;
import org.anjian.region.boundary.RegionTree;

/**
 * Takes the next number of a certificate series inside the caller's transaction: the series row is
 * locked until that transaction ends, so two printers never get the same number, and a print that
 * rolls back returns its number (no gaps). A series row is created on first use in a transaction of
 * its own, so that a race to create it costs only a retry.
 */
@Stateless
@jakarta.annotation.security.PermitAll
public class CertificateNumbers {

  @PersistenceContext private EntityManager em;

  @jakarta.annotation.Resource private jakarta.ejb.SessionContext context;

  @jakarta.inject.Inject private RegionTree regions;

  /**
   * Issues the certificate of an application at its awarded level: the next number of its series
   * (province 简称, industry, level, year), valid for the configured years from {@code issuedOn},
   * signed by the approving regulator. Any certificate the enterprise still holds is superseded by
   * it (延期/复评 replace the old certificate; public verification then names the new one).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Certificate issue(GradingApplication application, LocalDate issuedOn) {
    GradingLevel level = application.getLevelAwarded();
    String province = application.getAncestry().getProvinceCode();
    String abbreviation = province == null ? "" : regions.node(province).abbreviation();
    String prefix = CertificateNumber.prefix(abbreviation, application.getIndustry(), level);
    int sequence = next(prefix + issuedOn.getYear());
    String number =
        CertificateNumber.of(
            abbreviation, application.getIndustry(), level, issuedOn.getYear(), sequence);
    for (Certificate old :
        em.createQuery(
                "select c from Certificate c where c.enterpriseId = :e and c.status = :valid",
                Certificate.class)
            .setParameter("e", application.getEnterpriseId())
            .setParameter("valid", CertificateStatus.VALID)
            .getResultList()) {
      old.supersede(number, LocalDateTime.now());
    }
    Certificate certificate =
        new Certificate(
            number,
            application,
            level,
            issuedOn,
            GradingSettings.validityYears(),
            regions.regulatorName(application.getHandlingRegionCode()));
    em.persist(certificate);
    em.flush();
    return certificate;
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int next(String seriesKey) {
    CertificateSeries series =
        em.find(CertificateSeries.class, seriesKey, LockModeType.PESSIMISTIC_WRITE);
    if (series == null) {
      context.getBusinessObject(CertificateNumbers.class).create(seriesKey);
      series = em.find(CertificateSeries.class, seriesKey, LockModeType.PESSIMISTIC_WRITE);
    }
    return series.next();
  }

  /** Creates the series row if it does not exist yet; another node creating it at once is fine. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void create(String seriesKey) {
    if (em.find(CertificateSeries.class, seriesKey) != null) {
      return;
    }
    try {
      em.persist(new CertificateSeries(seriesKey));
      em.flush();
    } catch (PersistenceException e) {
      // created by a concurrent print: the caller locks the row that won
      context.setRollbackOnly();
    }
  }
}
