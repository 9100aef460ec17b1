package org.anjian.account.control;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, Z, S, V), the last
 * one a check character computed from the first 17 with weights 3^i mod 31.
 */
public final class CreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private CreditCode() {}

  /** Upper-cases and trims what a user typed; null stays null. */
  public static String normalise(String code) {
    return code == null ? null : code.trim().toUpperCase();
  }

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return false; // characters 3-8 are the registering region's code
      }
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int value = ALPHABET.indexOf(code.charAt(i));
      if (value < 0) {
        return false;
      }
      sum += value * WEIGHTS[i];
    }
    int last = ALPHABET.indexOf(code.charAt(17));
    return last >= 0 && last == checkValue(sum);
  }

  /** The check character for the first 17 characters (used to make test and demo codes). */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt(checkValue(sum));
  }

  private static int checkValue(int sum) {
    return (31 - sum % 31) % 31;
  }
}
