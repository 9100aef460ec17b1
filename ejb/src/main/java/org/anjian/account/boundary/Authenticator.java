package org.anjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.control.Settings;

/**
 * Checks a username and password for the identity store: counts failures, locks after too many, and
 * audits every attempt. Public by nature: it is what an anonymous visitor calls to sign in.
 */
@Stateless
@PermitAll
public class Authenticator {

  /** The only group of a user who must change the password before anything else. */
  public static final String PASSWORD_CHANGE_GROUP = Role.Names.PENDING_PASSWORD_CHANGE;

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  public LoginOutcome authenticate(String username, String password, String remoteAddress) {
    List<UserAccount> found =
        em.createQuery(
                "select a from UserAccount a join fetch a.organisation where a.username = :u",
                UserAccount.class)
            .setParameter("u", username)
            .getResultList();
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      audit.record(
          SecurityEventType.LOGIN_FAILED, username, username, null, remoteAddress, "unknown");
      return LoginOutcome.invalid();
    }
    UserAccount account = found.get(0);
    Organisation organisation = account.getOrganisation();
    LocalDateTime now = LocalDateTime.now();
    if (!account.isEnabled() || account.isLockedAt(now)) {
      hasher.verifyDecoy(password);
      audit.record(
          SecurityEventType.LOGIN_FAILED,
          username,
          username,
          organisation,
          remoteAddress,
          account.isEnabled() ? "locked" : "disabled");
      return LoginOutcome.invalid();
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      boolean locked =
          account.recordFailedLogin(now, Settings.maxFailedLogins(), Settings.lockoutDuration());
      audit.record(
          locked ? SecurityEventType.LOCKED_OUT : SecurityEventType.LOGIN_FAILED,
          username,
          username,
          organisation,
          remoteAddress,
          "wrong password");
      return LoginOutcome.invalid();
    }
    recordSuccessfulLogin(account, now);
    audit.record(SecurityEventType.LOGIN, username, username, organisation, remoteAddress, null);
    Set<String> groups =
        account.isMustChangePassword()
            ? Set.of(PASSWORD_CHANGE_GROUP)
            : Set.of(account.role().name());
    return new LoginOutcome(true, username, groups, account.isMustChangePassword());
  }

  /**
   * Clears the failure count and stamps the last login with a plain update that neither reads nor
   * raises the row's version: one account is shared by a whole office (each 安监 department gets one
   * username), and parallel logins through the version-checked entity failed with
   * OptimisticLockException. Parallel updates of the row now just wait for each other.
   */
  private void recordSuccessfulLogin(UserAccount account, LocalDateTime now) {
    em.createQuery(
            "update UserAccount a set a.lastLoginAt = :now, a.failedLogins = 0,"
                + " a.lockedUntil = null where a.id = :id")
        .setParameter("now", now)
        .setParameter("id", account.getId())
        .executeUpdate();
  }

  /** Audits a sign-out. */
  @jakarta.annotation.security.RolesAllowed({
    Role.Names.PENDING_PASSWORD_CHANGE,
    Role.Names.ADMIN,
    Role.Names.REGULATOR,
    Role.Names.ORGANIZING_BODY,
    Role.Names.EVALUATION_AGENCY,
    Role.Names.ENTERPRISE
  })
  public void recordLogout(String username, String remoteAddress) {
    audit.record(SecurityEventType.LOGOUT, username, username, null, remoteAddress, null);
  }
}
