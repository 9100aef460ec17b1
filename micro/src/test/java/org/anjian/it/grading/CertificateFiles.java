package org.anjian.it.grading;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a certificate PDF as a person would: its text, and what its QR code says. */
final class CertificateFiles {

  private CertificateFiles() {}

  /** The text of the PDF (which only comes out if the embedded CJK font maps to Unicode). */
  static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The QR code of page 1 decoded from a 150 dpi rendering, as a phone's camera would. */
  static String qrText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
      return new MultiFormatReader()
          .decode(
              new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
              Map.of(
                  DecodeHintType.POSSIBLE_FORMATS,
                  List.of(BarcodeFormat.QR_CODE),
                  DecodeHintType.TRY_HARDER,
                  Boolean.TRUE))
          .getText();
    } catch (IOException | NotFoundException e) {
      throw new IllegalStateException("no readable QR code on the certificate", e);
    }
  }
}
