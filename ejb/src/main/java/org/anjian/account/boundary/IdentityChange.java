package org.anjian.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.anjian.account.entity.RegistrationChange;

/**
 * A regulator's change of an enterprise's identity fields (name, credit code, region), with the
 * reason that goes into the history. Unchanged fields carry their current value.
 */
public record IdentityChange(
    @NotNull Long enterpriseId,
    @NotBlank @Size(max = 128) String name,
    @Size(max = 32) String creditCode,
    @NotBlank String regionCode,
    @NotBlank @Size(max = RegistrationChange.MAX_REASON_LENGTH) String reason)
    implements Serializable {}
