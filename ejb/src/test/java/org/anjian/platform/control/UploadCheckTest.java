package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.anjian.platform.exception.InvalidInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** Uploads are judged by their bytes; the files here are made by the libraries that make them. */
@ResourceLock("system-properties")
class UploadCheckTest {

  @AfterEach
  void clear() {
    System.clearProperty("ANJIAN_UPLOAD_MAX_MB");
  }

  @Test
  void acceptsARealPdfAndReportsWhatItFound() throws Exception {
    byte[] pdf = pdf();
    DetectedUpload upload = UploadCheck.check("自评报告.pdf", pdf);
    assertThat(upload.fileName()).isEqualTo("自评报告.pdf");
    assertThat(upload.mimeType()).isEqualTo("application/pdf");
    assertThat(upload.size()).isEqualTo(pdf.length);
    assertThat(upload.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
  }

  @Test
  void acceptsPngAndJpegPictures() throws IOException {
    assertThat(UploadCheck.check("现场.png", image("png")).mimeType()).isEqualTo("image/png");
    assertThat(UploadCheck.check("现场.jpg", image("jpeg")).mimeType()).isEqualTo("image/jpeg");
  }

  @Test
  void refusesAProgramOrAPageNamedAsPdf() {
    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';
    assertRefusedType("report.pdf", program);
    assertRefusedType("report.pdf", "<html><script>alert(1)</script></html>".getBytes());
    assertRefusedType("report.pdf", "just some text".getBytes());
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> UploadCheck.check("a.pdf", new byte[0]))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("upload.error.empty"));
    assertThatThrownBy(() -> UploadCheck.check("a.pdf", null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesAFileAboveTheSetLimitAndNamesTheLimit() throws IOException {
    System.setProperty("ANJIAN_UPLOAD_MAX_MB", "1");
    byte[] pdf = pdf();
    byte[] large = new byte[1024 * 1024 + 1];
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    assertThatThrownBy(() -> UploadCheck.check("big.pdf", large))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("upload.error.tooLarge");
              assertThat(e.getArguments()).containsExactly(1);
            });
    assertThat(UploadCheck.check("small.pdf", pdf).mimeType()).isEqualTo("application/pdf");
  }

  @Test
  void storesTheExtensionOfTheTypeFoundNotTheOneTyped() throws IOException {
    assertThat(UploadCheck.check("scan.exe", pdf()).fileName()).isEqualTo("scan.pdf");
    assertThat(UploadCheck.check("现场.pdf", image("png")).fileName()).isEqualTo("现场.png");
    assertThat(UploadCheck.check("现场", image("jpeg")).fileName()).isEqualTo("现场.jpg");
    assertThat(UploadCheck.check("现场.JPEG", image("jpeg")).fileName()).isEqualTo("现场.JPEG");
  }

  @Test
  void refusesATooLargeFileOnItsSizeAlone() {
    System.setProperty("ANJIAN_UPLOAD_MAX_MB", "10");
    assertThatThrownBy(() -> UploadCheck.checkSize(20L * 1024 * 1024))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("upload.error.tooLarge"));
    assertThatThrownBy(() -> UploadCheck.checkSize(0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessageKey()).isEqualTo("upload.error.empty"));
    UploadCheck.checkSize(10L * 1024 * 1024);
  }

  @Test
  void keepsOnlyTheLastPartOfAPath() throws IOException {
    assertThat(UploadCheck.check("../../etc/passwd.pdf", pdf()).fileName()).isEqualTo("passwd.pdf");
    assertThat(UploadCheck.check("C:\\Users\\张三\\桌面\\营业执照.pdf", pdf()).fileName())
        .isEqualTo("营业执照.pdf");
  }

  @Test
  void tellsWordFromExcelInsideTheZip() throws IOException {
    Map<String, String> docx = parts("word/document.xml");
    assertThat(UploadCheck.check("a.docx", zip(docx)).mimeType()).isEqualTo(OfficeFormats.DOCX);
    assertThat(UploadCheck.check("a.xlsx", zip(parts("xl/workbook.xml"))).mimeType())
        .isEqualTo(OfficeFormats.XLSX);
    // tika-core alone says only application/zip when [Content_Types].xml is not the first entry
    Map<String, String> reordered = new LinkedHashMap<>();
    reordered.put("word/document.xml", "<w:document/>");
    reordered.putAll(docx);
    assertThat(UploadCheck.check("a.docx", zip(reordered)).mimeType())
        .isEqualTo(OfficeFormats.DOCX);
  }

  @Test
  void refusesOtherZipsAndMacroDocuments() throws IOException {
    assertRefusedType("a.docx", zip(Map.of("setup.exe", "MZ")));
    Map<String, String> docm = parts("word/document.xml");
    docm.put("word/vbaProject.bin", "macro");
    assertRefusedType("a.docm", zip(docm));
  }

  @Test
  void tellsWordFromExcelInTheOldFormat() {
    assertThat(UploadCheck.check("a.doc", ole2("WordDocument")).mimeType())
        .isEqualTo(OfficeFormats.DOC);
    assertThat(UploadCheck.check("a.xls", ole2("Workbook")).mimeType())
        .isEqualTo(OfficeFormats.XLS);
    assertRefusedType("a.doc", ole2("PowerPoint Document"));
  }

  private static void assertRefusedType(String name, byte[] content) {
    assertThatThrownBy(() -> UploadCheck.check(name, content))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessageKey()).isEqualTo("upload.error.type");
              assertThat(e.getArguments()).containsExactly(UploadCheck.ACCEPTED_KINDS);
            });
  }

  private static byte[] pdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] image(String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** The parts every OOXML package has, in the order Office writes them, plus its main part. */
  private static Map<String, String> parts(String main) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types/>");
    parts.put("_rels/.rels", "<Relationships/>");
    parts.put(main, "<main/>");
    return parts;
  }

  private static byte[] zip(Map<String, String> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * An OLE2 compound file reduced to what the check reads: the signature and one directory entry
   * naming a stream, placed after the first 4 KB where tika-core's magic does not look.
   */
  private static byte[] ole2(String stream) {
    ByteBuffer file = ByteBuffer.allocate(16 * 512).order(ByteOrder.LITTLE_ENDIAN);
    file.put(HexFormat.of().parseHex("d0cf11e0a1b11ae1"));
    byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
    int entry = 10 * 512 + 128;
    file.put(entry, name).putShort(entry + 64, (short) name.length).put(entry + 66, (byte) 2);
    return file.array();
  }
}
