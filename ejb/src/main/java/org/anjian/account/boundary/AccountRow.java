package org.anjian.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.anjian.account.entity.OrganisationKind;

/** One account in a management list. */
public record AccountRow(
    Long id,
    String username,
    String displayName,
    String organisationName,
    OrganisationKind kind,
    String regionName,
    boolean enabled,
    boolean locked,
    boolean mustChangePassword,
    LocalDateTime lastLoginAt,
    LocalDateTime createdAt)
    implements Serializable {}
