package org.anjian.account.entity;

/** What an organisation is; it decides the role of every account in it. */
public enum OrganisationKind {
  ADMINISTRATION(Role.ADMIN),
  REGULATOR(Role.REGULATOR),
  ORGANIZING_BODY(Role.ORGANIZING_BODY),
  EVALUATION_AGENCY(Role.EVALUATION_AGENCY),
  ENTERPRISE(Role.ENTERPRISE);

  private final Role role;

  OrganisationKind(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }
}
