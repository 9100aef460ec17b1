package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
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

  @Test
  void trimsALongRunOfSpacesInLinearTime() {
    // the old pattern "[.\\s]+$" tried every space as the start of the end: 16k spaces took 0.7 s
    // (50k spaces: about 7 s before)
    String name = "a" + " ".repeat(50_000) + "b.pdf";
    assertTimeout(
        Duration.ofSeconds(1), () -> assertThat(SafeFileName.of(name)).isEqualTo("a.pdf"));
    assertTimeout(
        Duration.ofSeconds(1),
        () -> assertThat(SafeFileName.of(" ".repeat(50_000))).isEqualTo(SafeFileName.FALLBACK));
  }

  @Test
  void givesTheNameTheExtensionOfItsType() {
    List<String> pdf = List.of(".pdf");
    List<String> jpeg = List.of(".jpg", ".jpeg");
    assertThat(SafeFileName.withExtension("营业执照.pdf", pdf)).isEqualTo("营业执照.pdf");
    assertThat(SafeFileName.withExtension("营业执照.PDF", pdf)).isEqualTo("营业执照.PDF");
    assertThat(SafeFileName.withExtension("scan.exe", pdf)).isEqualTo("scan.pdf");
    assertThat(SafeFileName.withExtension("page.html", pdf)).isEqualTo("page.pdf");
    assertThat(SafeFileName.withExtension("照片.jpeg", jpeg)).isEqualTo("照片.jpeg");
    assertThat(SafeFileName.withExtension("照片.png", jpeg)).isEqualTo("照片.jpg");
    assertThat(SafeFileName.withExtension("报告", pdf)).isEqualTo("报告.pdf");
    assertThat(SafeFileName.withExtension("报告2024.v1.2", pdf)).isEqualTo("报告2024.v1.2.pdf");
    assertThat(SafeFileName.withExtension("安".repeat(SafeFileName.MAX_LENGTH), pdf))
        .hasSize(SafeFileName.MAX_LENGTH)
        .endsWith("安.pdf");
  }
}
