package org.anjian.account.boundary;

/**
 * Usernames are immutable once made (as in the 2012 system): 3-32 letters, digits, '_', '.', '-'.
 * Unique whatever their case, and a login finds its account by any case (V10).
 */
public final class UsernameRule {

  public static final int MAX_LENGTH = 32;

  public static final String PATTERN = "[A-Za-z0-9_.-]{3," + MAX_LENGTH + "}";

  private UsernameRule() {}

  public static boolean isValid(String username) {
    return username != null && username.matches(PATTERN);
  }
}
