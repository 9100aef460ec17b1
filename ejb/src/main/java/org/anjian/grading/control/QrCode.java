package org.anjian.grading.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF as filled squares: it stays sharp at any zoom and print size, and
 * needs neither an image nor AWT. The caller keeps a quiet zone of {@link #QUIET_ZONE} modules
 * around it free.
 */
final class QrCode {

  static final int QUIET_ZONE = 4;

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  static QrCode of(String text) {
    Map<EncodeHintType, Object> hints =
        Map.of(
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            0);
    try {
      // size 0: one matrix cell per module, which draw() scales
      return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
    }
  }

  /** Modules along one side. */
  int size() {
    return modules.getWidth();
  }

  /** Draws it in the current fill colour, lower-left corner at (x, y), side {@code side} points. */
  void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
    float module = side / size();
    for (int row = 0; row < size(); row++) {
      float top = y + side - (row + 1) * module;
      int column = 0;
      while (column < size()) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < size() && modules.get(column, row)) {
          column++;
        }
        content.addRect(x + start * module, top, (column - start) * module, module);
      }
    }
    content.fill();
  }
}
