package org.anjian.account.control;

import java.util.Locale;

/**
 * The stated password policy: 8 to 64 characters, at least three of upper-case letters, lower-case
 * letters, digits and symbols, and not containing the username.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 64;

  private PasswordPolicy() {}

  /** The bundle key of the first rule the password breaks, or null when it is acceptable. */
  public static String violation(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      return "password.policy.length";
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      return "password.policy.classes";
    }
    if (username != null
        && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      return "password.policy.username";
    }
    return null;
  }
}
