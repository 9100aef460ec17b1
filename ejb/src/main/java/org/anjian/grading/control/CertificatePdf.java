package org.anjian.grading.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable certificate: one A4 landscape page with a border, the holder, level, industry,
 * number, validity, issuer and a QR code of the public verification page, in an embedded Chinese
 * font. A certificate that is no longer valid carries its status in a red stamp.
 */
public final class CertificatePdf {

  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float SIDE_MARGIN = 100;
  private static final float QR_SIDE = 96;

  private CertificatePdf() {}

  /** The certificate as a PDF file. */
  public static byte[] render(CertificateDocument certificate, CertificateLabels labels) {
    try (TrueTypeCollection fonts = CertificateFont.open();
        PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      pdf.addPage(page);
      pdf.getDocumentInformation().setTitle(labels.title() + " " + certificate.number());
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        Layout layout = new Layout(content, CertificateFont.load(pdf, fonts));
        layout.border();
        layout.body(certificate, labels);
        layout.footer(certificate, labels);
        if (certificate.hasStatus()) {
          layout.stamp(certificate.statusText());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Positions in points from the lower-left corner of the page (842 × 595). */
  private record Layout(PDPageContentStream content, PDType0Font font) {

    void border() throws IOException {
      content.setStrokingColor(0.62f, 0.11f, 0.11f);
      content.setLineWidth(4);
      frame(24);
      content.setStrokingColor(0.78f, 0.60f, 0.22f);
      content.setLineWidth(1.2f);
      frame(34);
    }

    void body(CertificateDocument certificate, CertificateLabels labels) throws IOException {
      content.setNonStrokingColor(0.62f, 0.11f, 0.11f);
      centred(labels.title(), 40, 8, 476);
      content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
      centred(certificate.enterpriseName(), 30, 0, 386);
      centred(certificate.levelText(), 24, 2, 330);
      String industry = labels.line(labels.industry(), certificate.industryText());
      if (certificate.hasSpeciality()) {
        industry += "      " + labels.line(labels.speciality(), certificate.speciality());
      }
      centred(industry, 16, 0, 288);
    }

    void footer(CertificateDocument certificate, CertificateLabels labels) throws IOException {
      String validUntil = labels.validUntilFormat().format(certificate.validUntil());
      String issuedOn = labels.issuedOnFormat().format(certificate.issuedOn());
      float qrX = PAGE.getWidth() - 64 - QR_SIDE;
      float column = 400;
      text(labels.line(labels.number(), certificate.number()), 14, SIDE_MARGIN, 185, column - 20);
      text(labels.line(labels.validUntil(), validUntil), 14, SIDE_MARGIN, 155, column - 20);
      text(labels.line(labels.issuer(), certificate.issuer()), 14, column, 185, qrX - 20);
      text(labels.line(labels.issuedOn(), issuedOn), 14, column, 155, qrX - 20);
      QrCode.of(certificate.verifyUrl()).draw(content, qrX, 112, QR_SIDE);
      float captionWidth = width(labels.scanToVerify(), 10, 0);
      write(labels.scanToVerify(), 10, 0, qrX + (QR_SIDE - captionWidth) / 2, 94);
    }

    /** The status in a red frame between the holder and the footer, where it cannot be missed. */
    void stamp(String status) throws IOException {
      float size = 28;
      float padding = 8;
      float textWidth = width(status, size, 0);
      float x = (PAGE.getWidth() - textWidth) / 2 - padding;
      float y = 218;
      content.setStrokingColor(0.85f, 0.05f, 0.05f);
      content.setNonStrokingColor(0.85f, 0.05f, 0.05f);
      content.setLineWidth(3);
      content.addRect(x, y, textWidth + 2 * padding, size + 2 * padding);
      content.stroke();
      write(status, size, 0, x + padding, y + padding + 4);
    }

    private void frame(float inset) throws IOException {
      content.addRect(inset, inset, PAGE.getWidth() - 2 * inset, PAGE.getHeight() - 2 * inset);
      content.stroke();
    }

    /** Centred between the side margins, smaller than {@code size} if it is too long for them. */
    private void centred(String text, float size, float spacing, float y) throws IOException {
      float available = PAGE.getWidth() - 2 * SIDE_MARGIN;
      float fitted = Math.min(size, size * available / width(text, size, spacing));
      write(text, fitted, spacing, (PAGE.getWidth() - width(text, fitted, spacing)) / 2, y);
    }

    /** From x, smaller than {@code size} if it would reach beyond {@code right}. */
    private void text(String text, float size, float x, float y, float right) throws IOException {
      float fitted = Math.min(size, size * (right - x) / width(text, size, 0));
      write(text, fitted, 0, x, y);
    }

    private void write(String text, float size, float spacing, float x, float y)
        throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.setCharacterSpacing(spacing);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
    }

    /** Width of the text, without the spacing after its last character. */
    private float width(String text, float size, float spacing) throws IOException {
      int characters = text.codePointCount(0, text.length());
      return font.getStringWidth(text) / 1000 * size + spacing * (characters - 1);
    }
  }
}
