package org.anjian.account.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * The result of checking a username and password. A locked, disabled or unknown account gives the
 * same {@code valid == false} as a wrong password, so a guesser learns nothing. A valid one names
 * the account as registered and its credential stamp, which the session keeps (see {@link
 * Authenticator#isCurrent}).
 */
public record LoginOutcome(
    boolean valid,
    String username,
    Set<String> groups,
    boolean mustChangePassword,
    Long accountId,
    long credentialStamp)
    implements Serializable {

  public static LoginOutcome invalid() {
    return new LoginOutcome(false, null, Set.of(), false, null, 0);
  }
}
