package org.anjian.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the HTTP session keeps of a login: the name and groups the container is told on every
 * request, and the account with the credential stamp it signed in under, so that a password change
 * or reset and a disabled account end the session on its next request. Serializable, so a session
 * moved to another cluster node keeps its roles.
 */
public record SignedInUser(
    String username, Set<String> groups, Long accountId, long credentialStamp)
    implements Serializable {

  public static final String SESSION_KEY = "anjian.signedInUser";

  public boolean mustChangePassword() {
    return groups.contains(org.anjian.account.entity.Role.Names.PENDING_PASSWORD_CHANGE);
  }
}
