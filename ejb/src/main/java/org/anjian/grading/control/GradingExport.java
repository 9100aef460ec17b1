package org.anjian.grading.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.platform.control.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a grading list (办理情况) as CSV or Excel. The rows come from {@link
 * GradingLists#forEachOfAll} a batch at a time and the persistence context is cleared after each,
 * so a provincial export never holds every application in memory.
 */
@Dependent
public class GradingExport {

  static final int BATCH = 500;

  /** Header keys, in column order. */
  public static final List<String> HEADERS =
      List.of(
          "gdesk.col.enterprise",
          "gdesk.col.creditCode",
          "gdesk.col.region",
          "gdesk.col.industry",
          "gdesk.col.nature",
          "gdesk.col.level",
          "gdesk.col.state",
          "gdesk.col.holder",
          "gdesk.col.since",
          "gdesk.col.due",
          "gdesk.col.overdue",
          "gdesk.col.score",
          "gdesk.col.awarded");

  @Inject private GradingLists lists;

  public void write(
      UserAccount me,
      GradingFilter filter,
      ExportFormat format,
      Function<String, String> headerText,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    List<String> headers = HEADERS.stream().map(headerText).toList();
    if (format == ExportFormat.CSV) {
      CsvWriter csv = new CsvWriter(out);
      csv.line(headers);
      forEach(
          me, filter, row -> csv.line(values(row).stream().map(v -> text(v, valueText)).toList()));
      csv.flush();
    } else {
      Workbook workbook = new Workbook(out, "Anjian", "1.0");
      Worksheet sheet = workbook.newWorksheet(headerText.apply("gdesk.export.fileName"));
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(0, c, headers.get(c));
      }
      int[] r = {1};
      forEach(
          me,
          filter,
          row -> {
            List<Object> values = values(row);
            for (int c = 0; c < values.size(); c++) {
              Object value = values.get(c);
              if (value instanceof Number number) {
                sheet.value(r[0], c, number);
              } else if (value != null) {
                sheet.value(r[0], c, valueText.apply(value));
              }
            }
            if (++r[0] % BATCH == 0) {
              flush(sheet);
            }
          });
      workbook.finish();
    }
  }

  private static List<Object> values(ApplicationRow row) {
    return java.util.Arrays.asList(
        row.enterpriseName(),
        row.creditCode(),
        row.regionName(),
        row.industry(),
        row.nature(),
        row.levelApplied(),
        row.state(),
        row.holderName(),
        row.heldSince(),
        row.dueOn(),
        row.overdue(),
        row.reportScore(),
        row.levelAwarded());
  }

  /** Walks the whole filtered list a batch at a time; each batch is read, written and forgotten. */
  private void forEach(UserAccount me, GradingFilter filter, Consumer<ApplicationRow> action) {
    lists.forEachOfAll(me, filter, BATCH, action);
  }

  private static String text(Object value, Function<Object, String> valueText) {
    return value == null ? "" : value instanceof String s ? s : valueText.apply(value);
  }

  private static void flush(Worksheet sheet) {
    try {
      sheet.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
