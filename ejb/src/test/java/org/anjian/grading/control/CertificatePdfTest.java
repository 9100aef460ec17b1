package org.anjian.grading.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Reads the rendered certificate back as a reader and a phone would: its text and its QR code. */
class CertificatePdfTest {

  private static final CertificateLabels LABELS =
      new CertificateLabels(
          "安全生产标准化证书",
          "证书编号",
          "行业",
          "专业",
          "有效期至",
          "发证日期",
          "发证单位",
          "扫码验证",
          "：",
          DateTimeFormatter.ofPattern("yyyy年M月"),
          DateTimeFormatter.ofPattern("yyyy年M月d日"));

  private static final String VERIFY_URL =
      "https://anjian.example.gov.cn/verify/%E9%B2%81AQBYJ%E2%85%A2202600001";

  private static CertificateDocument certificate(String status) {
    return new CertificateDocument(
        "鲁AQBYJⅢ202600001",
        "青岛黄岛钢铁集团有限公司",
        "安全生产标准化三级企业",
        "冶金",
        "炼钢",
        LocalDate.of(2029, 11, 30),
        LocalDate.of(2026, 12, 1),
        "青岛市应急管理局",
        VERIFY_URL,
        status);
  }

  @Test
  void printsTheCertificateAsSearchableText() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(null), LABELS))) {
      String text = new PDFTextStripper().getText(pdf);
      // the title is letter-spaced, which text extraction reads as spaces
      assertThat(text.replace(" ", "")).contains("安全生产标准化证书");
      assertThat(text)
          .contains("青岛黄岛钢铁集团有限公司")
          .contains("安全生产标准化三级企业")
          .contains("鲁AQBYJⅢ202600001")
          .contains("有效期至：2029年11月")
          .contains("发证日期：2026年12月1日")
          .contains("专业：炼钢")
          .contains("青岛市应急管理局")
          .doesNotContain("已撤销");
      assertThat(pdf.getNumberOfPages()).isOne();
    }
  }

  @Test
  void embedsOnlyTheGlyphsItUsesOfItsFont() throws IOException {
    byte[] bytes = CertificatePdf.render(certificate(null), LABELS);
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      List<PDFont> fonts = fonts(pdf.getPage(0).getResources());
      assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
    }
    assertThat(bytes.length).as("a subset, not the whole 5 MB font").isLessThan(200_000);
  }

  @Test
  void itsQrCodeLeadsToTheVerificationPage() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate(null), LABELS))) {
      assertThat(decodeQr(picture(pdf, "certificate.png"))).isEqualTo(VERIFY_URL);
    }
  }

  @Test
  void aRevokedCertificateSaysSo() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(certificate("已撤销"), LABELS))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("已撤销");
      picture(pdf, "certificate-revoked.png");
    }
  }

  @Test
  void longNamesStillFitAndNoSpecialityIsLeftOut() throws IOException {
    String longName = "山东省青岛市黄岛区某某某某冶金机械装备制造与钢铁冶炼有限责任公司第二分公司";
    String longIssuer = "中华人民共和国应急管理部安全生产基础司";
    CertificateDocument plain = certificate(null);
    CertificateDocument document =
        new CertificateDocument(
            plain.number(),
            longName,
            plain.levelText(),
            plain.industryText(),
            " ",
            plain.validUntil(),
            plain.issuedOn(),
            longIssuer,
            plain.verifyUrl(),
            null);
    try (PDDocument pdf = Loader.loadPDF(CertificatePdf.render(document, LABELS))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(longName).contains(longIssuer).doesNotContain("专业");
    }
  }

  private static List<PDFont> fonts(PDResources resources) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    return fonts;
  }

  /** Page 1 at 150 dpi, also kept in target/ to look at. */
  private static BufferedImage picture(PDDocument pdf, String fileName) throws IOException {
    BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
    Path png = Path.of("target", fileName);
    Files.createDirectories(png.getParent());
    ImageIO.write(page, "png", png.toFile());
    return page;
  }

  private static String decodeQr(BufferedImage image) throws NotFoundException {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    Map<DecodeHintType, Object> hints =
        Map.of(
            DecodeHintType.POSSIBLE_FORMATS,
            List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER,
            Boolean.TRUE);
    return new MultiFormatReader().decode(bitmap, hints).getText();
  }
}
