package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.anjian.account.control.Callers;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.PasswordPolicy;
import org.anjian.account.control.RegistrationRecords;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.region.boundary.RegionTree;

/**
 * 信息管理 / 注册信息维护: every user reads and edits their own details and changes their own password; an
 * enterprise (agency, body) maintains its organisation's basic information, with history. The
 * identity fields are not here: see {@link EnterpriseIdentity}.
 */
@Stateless
@RolesAllowed({
  Role.Names.ADMIN,
  Role.Names.REGULATOR,
  Role.Names.ORGANIZING_BODY,
  Role.Names.EVALUATION_AGENCY,
  Role.Names.ENTERPRISE
})
public class Profile {

  @Inject private Callers callers;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  @Inject private RegionTree regions;

  @Inject private RegistrationRecords records;

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
        org.getBasics().copy(),
        me.isMustChangePassword(),
        me.getVersion(),
        org.getSector(),
        records.locked(org));
  }

  /** The history of the caller's organisation's registration details, newest first. */
  public List<RegistrationChangeRow> ownHistory() {
    return records.history(callers.current().getOrganisation().getId()).stream()
        .map(RegistrationChangeRow::of)
        .toList();
  }

  public ProfileView updateOwn(@Valid ProfileUpdate update) {
    UserAccount me = callers.current();
    if (me.getVersion() != update.accountVersion()) {
      throw new StaleDataException();
    }
    me.updateDetails(update.displayName(), update.phone(), update.email());
    Organisation org = me.getOrganisation();
    if (org.getKind() != OrganisationKind.REGULATOR
        && org.getKind() != OrganisationKind.ADMINISTRATION
        && update.basics() != null) {
      List<String[]> changes = update.basics().changesSince(org.getBasics());
      if (!changes.isEmpty()) {
        if (records.locked(org)) {
          throw new InvalidInputException("grading.error.registrationLocked");
        }
        org.updateBasics(update.basics());
        records.record(org, changes, me, null);
      }
    }
    return own();
  }

  /**
   * Changes the caller's password; the old one is required. Returns the login as it now is: the
   * groups the session holds from now on (the full role once a forced change is done) and the new
   * credential stamp, which keeps this session signed in while the account's other sessions are
   * refused.
   */
  @RolesAllowed({
    Role.Names.PENDING_PASSWORD_CHANGE,
    Role.Names.ADMIN,
    Role.Names.REGULATOR,
    Role.Names.ORGANIZING_BODY,
    Role.Names.EVALUATION_AGENCY,
    Role.Names.ENTERPRISE
  })
  public LoginOutcome changeOwnPassword(String oldPassword, String newPassword) {
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
    return new LoginOutcome(
        true,
        me.getUsername(),
        Set.of(me.role().name()),
        false,
        me.getId(),
        me.getCredentialStamp());
  }
}
