package org.anjian.platform.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of the portal (census and grading exports, statistics): UTF-8 with a
 * byte-order mark so that Excel reads the Chinese text, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, and a field a spreadsheet would run as a formula defused.
 */
public final class CsvWriter {

  /** First characters that make a spreadsheet read a field as a formula. */
  // a spreadsheet skips a leading TAB or CR and reads the formula behind them
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Writer writer;

  /** Starts the file on {@code out} (writes the byte-order mark); {@link #flush} when done. */
  public CsvWriter(OutputStream out) throws IOException {
    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\ufeff');
  }

  /**
   * Writes one line; a null field is empty. Unchecked so that it can be called from row callbacks.
   */
  public void line(List<String> fields) {
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          writer.write(',');
        }
        writer.write(field(fields.get(i)));
      }
      writer.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void flush() throws IOException {
    writer.flush();
  }

  /** One field as written: defused, then quoted when needed. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    String v = defused(value);
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** A value a spreadsheet would run as a formula, made plain text by a leading apostrophe. */
  static String defused(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
