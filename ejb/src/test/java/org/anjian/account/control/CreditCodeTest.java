package org.anjian.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43", // the worked example of GB 32100-2015
        "91110000802100433B", // a Beijing company, as printed on its business licence
        "91440300708461136T", // a Shenzhen company, as printed on its business licence
        "9144030071526726XG" // a check digit that is a letter, an X inside the body
      })
  void acceptsCodesAsPrintedOnBusinessLicences(String code) {
    assertThat(CreditCode.isValid(code)).isTrue();
  }

  @Test
  void computesTheCheckCharacterWithTheStandardWeights() {
    // worked by hand: weights 3^i mod 31 over 9,1,3,7,0,2,1,1,M=21,A=10,3,C=12,4,Q=23,8,N=22,0
    assertThat(CreditCode.checkCharacter("91370211MA3C4Q8N0")).isEqualTo('2');
    assertThat(CreditCode.isValid("91370211MA3C4Q8N02")).isTrue();
  }

  @Test
  void acceptsWhatAUserTypedInLowerCaseWithSpacesOnceNormalised() {
    assertThat(CreditCode.isValid(CreditCode.normalise(" 91350100m000100y43 "))).isTrue();
    assertThat(CreditCode.normalise(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y44", // last character off by one
        "91350100M000100Y4A",
        "91110000802100433C",
        "91370211MA3C4Q8N0N"
      })
  void rejectsAWrongCheckCharacter(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void rejectsATypoInTheBodyThatTheCheckCharacterCatches() {
    assertThat(CreditCode.isValid("91350100M000100Y34")).isFalse(); // two characters swapped
    assertThat(CreditCode.isValid("91110000802100432B")).isFalse(); // one digit changed
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "913501"})
  void rejectsAWrongLength(String code) {
    assertThat(CreditCode.isValid(code)).isFalse();
  }

  @Test
  void rejectsNull() {
    assertThat(CreditCode.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
  void rejectsTheLettersTheStandardLeavesOut(char forbidden) {
    // put the letter where a letter is allowed, then give it every possible check character:
    // none may make the code valid
    String body = "91350100M000100" + forbidden + "4";
    for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      assertThat(CreditCode.isValid(body + check)).as(body + check).isFalse();
    }
    assertThat(CreditCode.isValid("91350100M000100Y4" + forbidden)).isFalse();
  }

  @Test
  void rejectsLettersInTheRegionPart() {
    // characters 3 to 8 are the registering region's code: digits only
    String first17 = "9135A100M000100Y4";
    assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isFalse();
  }
}
