package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.anjian.account.control.Callers;
import org.anjian.account.control.CreditCode;
import org.anjian.account.control.Jurisdiction;
import org.anjian.account.control.RegistrationRecords;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.RegistrationChange;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.Region;

/**
 * An enterprise's identity (name, 统一社会信用代码, 行政区划) changes only through its regulator: the county
 * regulator of its region or the regulator that supervises it directly. Every change says why and
 * goes into the registration history that the enterprise and its regulators read. Another
 * regulator's attempt is "not found" (outside its jurisdiction) or refused (inside it).
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class EnterpriseIdentity {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegistrationRecords records;

  @Inject private RegionTree regions;

  @Inject private EnterpriseRegistration registration;

  @Inject private SecurityAuditLog audit;

  /** Whether the caller may change this enterprise's identity (the page offers the form then). */
  public boolean mayChange(Long enterpriseId) {
    UserAccount me = callers.current();
    return isResponsible(me.getOrganisation(), enterprise(me, enterpriseId));
  }

  public void change(@Valid IdentityChange change) {
    UserAccount me = callers.current();
    Organisation org = enterprise(me, change.enterpriseId());
    if (!isResponsible(me.getOrganisation(), org)) {
      throw new IllegalMoveException("registration.identity.notResponsible");
    }
    if (records.locked(org)) {
      throw new InvalidInputException("grading.error.registrationLocked");
    }
    String name = change.name().trim();
    String creditCode = creditCode(org, change.creditCode());
    if (!registration.isRegistrationRegion(change.regionCode())) {
      throw new InvalidInputException("registration.regionRequired");
    }
    List<String[]> changes = new ArrayList<>();
    compare(changes, "organisationName", org.getName(), name);
    compare(changes, "creditCode", org.getCreditCode(), creditCode);
    compare(
        changes,
        "region",
        regions.fullName(org.getRegion().getCode()),
        regions.fullName(change.regionCode()));
    if (changes.isEmpty()) {
      throw new InvalidInputException("registration.identity.unchanged");
    }
    org.changeIdentity(name, creditCode, em.find(Region.class, change.regionCode()));
    records.record(org, changes, me, change.reason().trim());
  }

  /**
   * 释放信用代码: the enterprise that claimed this 统一社会信用代码 at registration was the wrong party. The code
   * is taken from it, so that the rightful enterprise can register with it, and its logins are
   * disabled (which ends their sessions); the registration history and the security audit say who
   * did it and why. Only the county of its region or its supervising regulator may.
   */
  public void releaseCreditCode(Long enterpriseId, String reason) {
    UserAccount me = callers.current();
    Organisation org = enterprise(me, enterpriseId);
    if (!isResponsible(me.getOrganisation(), org)) {
      throw new IllegalMoveException("registration.identity.notResponsible");
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.ofField("reason", "registration.identity.reasonRequired");
    }
    String code = org.getCreditCode();
    if (code == null) {
      throw new InvalidInputException("registration.release.noCode");
    }
    if (records.locked(org)) {
      throw new InvalidInputException("grading.error.registrationLocked");
    }
    String why = reason.strip();
    if (why.length() > RegistrationChange.MAX_REASON_LENGTH) {
      why = why.substring(0, RegistrationChange.MAX_REASON_LENGTH);
    }
    org.changeIdentity(org.getName(), null, org.getRegion());
    List<UserAccount> logins =
        em.createQuery("select a from UserAccount a where a.organisation = :o", UserAccount.class)
            .setParameter("o", org)
            .getResultList();
    logins.forEach(UserAccount::disable);
    List<String[]> changes = new ArrayList<>();
    changes.add(new String[] {"creditCode", code, null});
    records.record(org, changes, me, why);
    audit.record(
        SecurityEventType.CREDIT_CODE_RELEASED,
        me.getUsername(),
        logins.isEmpty() ? null : logins.get(0).getUsername(),
        org,
        null,
        code + " " + why);
  }

  /** The county regulator of the enterprise's region, or the one supervising it directly. */
  static boolean isResponsible(Organisation regulator, Organisation enterprise) {
    String own = regulator.getRegion().getCode();
    return regulator.getKind() == OrganisationKind.REGULATOR
        && (own.equals(enterprise.getRegion().getCode())
            || own.equals(enterprise.supervisingRegionCode()));
  }

  private Organisation enterprise(UserAccount me, Long id) {
    Organisation org = id == null ? null : em.find(Organisation.class, id);
    if (org == null || org.getKind() != OrganisationKind.ENTERPRISE) {
      throw new NotFoundException();
    }
    if (!Jurisdiction.covers(me.getOrganisation(), org.getAncestry())) {
      throw callers.denied(me, "enterprise identity " + id);
    }
    return org;
  }

  /** A valid code not held by another organisation; an ownerless-pond filer may stay without. */
  private String creditCode(Organisation org, String typed) {
    if ((typed == null || typed.isBlank()) && org.getCreditCode() == null) {
      return null;
    }
    String code = CreditCode.normalise(typed);
    if (!CreditCode.isValid(code)) {
      throw new InvalidInputException("registration.creditCodeInvalid");
    }
    boolean taken =
        !em.createQuery(
                "select o.id from Organisation o where o.creditCode = :c and o.id <> :id",
                Long.class)
            .setParameter("c", code)
            .setParameter("id", org.getId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidInputException("registration.creditCodeTaken");
    }
    return code;
  }

  private static void compare(List<String[]> changes, String field, String old, String now) {
    if (!Objects.equals(old, now)) {
      changes.add(new String[] {field, old, now});
    }
  }
}
