package org.anjian.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Demo@2026", // the demo password
        "Abcdefg1", // exactly 8, three classes
        "abcdef1!", // lower, digit, symbol
        "ABCDEF1!", // upper, digit, symbol
        "Abcdefg!", // upper, lower, symbol
        "安全生产Ab1!" // Chinese characters do not hurt
      })
  void acceptsPasswordsThatMeetThePolicy(String password) {
    assertThat(PasswordPolicy.violation(password, "steel")).isNull();
  }

  @Test
  void requiresEightToSixtyFourCharacters() {
    assertThat(PasswordPolicy.violation("Abcde1!", "steel")).isEqualTo("password.policy.length");
    assertThat(PasswordPolicy.violation(null, "steel")).isEqualTo("password.policy.length");
    String sixtyFour = "Aa1!".repeat(16);
    assertThat(PasswordPolicy.violation(sixtyFour, "steel")).isNull();
    assertThat(PasswordPolicy.violation(sixtyFour + "x", "steel"))
        .isEqualTo("password.policy.length");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefgh", "12345678", "abcd1234", "ABCDabcd", "!!!!1111", "password"})
  void requiresThreeKindsOfCharacter(String password) {
    assertThat(PasswordPolicy.violation(password, "steel")).isEqualTo("password.policy.classes");
  }

  @Test
  void refusesAPasswordContainingTheUsernameInAnyCase() {
    assertThat(PasswordPolicy.violation("Huangdao@2026", "huangdao"))
        .isEqualTo("password.policy.username");
    assertThat(PasswordPolicy.violation("x1!HUANGDAOx", "huangdao"))
        .isEqualTo("password.policy.username");
    assertThat(PasswordPolicy.violation("Huang@2026dao", "huangdao")).isNull();
  }

  @Test
  void checksWithoutAUsernameWhenThereIsNone() {
    assertThat(PasswordPolicy.violation("Demo@2026", null)).isNull();
    assertThat(PasswordPolicy.violation("Demo@2026", " ")).isNull();
  }
}
