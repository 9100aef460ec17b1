package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.Set;
import org.anjian.account.control.Callers;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.PasswordPolicy;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.InvalidInputException;
import org.anjian.platform.boundary.StaleDataException;
import org.anjian.region.boundary.RegionTree;

/** 信息管理: every user reads and edits their own details and changes their own password. */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.REGULATOR,
  Role.Names.ORGANIZING_BODY,
  Role.Names.EVALUATION_AGENCY,
  Role.Names.ENTERPRISE
})
public class Profile {

  @jakarta.persistence.PersistenceContext private jakarta.persistence.EntityManager em;

  @Inject private Callers callers;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  @Inject private RegionTree regions;

  @RolesAllowed({
    Role.Names.PENDING_PASSWORD_CHANGE,
    Role.Names.ADMIN,
    Role.Names.REGULATOR,
    Role.Names.ORGANIZING_BODY,
    Role.Names.EVALUATION_AGENCY,
    Role.Names.ENTERPRISE
  })
  public ProfileView own() {
    UserAccount me = callers.current();
    Organisation org = me.getOrganisation();
    return new ProfileView(
        me.getUsername(),
        me.getDisplayName(),
        me.getPhone(),
        me.getEmail(),
        org.getName(),
        org.getKind(),
        org.getRegion().getCode(),
        regions.fullName(org.getRegion().getCode()),
        org.getRegion().getLevel(),
        org.getCreditCode(),
        org.getLegalRepresentative(),
        org.getContactPerson(),
        org.getContactPhone(),
        org.getContactEmail(),
        org.getAddress(),
        me.isMustChangePassword(),
        me.getVersion(),
        org.getSector(),
        registrationLocked(org));
  }

  /**
   * An enterprise's registration details are locked while one of its grading applications is under
   * review (as the 2012 system did): the reviewers must see what was applied with.
   */
  private boolean registrationLocked(Organisation org) {
    if (org.getKind() != OrganisationKind.ENTERPRISE) {
      return false;
    }
    return !em.createQuery(
            "select a.id from GradingApplication a where a.enterpriseId = :e"
                + " and a.state not in :open",
            Long.class)
        .setParameter("e", org.getId())
        .setParameter(
            "open",
            java.util.List.of(GradingState.DRAFT, GradingState.CERTIFIED, GradingState.NOT_PASSED))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public ProfileView updateOwn(@Valid ProfileUpdate update) {
    UserAccount me = callers.current();
    if (me.getVersion() != update.accountVersion()) {
      throw new StaleDataException();
    }
    me.updateDetails(update.displayName(), update.phone(), update.email());
    Organisation org = me.getOrganisation();
    if (org.getKind() != OrganisationKind.REGULATOR
        && org.getKind() != OrganisationKind.ADMINISTRATION) {
      boolean changed =
          !java.util.Objects.equals(update.legalRepresentative(), org.getLegalRepresentative())
              || !java.util.Objects.equals(update.contactPerson(), org.getContactPerson())
              || !java.util.Objects.equals(update.contactPhone(), org.getContactPhone())
              || !java.util.Objects.equals(update.contactEmail(), org.getContactEmail())
              || !java.util.Objects.equals(update.address(), org.getAddress());
      if (changed && registrationLocked(org)) {
        throw new InvalidInputException("grading.error.registrationLocked");
      }
      org.updateContacts(
          update.legalRepresentative(),
          update.contactPerson(),
          update.contactPhone(),
          update.contactEmail(),
          update.address());
    }
    return own();
  }

  /**
   * Changes the caller's password; the old one is required. Returns the groups the session holds
   * from now on (the full role once a forced change is done).
   */
  @RolesAllowed({
    Role.Names.PENDING_PASSWORD_CHANGE,
    Role.Names.ADMIN,
    Role.Names.REGULATOR,
    Role.Names.ORGANIZING_BODY,
    Role.Names.EVALUATION_AGENCY,
    Role.Names.ENTERPRISE
  })
  public Set<String> changeOwnPassword(String oldPassword, String newPassword) {
    UserAccount me = callers.current();
    if (oldPassword == null || !hasher.verify(oldPassword, me.getPasswordHash())) {
      throw new InvalidInputException("password.oldWrong");
    }
    String violation = PasswordPolicy.violation(newPassword, me.getUsername());
    if (violation != null) {
      throw new InvalidInputException(violation);
    }
    if (newPassword.equals(oldPassword)) {
      throw new InvalidInputException("password.policy.same");
    }
    me.changePassword(hasher.hash(newPassword), LocalDateTime.now());
    audit.record(
        SecurityEventType.PASSWORD_CHANGED,
        me.getUsername(),
        me.getUsername(),
        me.getOrganisation(),
        null,
        null);
    return Set.of(me.role().name());
  }
}
