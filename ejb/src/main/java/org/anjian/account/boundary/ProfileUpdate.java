package org.anjian.account.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.EnterpriseBasics;

/**
 * Changes to one's own details; the organisation's basic information is applied only for
 * enterprises, evaluation agencies and organising bodies, whose users maintain it.
 */
public record ProfileUpdate(
    @NotBlank @Size(max = 64) String displayName,
    @Size(max = 32) String phone,
    @Email @Size(max = 128) String email,
    @Valid EnterpriseBasics basics,
    long accountVersion)
    implements Serializable {}
