package org.anjian.grading.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * WenQuanYi Micro Hei, shipped with the application (see fonts/SOURCE.md) so that certificates need
 * no fonts on the server. The 5 MB file is read once; it is parsed again for every document because
 * PDFBox subsets the parsed font when the document is saved, which is not safe to share between
 * threads. Public for the other PDFs of the portal (the user manual).
 */
public final class CertificateFont {

  private static final String RESOURCE = "/org/anjian/grading/fonts/wqy-microhei.ttc";

  /** The proportional face of the collection (the other one is monospaced). */
  private static final String FACE = "WenQuanYiMicroHei";

  private CertificateFont() {}

  /** Opens the collection for one document; close it only after the document is saved. */
  public static TrueTypeCollection open() throws IOException {
    return new TrueTypeCollection(new ByteArrayInputStream(Bytes.TTC));
  }

  /** The face, to be embedded in {@code document} as a subset of the glyphs it uses. */
  public static PDType0Font load(PDDocument document, TrueTypeCollection collection)
      throws IOException {
    TrueTypeFont face = collection.getFontByName(FACE);
    if (face == null) {
      throw new IllegalStateException(FACE + " is missing from " + RESOURCE);
    }
    return PDType0Font.load(document, face, true);
  }

  /** Read at first use, by the class loader's lock. */
  private static final class Bytes {
    static final byte[] TTC = read();

    private static byte[] read() {
      try (InputStream in = CertificateFont.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is not on the class path");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
