package org.anjian.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.anjian.account.control.CreditCode;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.PasswordPolicy;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.Contacts;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.Sector;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.control.Settings;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.Region;
import org.anjian.region.entity.RegionLevel;

/**
 * 注册: an enterprise registers itself from the home page. Anyone may call it; everything it accepts
 * is checked here, not only in the form.
 */
@Stateless
@PermitAll
public class EnterpriseRegistration {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  @Inject private RegionTree regions;

  /**
   * Registers the enterprise and its first account. Refused when this address has made {@link
   * Settings#registrationsPerHour()} registrations (or attempts that met a taken username or credit
   * code) within the hour: "username taken" must be said, since the registrant needs another name,
   * but behind the captcha and this limit it cannot be used to list the accounts.
   */
  public void register(@Valid Registration form, String remoteAddress) {
    String address = remoteAddress == null ? "unknown" : remoteAddress;
    if (attemptsWithinAnHour(address) >= Settings.registrationsPerHour()) {
      throw new InvalidInputException("registration.tooMany", Settings.registrationsPerHour());
    }
    String creditCode = CreditCode.normalise(form.creditCode());
    if (!CreditCode.isValid(creditCode)) {
      throw InvalidInputException.ofField("creditCode", "registration.creditCodeInvalid");
    }
    if (!isRegistrationRegion(form.regionCode())) {
      throw InvalidInputException.ofField("regionCode", "registration.regionRequired");
    }
    EnterpriseBasics basics = form.basics();
    Contacts contacts = basics.getContacts();
    requireContact("legalRepresentative", contacts.getLegalRepresentative());
    requireContact("contactPerson", contacts.getContactPerson());
    requireContact("contactPhone", contacts.getContactPhone());
    if (form.sector() == Sector.INDUSTRY_TRADE && form.industry() == null) {
      throw InvalidInputException.ofField("industry", "registration.industryRequired");
    }
    String violation = PasswordPolicy.violation(form.password(), form.username());
    if (violation != null) {
      throw InvalidInputException.ofField("password", violation);
    }
    if (exists(
        "select a.id from UserAccount a where a.usernameKey = :v",
        UserAccount.keyOf(form.username()))) {
      refused(form, address, "username taken");
      throw InvalidInputException.ofField("username", "account.usernameTaken", form.username());
    }
    if (exists("select o.id from Organisation o where o.creditCode = :v", creditCode)) {
      refused(form, address, "credit code taken " + creditCode);
      throw InvalidInputException.ofField("creditCode", "registration.creditCodeTaken");
    }
    Organisation enterprise =
        Organisation.enterprise(
            form.enterpriseName().trim(),
            em.find(Region.class, form.regionCode()),
            creditCode,
            form.sector(),
            form.industry());
    enterprise.updateBasics(basics);
    em.persist(enterprise);
    UserAccount account =
        new UserAccount(
            form.username(),
            hasher.hash(form.password()),
            contacts.getContactPerson(),
            enterprise,
            null);
    // the enterprise chose this password itself: no forced change
    account.changePassword(account.getPasswordHash(), LocalDateTime.now());
    account.updateDetails(
        contacts.getContactPerson(), contacts.getContactPhone(), contacts.getContactEmail());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same registration sent twice at once: the unique keys let one through
      throw String.valueOf(e.getMessage()).contains("credit_code")
          ? InvalidInputException.ofField("creditCode", "registration.creditCodeTaken")
          : InvalidInputException.ofField("username", "account.usernameTaken", form.username());
    }
    audit.record(
        SecurityEventType.ENTERPRISE_REGISTERED,
        form.username(),
        form.username(),
        enterprise,
        address,
        creditCode);
  }

  private void refused(Registration form, String address, String why) {
    audit.record(
        SecurityEventType.REGISTRATION_REFUSED,
        form.username(),
        form.username(),
        null,
        address,
        why);
  }

  private long attemptsWithinAnHour(String address) {
    return em.createQuery(
            "select count(e) from SecurityEvent e where e.remoteAddress = :a"
                + " and e.occurredAt > :since and e.type in :types",
            Long.class)
        .setParameter("a", address)
        .setParameter("since", LocalDateTime.now().minusHours(1))
        .setParameter(
            "types",
            List.of(
                SecurityEventType.ENTERPRISE_REGISTERED, SecurityEventType.REGISTRATION_REFUSED))
        .getSingleResult();
  }

  /**
   * An enterprise registers in a county, or in one of the few cities without counties (东莞, 中山, 儋州,
   * 嘉峪关), so that every enterprise has a lowest-level regulator.
   */
  public boolean isRegistrationRegion(String regionCode) {
    if (!regions.exists(regionCode)) {
      return false;
    }
    RegionLevel level = regions.node(regionCode).level();
    return level == RegionLevel.COUNTY
        || (level == RegionLevel.CITY && regions.children(regionCode).isEmpty());
  }

  private static void requireContact(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.ofField(field, "registration.contactRequired");
    }
  }

  private boolean exists(String jpql, String value) {
    return !em.createQuery(jpql, Long.class)
        .setParameter("v", value)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
