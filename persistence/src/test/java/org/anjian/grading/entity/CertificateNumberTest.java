package org.anjian.grading.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.junit.jupiter.api.Test;

class CertificateNumberTest {

  @Test
  void followsTheNationalFormat() {
    assertThat(CertificateNumber.of("鲁", Industry.METALLURGY, GradingLevel.THIRD, 2026, 1))
        .isEqualTo("鲁AQBYJⅢ202600001");
    assertThat(CertificateNumber.of("京", Industry.MACHINERY, GradingLevel.SECOND, 2014, 1))
        .isEqualTo("京AQBJXⅡ201400001");
  }

  @Test
  void firstLevelCertificatesHaveNoRegionPrefix() {
    assertThat(CertificateNumber.of("鲁", Industry.NONFERROUS, GradingLevel.FIRST, 2026, 12345))
        .isEqualTo("AQBYSⅠ202612345");
  }

  @Test
  void theSequenceHasFiveDigits() {
    assertThatThrownBy(
            () -> CertificateNumber.of("鲁", Industry.TOBACCO, GradingLevel.THIRD, 2026, 100_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CertificateNumber.of("鲁", Industry.TOBACCO, GradingLevel.THIRD, 2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
