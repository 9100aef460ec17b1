package org.anjian.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Changes to one's own details; the organisation's contacts are applied only for enterprises,
 * evaluation agencies and organising bodies, whose users maintain them.
 */
public record ProfileUpdate(
    @NotBlank @Size(max = 64) String displayName,
    @Size(max = 32) String phone,
    @Email @Size(max = 128) String email,
    @Size(max = 64) String legalRepresentative,
    @Size(max = 64) String contactPerson,
    @Size(max = 32) String contactPhone,
    @Email @Size(max = 128) String contactEmail,
    @Size(max = 256) String address,
    long accountVersion)
    implements Serializable {}
