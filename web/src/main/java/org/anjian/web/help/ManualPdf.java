package org.anjian.web.help;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.anjian.grading.control.CertificateFont;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A manual as a PDF: A4 portrait, its title and introduction, then each chapter with its heading,
 * menu path, text and screenshot, in the embedded Chinese font of the certificates. A chapter whose
 * screenshot is missing is printed without it.
 */
public final class ManualPdf {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 56;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

  private ManualPdf() {}

  /**
   * @param manual the text
   * @param portalName the portal's name, under the title
   * @param images reads a screenshot by its path below {@code resources/}; null if there is none
   */
  public static byte[] render(
      ManualText manual, String portalName, Function<String, byte[]> images) {
    try (TrueTypeCollection fonts = CertificateFont.open();
        PDDocument pdf = new PDDocument()) {
      pdf.getDocumentInformation().setTitle(manual.title());
      Writer writer = new Writer(pdf, CertificateFont.load(pdf, fonts));
      try {
        writer.line(manual.title(), 22, 0.1f);
        writer.line(portalName, 12, 0.4f);
        writer.gap(10);
        for (String paragraph : manual.intro()) {
          writer.paragraph(paragraph, 11);
        }
        for (ManualText.Section section : manual.sections()) {
          writer.gap(14);
          writer.keepTogether(90);
          writer.paragraph(section.title(), 16);
          writer.paragraph(section.menu(), 10, 0.4f);
          for (String paragraph : section.paragraphs()) {
            writer.paragraph(paragraph, 11);
          }
          byte[] image = images.apply(section.screenshot());
          if (image != null) {
            writer.image(image);
          }
        }
      } finally {
        writer.close();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes downwards from the top of the page, starting a new page where the current one ends. */
  private static final class Writer {
    private final PDDocument pdf;
    private final PDType0Font font;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument pdf, PDType0Font font) throws IOException {
      this.pdf = pdf;
      this.font = font;
      newPage();
    }

    void paragraph(String text, float size) throws IOException {
      paragraph(text, size, 0.1f);
    }

    void paragraph(String text, float size, float grey) throws IOException {
      for (String line : wrap(printable(text), size)) {
        line(line, size, grey);
      }
      gap(size * 0.4f);
    }

    void line(String text, float size, float grey) throws IOException {
      float height = size * 1.45f;
      keepTogether(height);
      y -= height;
      content.beginText();
      content.setFont(font, size);
      content.setNonStrokingColor(grey, grey, grey);
      content.newLineAtOffset(MARGIN, y + size * 0.3f);
      content.showText(printable(text));
      content.endText();
    }

    void image(byte[] png) throws IOException {
      BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
      if (picture == null) {
        return;
      }
      float height = WIDTH * picture.getHeight() / picture.getWidth();
      keepTogether(height + 8);
      PDImageXObject image = JPEGFactory.createFromImage(pdf, picture, 0.85f);
      y -= height + 4;
      content.drawImage(image, MARGIN, y, WIDTH, height);
      content.setStrokingColor(0.75f, 0.75f, 0.75f);
      content.setLineWidth(0.5f);
      content.addRect(MARGIN, y, WIDTH, height);
      content.stroke();
      y -= 4;
    }

    void gap(float points) {
      y -= points;
    }

    /** Starts a new page unless {@code points} still fit on this one. */
    void keepTogether(float points) throws IOException {
      if (y - points < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PAGE);
      pdf.addPage(page);
      content = new PDPageContentStream(pdf, page);
      y = PAGE.getHeight() - MARGIN;
    }

    void close() throws IOException {
      if (content != null) {
        content.close();
        content = null;
      }
    }

    /**
     * Lines no wider than the page: Chinese breaks between any two characters, other text between
     * words.
     */
    private List<String> wrap(String text, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String token : tokens(text)) {
        String candidate = line + token;
        if (line.length() > 0 && width(candidate.stripTrailing(), size) > WIDTH) {
          lines.add(line.toString().stripTrailing());
          line.setLength(0);
          candidate = token.stripLeading();
        }
        line.setLength(0);
        line.append(candidate);
      }
      if (!line.isEmpty()) {
        lines.add(line.toString().stripTrailing());
      }
      return lines;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with each character the font lacks shown as a question mark. */
    private String printable(String text) {
      StringBuilder shown = new StringBuilder();
      text.codePoints()
          .forEach(
              c -> {
                String character = Character.toString(c);
                try {
                  font.encode(character);
                  shown.append(character);
                } catch (IOException | IllegalArgumentException e) {
                  shown.append('?');
                }
              });
      return shown.toString();
    }
  }

  /** Each CJK character alone; other text as words with the spaces after them. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isIdeographic(c) || isWidePunctuation(c)) {
                if (!word.isEmpty()) {
                  tokens.add(word.toString());
                  word.setLength(0);
                }
                tokens.add(Character.toString(c));
              } else {
                word.appendCodePoint(c);
                if (Character.isWhitespace(c)) {
                  tokens.add(word.toString());
                  word.setLength(0);
                }
              }
            });
    if (!word.isEmpty()) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  private static boolean isWidePunctuation(int c) {
    return (c >= 0x2010 && c <= 0x206F) // dashes, quotes, ellipsis
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF);
  }
}
