package org.anjian.grading.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.anjian.grading.entity.CertificateSeries;

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
