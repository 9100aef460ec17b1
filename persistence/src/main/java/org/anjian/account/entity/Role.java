package org.anjian.account.entity;

/**
 * The container roles, one per kind of organisation, plus the stand-in role of a user whose
 * password must be changed first. Group names equal role names (Payara's default principal-to-role
 * mapping); {@link Names} holds the same names as constants for annotations.
 */
public enum Role {
  ADMIN,
  REGULATOR,
  ORGANIZING_BODY,
  EVALUATION_AGENCY,
  ENTERPRISE,
  /** Held alone by a signed-in user who must change the password before anything else. */
  PENDING_PASSWORD_CHANGE;

  /** Role names as compile-time constants for {@code @RolesAllowed} and {@code @DeclareRoles}. */
  public static final class Names {
    public static final String ADMIN = "ADMIN";
    public static final String REGULATOR = "REGULATOR";
    public static final String ORGANIZING_BODY = "ORGANIZING_BODY";
    public static final String EVALUATION_AGENCY = "EVALUATION_AGENCY";
    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String PENDING_PASSWORD_CHANGE = "PENDING_PASSWORD_CHANGE";

    private Names() {}
  }
}
