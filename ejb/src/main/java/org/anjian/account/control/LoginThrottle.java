package org.anjian.account.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.platform.control.Settings;

/**
 * Wrong passwords counted per account <em>and address</em>, from the security audit: a guesser who
 * types five wrong passwords for a reviewer's username (which enterprises read in histories) locks
 * only their own address out, not the reviewer. The count covers the lockout window since the
 * account's last successful login from that address. Reading the audit makes it hold across cluster
 * nodes without a table of its own. Internal: called by the authenticator only.
 */
@Stateless
@PermitAll
public class LoginThrottle {

  /** The audit detail of a wrong password (LOGIN_FAILED or, at the limit, LOCKED_OUT). */
  public static final String WRONG_PASSWORD = "wrong password";

  @PersistenceContext private EntityManager em;

  /** True when this address may not try this account's password now. */
  public boolean isLocked(String username, String address, LocalDateTime now) {
    return wrongPasswords(username, address, now) >= Settings.maxFailedLogins();
  }

  /** True when one more wrong password from this address reaches the limit. */
  public boolean locksWithNextFailure(String username, String address, LocalDateTime now) {
    return wrongPasswords(username, address, now) + 1 >= Settings.maxFailedLogins();
  }

  private long wrongPasswords(String username, String address, LocalDateTime now) {
    LocalDateTime since = now.minus(Settings.lockoutDuration());
    LocalDateTime lastLogin =
        em.createQuery(
                "select max(e.occurredAt) from SecurityEvent e where e.type = :login"
                    + " and e.subjectUsername = :u and e.remoteAddress = :a and e.occurredAt > :t",
                LocalDateTime.class)
            .setParameter("login", SecurityEventType.LOGIN)
            .setParameter("u", username)
            .setParameter("a", address)
            .setParameter("t", since)
            .getSingleResult();
    return em.createQuery(
            "select count(e) from SecurityEvent e where e.subjectUsername = :u"
                + " and e.remoteAddress = :a and e.occurredAt > :t and (e.type = :locked"
                + " or (e.type = :failed and e.detail = :wrong))",
            Long.class)
        .setParameter("u", username)
        .setParameter("a", address)
        .setParameter("t", lastLogin == null ? since : lastLogin)
        .setParameter("locked", SecurityEventType.LOCKED_OUT)
        .setParameter("failed", SecurityEventType.LOGIN_FAILED)
        .setParameter("wrong", WRONG_PASSWORD)
        .getSingleResult();
  }
}
