package org.anjian.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;

/** An enterprise's self-registration from the home page (注册). */
public record Registration(
    @NotBlank @Size(max = 128) String enterpriseName,
    @NotBlank @Size(max = 32) String creditCode,
    @NotBlank String regionCode,
    @NotNull Sector sector,
    Industry industry,
    @NotBlank @Size(max = 64) String legalRepresentative,
    @NotBlank @Size(max = 64) String contactPerson,
    @NotBlank @Size(max = 32) String contactPhone,
    @Email @Size(max = 128) String contactEmail,
    @Size(max = 256) String address,
    @NotBlank @Pattern(regexp = UsernameRule.PATTERN) String username,
    @NotBlank String password)
    implements Serializable {}
