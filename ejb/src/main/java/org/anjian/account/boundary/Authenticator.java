package org.anjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.anjian.account.control.LoginThrottle;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;

/**
 * Checks a username and password for the identity store: the username in any case, wrong passwords
 * counted per account and address ({@link LoginThrottle}), every attempt audited. Public by nature:
 * it is what an anonymous visitor calls to sign in.
 */
@Stateless
@PermitAll
public class Authenticator {

  /** The only group of a user who must change the password before anything else. */
  public static final String PASSWORD_CHANGE_GROUP = Role.Names.PENDING_PASSWORD_CHANGE;

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  @Inject private LoginThrottle throttle;

  public LoginOutcome authenticate(String username, String password, String remoteAddress) {
    String address = remoteAddress == null ? "unknown" : remoteAddress;
    List<UserAccount> found =
        em.createQuery(
                "select a from UserAccount a join fetch a.organisation"
                    + " where a.usernameKey = :u",
                UserAccount.class)
            .setParameter("u", UserAccount.keyOf(username))
            .getResultList();
    if (found.isEmpty()) {
      hasher.verifyDecoy(password);
      audit.record(SecurityEventType.LOGIN_FAILED, username, username, null, address, "unknown");
      return LoginOutcome.invalid();
    }
    UserAccount account = found.get(0);
    String name = account.getUsername(); // as registered, whatever case was typed
    Organisation organisation = account.getOrganisation();
    LocalDateTime now = LocalDateTime.now();
    if (!account.isEnabled() || throttle.isLocked(name, address, now)) {
      hasher.verifyDecoy(password);
      audit.record(
          SecurityEventType.LOGIN_FAILED,
          username,
          name,
          organisation,
          address,
          account.isEnabled() ? "locked" : "disabled");
      return LoginOutcome.invalid();
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      boolean locks = throttle.locksWithNextFailure(name, address, now);
      audit.record(
          locks ? SecurityEventType.LOCKED_OUT : SecurityEventType.LOGIN_FAILED,
          username,
          name,
          organisation,
          address,
          LoginThrottle.WRONG_PASSWORD);
      return LoginOutcome.invalid();
    }
    recordSuccessfulLogin(account, now);
    audit.record(SecurityEventType.LOGIN, name, name, organisation, address, null);
    Set<String> groups =
        account.isMustChangePassword()
            ? Set.of(PASSWORD_CHANGE_GROUP)
            : Set.of(account.role().name());
    return new LoginOutcome(
        true,
        name,
        groups,
        account.isMustChangePassword(),
        account.getId(),
        account.getCredentialStamp());
  }

  /**
   * Whether a session signed in under this credential stamp may go on: the account is still enabled
   * and its password has not been changed or reset since. Asked on every request, from the
   * database, so that it holds on every cluster node at once (by primary key: cheap).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isCurrent(Long accountId, long credentialStamp) {
    return accountId != null
        && !em.createQuery(
                "select a.id from UserAccount a where a.id = :id and a.enabled = true"
                    + " and a.credentialStamp = :stamp",
                Long.class)
            .setParameter("id", accountId)
            .setParameter("stamp", credentialStamp)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
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
