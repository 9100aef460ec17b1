package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

  @Test
  void dropsControlAndDirectionCharactersThatDisguiseAName() {
    assertThat(SafeFileName.of("a\u0000b\r\n.pdf")).isEqualTo("ab.pdf");
    // U+202E shows "invoice_fdp.exe" as "invoice_exe.pdf"; without it the real name shows
    assertThat(SafeFileName.of("invoice_\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
    assertThat(SafeFileName.of("a<b>c:d|e?f*g\".pdf")).isEqualTo("abcdefg.pdf");
  }

  @Test
  void dropsLeadingDotsAndSpacesAndNeverReturnsNothing() {
    assertThat(SafeFileName.of(" .htaccess")).isEqualTo("htaccess");
    assertThat(SafeFileName.of("报告.pdf. ")).isEqualTo("报告.pdf");
    assertThat(SafeFileName.of("..")).isEqualTo(SafeFileName.FALLBACK);
    assertThat(SafeFileName.of("dir/")).isEqualTo(SafeFileName.FALLBACK);
    assertThat(SafeFileName.of(null)).isEqualTo(SafeFileName.FALLBACK);
  }

  @Test
  void shortensLongNamesButKeepsTheExtension() {
    String name = SafeFileName.of("安".repeat(200) + ".docx");
    assertThat(name).hasSize(SafeFileName.MAX_LENGTH).endsWith("安.docx");
    String supplementary = SafeFileName.of("𠀀".repeat(130) + ".pdf");
    assertThat(supplementary.codePointCount(0, supplementary.length()))
        .isEqualTo(SafeFileName.MAX_LENGTH);
    assertThat(supplementary).endsWith("𠀀.pdf");
  }
}
