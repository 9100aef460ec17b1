package org.anjian.account.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.exception.NotFoundException;

/**
 * Who is calling: the signed-in account, loaded in the caller's transaction. Also records denied
 * attempts, which then surface to the caller as "not found". Internal: called by boundaries only.
 */
@Stateless
@PermitAll
public class Callers {

  @Resource private SessionContext context;

  @PersistenceContext private EntityManager em;

  @jakarta.inject.Inject private SecurityAuditLog audit;

  public UserAccount current() {
    String name = context.getCallerPrincipal().getName();
    List<UserAccount> found =
        em.createQuery(
                "select a from UserAccount a join fetch a.organisation where a.username = :u",
                UserAccount.class)
            .setParameter("u", name)
            .getResultList();
    if (found.isEmpty() || !found.get(0).isEnabled()) {
      throw new NotFoundException();
    }
    return found.get(0);
  }

  /** Logs that the caller reached for something outside its jurisdiction, and says "not found". */
  public NotFoundException denied(UserAccount caller, String what) {
    audit.record(
        SecurityEventType.ACCESS_DENIED,
        caller.getUsername(),
        null,
        caller.getOrganisation(),
        null,
        what);
    return new NotFoundException();
  }
}
