package org.anjian.account.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.RegistrationChange;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.entity.GradingState;

/**
 * An enterprise's registration details over time: whether they are locked, and the history of their
 * changes (who, when, old → new, why). Internal: called by boundaries only, which check the caller
 * first.
 */
@Stateless
@PermitAll
public class RegistrationRecords {

  @PersistenceContext private EntityManager em;

  /**
   * An enterprise's registration details are locked while one of its grading applications is under
   * review (as the 2012 system did): the reviewers must see what was applied with.
   */
  public boolean locked(Organisation org) {
    if (org.getKind() != OrganisationKind.ENTERPRISE) {
      return false;
    }
    return !em.createQuery(
            "select a.id from GradingApplication a where a.enterpriseId = :e"
                + " and a.state not in :open",
            Long.class)
        .setParameter("e", org.getId())
        .setParameter(
            "open", List.of(GradingState.DRAFT, GradingState.CERTIFIED, GradingState.NOT_PASSED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** One history line per changed field: {@code {field, old, new}}. */
  public void record(Organisation org, List<String[]> changes, UserAccount actor, String reason) {
    LocalDateTime now = LocalDateTime.now();
    for (String[] change : changes) {
      em.persist(
          new RegistrationChange(
              org, change[0], clip(change[1]), clip(change[2]), actor, reason, now));
    }
  }

  /** Newest first. */
  public List<RegistrationChange> history(Long organisationId) {
    return em.createQuery(
            "select c from RegistrationChange c where c.organisationId = :o"
                + " order by c.changedAt desc, c.id desc",
            RegistrationChange.class)
        .setParameter("o", organisationId)
        .setMaxResults(200)
        .getResultList();
  }

  private static String clip(String value) {
    return value == null || value.length() <= RegistrationChange.MAX_VALUE_LENGTH
        ? value
        : value.substring(0, RegistrationChange.MAX_VALUE_LENGTH);
  }
}
