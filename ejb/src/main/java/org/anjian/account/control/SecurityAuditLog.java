package org.anjian.account.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.SecurityEvent;
import org.anjian.account.entity.SecurityEventType;

/**
 * Writes the security audit in a transaction of its own, so that an entry survives the rollback of
 * what it records (a denied access, a failed login). The organisation is only read (name, region),
 * so one created by the caller's still-open transaction is recorded too. Internal: called by
 * boundaries only.
 */
@Stateless
@PermitAll
public class SecurityAuditLog {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      SecurityEventType type,
      String actor,
      String subject,
      Organisation organisation,
      String remoteAddress,
      String detail) {
    em.persist(new SecurityEvent(type, actor, subject, organisation, remoteAddress, detail));
  }
}
