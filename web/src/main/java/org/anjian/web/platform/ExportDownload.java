package org.anjian.web.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list exported as a file download: named after a bundle key and today's date, written straight
 * to the response by a boundary that streams its rows in batches.
 */
public final class ExportDownload {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv; charset=UTF-8";

  /** Writes the file; called while the response is being sent. */
  @FunctionalInterface
  public interface Writer extends Serializable {
    void write(OutputStream out) throws IOException;
  }

  private ExportDownload() {}

  public static StreamedContent of(
      String fileNameKey, String extension, String contentType, Writer writer) {
    String name =
        Texts.get(fileNameKey)
            + "-"
            + DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.now())
            + "."
            + extension;
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(contentType)
        .writer(
            out -> {
              try {
                writer.write(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
