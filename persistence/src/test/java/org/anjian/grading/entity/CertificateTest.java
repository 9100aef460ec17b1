package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.anjian.account.entity.GradingLevel;
import org.anjian.platform.exception.IllegalMoveException;
import org.anjian.platform.exception.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What public verification relies on: a certificate's status changes once, with a reason. */
class CertificateTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 29, 10, 0);

  static Certificate valid(GradingLevel level, LocalDate validUntil) {
    return TestApplications.certificate(level, validUntil);
  }

  @Test
  void isValidUntilItsLastDayAndNoLonger() throws Exception {
    Certificate c = valid(GradingLevel.THIRD, LocalDate.of(2029, 11, 28));
    assertThat(c.isValidOn(LocalDate.of(2029, 11, 28))).isTrue();
    assertThat(c.isValidOn(LocalDate.of(2029, 11, 29))).isFalse();
  }

  @Test
  void aRevocationNeedsAReasonAndEndsValidity() throws Exception {
    Certificate c = valid(GradingLevel.THIRD, LocalDate.of(2029, 11, 28));
    assertThatThrownBy(() -> c.revoke(" ", NOW)).isInstanceOf(InvalidInputException.class);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.VALID);
    c.revoke("发生死亡事故", NOW);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.REVOKED);
    assertThat(c.getStatusReason()).isEqualTo("发生死亡事故");
    assertThat(c.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void aDowngradeMustGoToALowerLevel() throws Exception {
    Certificate c = valid(GradingLevel.SECOND, LocalDate.of(2029, 11, 28));
    assertThatThrownBy(() -> c.downgrade(GradingLevel.FIRST, "理由", NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> c.downgrade(GradingLevel.SECOND, "理由", NOW))
        .isInstanceOf(InvalidInputException.class);
    c.downgrade(GradingLevel.THIRD, "两人重伤", NOW);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.DOWNGRADED);
    assertThat(c.getDowngradedTo()).isEqualTo(GradingLevel.THIRD);
  }

  @Test
  void aCertificateNoLongerValidCannotChangeAgain() throws Exception {
    Certificate c = valid(GradingLevel.THIRD, LocalDate.of(2029, 11, 28));
    c.supersede("鲁AQBYJⅢ202900007", NOW);
    assertThat(c.getStatusReason()).isEqualTo("鲁AQBYJⅢ202900007");
    assertThatThrownBy(() -> c.revoke("迟到的撤销", NOW)).isInstanceOf(IllegalMoveException.class);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.SUPERSEDED);
  }

  @Test
  void aReasonOverFiveHundredCharactersIsRefusedWithAMessage() throws Exception {
    Certificate c = valid(GradingLevel.THIRD, LocalDate.of(2029, 11, 28));
    assertThatThrownBy(() -> c.revoke("事".repeat(501), NOW))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("grading.error.reasonTooLong");
    assertThatThrownBy(() -> c.downgrade(GradingLevel.THIRD, "事".repeat(501), NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.VALID);
    c.revoke("事".repeat(500), NOW);
    assertThat(c.getStatus()).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void theLevelsOfferedForADowngradeAreThoseBelowItsOwn() throws Exception {
    assertThat(valid(GradingLevel.FIRST, LocalDate.of(2029, 11, 28)).lowerLevels())
        .containsExactly(GradingLevel.SECOND, GradingLevel.THIRD);
    assertThat(valid(GradingLevel.THIRD, LocalDate.of(2029, 11, 28)).lowerLevels()).isEmpty();
  }

  @Test
  void onlyAValidCertificateIsChangeable() throws Exception {
    Certificate c = valid(GradingLevel.SECOND, LocalDate.of(2029, 11, 28));
    assertThat(c.isChangeable()).isTrue();
    c.revoke("发生死亡事故", NOW);
    assertThat(c.isChangeable()).isFalse();
  }

  @Test
  void namesTheEnterpriseAsTheApplicationDidWhenPrintedAndNotAsItIsEditedLater() {
    GradingApplication application =
        TestApplications.thirdLevel(GradingState.ANNOUNCED, new ApplicationFacts());
    Certificate c =
        new Certificate(
            "鲁AQBYJⅢ202600002",
            application,
            GradingLevel.THIRD,
            LocalDate.of(2026, 12, 3),
            3,
            "青岛市安监局");
    assertThat(c.getEnterpriseName()).isEqualTo(application.getEnterpriseName());
    assertThat(c.getCreditCode()).isEqualTo("91370211MA3C123456");
    assertThat(c.getAncestry().getCountyCode()).isEqualTo("370211");
    assertThat(c.getValidUntil()).isEqualTo(LocalDate.of(2029, 12, 2));

    application.setSpeciality("轧钢");
    assertThat(c.getSpeciality()).as("a later edit of the application").isNull();
  }
}
