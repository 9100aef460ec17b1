package org.anjian.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.OrganisationKind;

/**
 * An account to create down the hierarchy. For a regulator account, {@code regionCode} names the
 * region whose regulator it belongs to; for an organising body or evaluation agency a new
 * organisation called {@code organisationName} is created with it. An organising body organises
 * {@code gradingLevel}: one of {@link AccountDirectory#bodyLevels()}, which may be left out when
 * there is only one.
 */
public record NewAccount(
    OrganisationKind kind,
    String regionCode,
    @Size(max = 128) String organisationName,
    GradingLevel gradingLevel,
    @NotBlank @Pattern(regexp = UsernameRule.PATTERN) String username,
    @NotBlank @Size(max = 64) String displayName,
    @NotBlank String initialPassword,
    @Size(max = 32) String phone,
    @Size(max = 128) String email)
    implements Serializable {}
