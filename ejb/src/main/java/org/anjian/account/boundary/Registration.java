package org.anjian.account.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.EnterpriseBasics;
import org.anjian.account.entity.Industry;
import org.anjian.account.entity.Sector;

/**
 * An enterprise's self-registration from the home page (注册): identity, basic information (法定代表人,
 * 联系人 and 联系电话 required) and the first account.
 */
public record Registration(
    @NotBlank @Size(max = 128) String enterpriseName,
    @NotBlank @Size(max = 32) String creditCode,
    @NotBlank String regionCode,
    @NotNull Sector sector,
    Industry industry,
    @NotNull @Valid EnterpriseBasics basics,
    @NotBlank @Pattern(regexp = UsernameRule.PATTERN) String username,
    @NotBlank String password)
    implements Serializable {}
