package org.anjian.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.anjian.account.control.Callers;
import org.anjian.account.control.Jurisdiction;
import org.anjian.account.control.PasswordHasher;
import org.anjian.account.control.PasswordPolicy;
import org.anjian.account.control.SecurityAuditLog;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Organisation;
import org.anjian.account.entity.OrganisationKind;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.SecurityEventType;
import org.anjian.account.entity.UserAccount;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.InvalidInputException;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.region.boundary.RegionTree;
import org.anjian.region.entity.Region;

/**
 * Accounts down the hierarchy (2012 notice §二(三)): the national regulator and the administrator
 * manage regulator accounts, a regulator its organising bodies, an organising body its evaluation
 * agencies. Each creator sets an initial password that must be changed at first login.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGULATOR, Role.Names.ORGANIZING_BODY})
public class AccountDirectory {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "username", "a.username",
          "displayName", "a.displayName",
          "organisationName", "o.name",
          "createdAt", "a.createdAt",
          "lastLoginAt", "a.lastLoginAt");

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private PasswordHasher hasher;

  @Inject private SecurityAuditLog audit;

  @Inject private RegionTree regions;

  /**
   * The kinds of account the caller may create, most common first. A regulator may also create an
   * ENTERPRISE account for itself: its filer of ownerless tailings ponds (无主尾矿库).
   */
  public List<OrganisationKind> creatableKinds() {
    Organisation me = callers.current().getOrganisation();
    List<OrganisationKind> kinds = new ArrayList<>();
    if (Jurisdiction.managesRegulators(me)) {
      kinds.add(OrganisationKind.REGULATOR);
    }
    OrganisationKind managed = Jurisdiction.managedKind(me);
    if (managed != null && !kinds.contains(managed)) {
      kinds.add(managed);
    }
    if (me.getKind() == OrganisationKind.REGULATOR) {
      kinds.add(OrganisationKind.ENTERPRISE);
    }
    return List.copyOf(kinds);
  }

  /**
   * The grading levels of the organising bodies the caller may create: those it is the competent
   * regulator of for some part of its region ({@link RegionTree#competentLevels}). National: 一级; a
   * province: 二级; a city: 三级; a municipality (北京市) or a province with 省直辖县级行政区划 (河南省): 二级 and 三级.
   * Empty for anyone else.
   */
  public List<GradingLevel> bodyLevels() {
    return bodyLevels(callers.current().getOrganisation());
  }

  private List<GradingLevel> bodyLevels(Organisation me) {
    if (Jurisdiction.managedKind(me) != OrganisationKind.ORGANIZING_BODY) {
      return List.of();
    }
    return GradingLevel.approvedAt(regions.competentLevels(me.getRegion().getCode()));
  }

  public Slice<AccountRow> list(PageRequest page, AccountFilter filter) {
    Organisation me = callers.current().getOrganisation();
    String where = " where (" + scope(me) + ")";
    if (filter != null && filter.hasText()) {
      where +=
          " and (lower(a.username) like :t escape '\\' or lower(a.displayName) like :t escape '\\'"
              + " or lower(o.name) like :t escape '\\')";
    }
    String order = " order by " + page.orderBy(SORTABLE, "a.username asc", "a.id");
    TypedQuery<UserAccount> rows =
        em.createQuery(
            "select a from UserAccount a join fetch a.organisation o" + where + order,
            UserAccount.class);
    TypedQuery<Long> count =
        em.createQuery(
            "select count(a) from UserAccount a join a.organisation o" + where, Long.class);
    bind(rows, me, filter);
    bind(count, me, filter);
    List<AccountRow> result =
        rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList().stream()
            .map(this::row)
            .toList();
    return new Slice<>(result, count.getSingleResult());
  }

  private static String scope(Organisation me) {
    if (me.getKind() == OrganisationKind.ADMINISTRATION) {
      return "o.kind = org.anjian.account.entity.OrganisationKind.REGULATOR";
    }
    if (Jurisdiction.managesRegulators(me)) {
      return "(o.kind = org.anjian.account.entity.OrganisationKind.REGULATOR"
          + " and o.regionCode <> '"
          + Region.NATIONAL_CODE
          + "') or o.parentId = :me";
    }
    return "o.parentId = :me";
  }

  private static void bind(TypedQuery<?> query, Organisation me, AccountFilter filter) {
    if (me.getKind() != OrganisationKind.ADMINISTRATION) {
      query.setParameter("me", me.getId());
    }
    if (filter != null && filter.hasText()) {
      query.setParameter("t", filter.likePattern());
    }
  }

  public AccountRow create(@Valid NewAccount request) {
    UserAccount me = callers.current();
    String violation = PasswordPolicy.violation(request.initialPassword(), request.username());
    if (violation != null) {
      throw new InvalidInputException(violation);
    }
    if (usernameTaken(request.username())) {
      throw new InvalidInputException("account.usernameTaken", request.username());
    }
    Organisation organisation = organisationFor(me, request);
    UserAccount account =
        new UserAccount(
            request.username(),
            hasher.hash(request.initialPassword()),
            request.displayName(),
            organisation,
            me);
    account.updateDetails(request.displayName(), request.phone(), request.email());
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // the same account created twice at once (a double click): the unique username lets one in
      throw new InvalidInputException("account.usernameTaken", request.username());
    }
    audit.record(
        SecurityEventType.ACCOUNT_CREATED,
        me.getUsername(),
        account.getUsername(),
        organisation,
        null,
        organisation.getName());
    return row(account);
  }

  private Organisation organisationFor(UserAccount me, NewAccount request) {
    Organisation mine = me.getOrganisation();
    if (request.kind() == OrganisationKind.REGULATOR) {
      if (!Jurisdiction.managesRegulators(mine) || !regions.exists(request.regionCode())) {
        throw callers.denied(me, "create regulator account in " + request.regionCode());
      }
      Organisation regulator = regulatorOf(request.regionCode());
      if (!Jurisdiction.manages(mine, regulator)) {
        throw callers.denied(me, "create regulator account in " + request.regionCode());
      }
      return regulator;
    }
    if (request.kind() == OrganisationKind.ENTERPRISE
        && mine.getKind() == OrganisationKind.REGULATOR) {
      String name =
          request.organisationName() == null || request.organisationName().isBlank()
              ? mine.getName() + "（无主尾矿库）"
              : request.organisationName().trim();
      Organisation filer = Organisation.ownerlessPondFiler(name, mine);
      em.persist(filer);
      return filer;
    }
    if (request.kind() == null || request.kind() != Jurisdiction.managedKind(mine)) {
      throw callers.denied(me, "create " + request.kind() + " account");
    }
    if (request.organisationName() == null || request.organisationName().isBlank()) {
      throw new InvalidInputException("account.organisationNameRequired");
    }
    Organisation created =
        request.kind() == OrganisationKind.ORGANIZING_BODY
            ? Organisation.organizingBody(
                request.organisationName().trim(), mine, bodyLevel(mine, request.gradingLevel()))
            : Organisation.evaluationAgency(request.organisationName().trim(), mine);
    em.persist(created);
    return created;
  }

  /** The level of a new organising body: the one asked for, if this regulator approves it. */
  private GradingLevel bodyLevel(Organisation mine, GradingLevel asked) {
    List<GradingLevel> levels = bodyLevels(mine);
    if (asked == null) {
      if (levels.size() != 1) {
        throw InvalidInputException.ofField("gradingLevel", "account.bodyLevelRequired");
      }
      return levels.get(0);
    }
    if (!levels.contains(asked)) {
      throw InvalidInputException.ofField(
          "gradingLevel", "account.bodyLevelNotCompetent", mine.getName());
    }
    return asked;
  }

  private Organisation regulatorOf(String regionCode) {
    return em.createQuery(
            "select o from Organisation o where o.kind ="
                + " org.anjian.account.entity.OrganisationKind.REGULATOR"
                + " and o.regulatorRegionCode = :code",
            Organisation.class)
        .setParameter("code", regionCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private boolean usernameTaken(String username) {
    return !em.createQuery("select a.id from UserAccount a where a.usernameKey = :u", Long.class)
        .setParameter("u", UserAccount.keyOf(username))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Sets a new initial password, unlocks, and forces a change at the next login. */
  public void resetPassword(Long accountId, String initialPassword) {
    UserAccount me = callers.current();
    UserAccount account = managed(me, accountId);
    String violation = PasswordPolicy.violation(initialPassword, account.getUsername());
    if (violation != null) {
      throw new InvalidInputException(violation);
    }
    account.resetPassword(hasher.hash(initialPassword), LocalDateTime.now());
    audit.record(
        SecurityEventType.PASSWORD_RESET,
        me.getUsername(),
        account.getUsername(),
        account.getOrganisation(),
        null,
        null);
  }

  public void setEnabled(Long accountId, boolean enabled) {
    UserAccount me = callers.current();
    UserAccount account = managed(me, accountId);
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    audit.record(
        enabled ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
        me.getUsername(),
        account.getUsername(),
        account.getOrganisation(),
        null,
        null);
  }

  private UserAccount managed(UserAccount me, Long accountId) {
    UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
    if (account == null) {
      throw new NotFoundException();
    }
    if (!Jurisdiction.manages(me.getOrganisation(), account.getOrganisation())) {
      throw callers.denied(me, "manage account " + accountId);
    }
    return account;
  }

  private AccountRow row(UserAccount a) {
    Organisation o = a.getOrganisation();
    return new AccountRow(
        a.getId(),
        a.getUsername(),
        a.getDisplayName(),
        o.getName(),
        o.getKind(),
        regions.fullName(o.getRegion().getCode()),
        a.isEnabled(),
        a.isLockedAt(LocalDateTime.now()),
        a.isMustChangePassword(),
        a.getLastLoginAt(),
        a.getCreatedAt());
  }
}
