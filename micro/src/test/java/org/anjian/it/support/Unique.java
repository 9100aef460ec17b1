package org.anjian.it.support;

import java.security.SecureRandom;
import org.anjian.account.control.CreditCode;

/**
 * Names and codes no earlier run has used, so that the suite can run again on the same database (an
 * external DB_URL keeps its rows).
 */
public final class Unique {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private Unique() {}

  /** A username such as {@code it-lock-k3x9q2}: prefix plus six random letters and digits. */
  public static String username(String prefix) {
    StringBuilder name = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 6; i++) {
      name.append("abcdefghjkmnpqrstuvwxyz23456789".charAt(RANDOM.nextInt(31)));
    }
    return name.toString();
  }

  /** A well-formed credit code registered in the given county, with a correct check character. */
  public static String creditCode(String countyCode) {
    StringBuilder first17 = new StringBuilder("91").append(countyCode);
    while (first17.length() < 17) {
      first17.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return first17.toString() + CreditCode.checkCharacter(first17.toString());
  }

  /** The same code with a wrong check character. */
  public static String withWrongCheck(String creditCode) {
    char check = creditCode.charAt(17);
    char wrong = check == '0' ? '1' : '0';
    return creditCode.substring(0, 17) + wrong;
  }
}
