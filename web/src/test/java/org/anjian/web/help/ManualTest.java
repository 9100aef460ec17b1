package org.anjian.web.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ManualTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void everyManualReadsInBothLanguagesAndDescribesPagesThatExist() {
    for (ManualRole role : ManualRole.values()) {
      for (Locale locale : new Locale[] {ZH, Locale.ENGLISH}) {
        ManualText text = ManualText.of(role, locale);
        assertThat(text.sections()).as("%s %s", role, locale).hasSize(role.chapters().size());
        assertThat(text.sections()).allSatisfy(s -> assertThat(s.paragraphs()).isNotEmpty());
      }
      for (ManualChapter chapter : role.chapters()) {
        String page = chapter.page().replaceFirst("\\?.*", "");
        assertThat(Path.of("src/main/webapp", page)).as("%s %s", role, chapter).isRegularFile();
      }
    }
  }

  @Test
  void theCallersManualsAreTheirRolesThenThePublicOne() {
    assertThat(ManualRole.of("REGULATOR"::equals, null))
        .containsExactly(ManualRole.REGULATOR, ManualRole.PUBLIC);
    assertThat(ManualRole.of("ENTERPRISE"::equals, org.anjian.account.entity.Sector.NON_COAL_MINE))
        .containsExactly(ManualRole.MINING_ENTERPRISE, ManualRole.PUBLIC);
    assertThat(ManualRole.of("ENTERPRISE"::equals, org.anjian.account.entity.Sector.INDUSTRY_TRADE))
        .containsExactly(ManualRole.GRADING_ENTERPRISE, ManualRole.PUBLIC);
    assertThat(ManualRole.ofCode("regulator")).isEqualTo(ManualRole.REGULATOR);
    assertThat(ManualRole.ofCode("REGULATOR")).isNull();
  }

  @Test
  void thePdfCarriesTheHeadingsTextAndScreenshotsInChinese() throws IOException {
    ManualText manual = ManualText.of(ManualRole.REGULATOR, ZH);
    byte[] shot = png();
    byte[] pdf = ManualPdf.render(manual, "安全生产监管信息平台", path -> shot);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
      assertThat(text).contains("用户手册（安全监管部门）", "矿山信息审核", "评审申请审核", "核准报告");
      assertThat(text).contains(manual.sections().get(0).menu().replaceAll("\\s", ""));
      // twelve screenshots at the page's width: two a page at most
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void aChapterWithoutItsScreenshotIsPrintedWithoutIt() throws IOException {
    byte[] pdf =
        ManualPdf.render(ManualText.of(ManualRole.PUBLIC, Locale.ENGLISH), "Portal", p -> null);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("User manual (public and new users)", "Certificate verification");
    }
  }

  @Test
  void chineseBreaksBetweenCharactersOtherTextBetweenWords() {
    assertThat(ManualPdf.tokens("点击“详情” Open it"))
        .containsExactly("点", "击", "“", "详", "情", "”", " ", "Open ", "it");
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(1024, 768, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.fillRect(100, 100, 300, 200);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    Files.size(Path.of("pom.xml"));
    return out.toByteArray();
  }
}
