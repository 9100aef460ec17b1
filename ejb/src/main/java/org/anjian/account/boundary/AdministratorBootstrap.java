package org.anjian.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.control.Settings;

/**
 * Makes sure the system administrator account exists. Its initial password comes from
 * ANJIAN_ADMIN_PASSWORD, which production requires at the first start; a demo or test run without
 * it gets a random password that is never written anywhere (the demo data set the demo one). Either
 * way it must be changed at first login.
 */
@Singleton
@Startup
@DependsOn("Database")
@PermitAll
public class AdministratorBootstrap {

  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @PostConstruct
  void ensureAdministrator() {
    boolean exists =
        !em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
            .setParameter("u", ADMIN_USERNAME)
            .getResultList()
            .isEmpty();
    if (exists) {
      return;
    }
    Organisation administration =
        em.createQuery(
                "select o from Organisation o where o.kind ="
                    + " org.anjian.account.entity.OrganisationKind.ADMINISTRATION",
                Organisation.class)
            .getSingleResult();
    String password = Settings.initialAdminPasswordOrRandom();
    LOG.info(
        () ->
            "Created account '"
                + ADMIN_USERNAME
                + "' with the initial password "
                + (Settings.initialAdminPassword() == null
                    ? "of the demo data (a random one until it is loaded)"
                    : "of ANJIAN_ADMIN_PASSWORD")
                + "; it must be changed at first login.");
    em.persist(
        new UserAccount(ADMIN_USERNAME, hasher.hash(password), "系统管理员", administration, null));
  }
}
