package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.account.entity.UserAccount;
import org.anjian.census.control.CensusLists;
import org.anjian.census.control.ExportColumns;
import org.anjian.census.entity.CensusRecord;
import org.anjian.region.boundary.RegionTree;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams a regulator list — 审核与报送 (held here) or 已入库 (archived in the caller's jurisdiction), with
 * the list's filters — as CSV or Excel. The rows come from {@link CensusLists#forEach} in batches,
 * so a national export of 100,000 records never holds them all in memory. The words of the file
 * arrive resolved ({@link ExportText}).
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusExport {

  static final int BATCH = 500;

  @Inject private Callers callers;

  @Inject private CensusLists lists;

  @Inject private RegionTree regions;

  /** The bundle keys of the column headers, in order, for the caller to resolve. */
  public static List<String> headerKeys() {
    return ExportColumns.ALL.stream().map(ExportColumns.Column::headerKey).toList();
  }

  public void write(
      ExportList list, CensusFilter filter, ExportFormat format, ExportText text, OutputStream out)
      throws IOException {
    UserAccount me = callers.current();
    if (text.headers().size() != ExportColumns.ALL.size()) {
      throw new IllegalArgumentException("one header per column expected");
    }
    Function<Object, String> values =
        value ->
            value instanceof ExportColumns.RegionName region
                ? regions.fullName(region.code())
                : text.values().apply(value);
    Consumer<Consumer<CensusRecord>> records = action -> lists.forEach(me, list, filter, action);
    if (format == ExportFormat.CSV) {
      writeCsv(records, text.headers(), values, out);
    } else {
      writeXlsx(records, text.sheetName(), text.headers(), values, out);
    }
  }

  private static void writeCsv(
      Consumer<Consumer<CensusRecord>> records,
      List<String> headers,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\ufeff'); // lets Excel read the UTF-8 Chinese text
    writer.write(String.join(",", headers.stream().map(CensusExport::csv).toList()));
    writer.write("\r\n");
    records.accept(
        record -> {
          try {
            for (int i = 0; i < ExportColumns.ALL.size(); i++) {
              if (i > 0) {
                writer.write(',');
              }
              writer.write(csv(valueText.apply(ExportColumns.ALL.get(i).value().apply(record))));
            }
            writer.write("\r\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    writer.flush();
  }

  private static void writeXlsx(
      Consumer<Consumer<CensusRecord>> records,
      String sheetName,
      List<String> headers,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    Workbook workbook = new Workbook(out, "Anjian", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName);
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
    }
    int[] row = {1};
    records.accept(
        record -> {
          for (int c = 0; c < ExportColumns.ALL.size(); c++) {
            Object value = ExportColumns.ALL.get(c).value().apply(record);
            if (value instanceof Number number) {
              sheet.value(row[0], c, number);
            } else if (value != null) {
              sheet.value(row[0], c, valueText.apply(value));
            }
          }
          row[0]++;
          if (row[0] % BATCH == 0) {
            try {
              sheet.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    workbook.finish();
  }

  /**
   * Quotes a CSV field when needed; a leading =, +, -, @, TAB or CR is defused against formula
   * injection (a spreadsheet skips the last two and reads the formula behind them).
   */
  public static String csv(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
