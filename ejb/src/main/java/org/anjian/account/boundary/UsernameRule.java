package org.anjian.account.boundary;

/**
 * Usernames are immutable once made (as in the 2012 system): 3-32 letters, digits, '_', '.', '-'.
 */
public final class UsernameRule {

  public static final String PATTERN = "[A-Za-z0-9_.-]{3,32}";

  private UsernameRule() {}

  public static boolean isValid(String username) {
    return username != null && username.matches(PATTERN);
  }
}
