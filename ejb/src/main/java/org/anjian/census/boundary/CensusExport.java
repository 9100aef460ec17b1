package org.anjian.census.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.anjian.account.control.Callers;
import org.anjian.account.entity.Role;
import org.anjian.census.control.CensusAccess;
import org.anjian.census.control.ExportColumns;
import org.anjian.census.entity.CensusRecord;
import org.anjian.region.boundary.RegionNode;
import org.anjian.region.boundary.RegionTree;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams the archived records of the caller's jurisdiction (optionally narrowed to a region, type
 * or text) as CSV or Excel. Rows are read in id order in batches and the persistence context is
 * cleared after each, so a national export of 100,000 records never holds them all in memory.
 */
@Stateless
@RolesAllowed(Role.Names.REGULATOR)
public class CensusExport {

  static final int BATCH = 500;

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private RegionTree regions;

  @Inject private CensusAccess access;

  /**
   * @param headerText translates the header keys of {@link ExportColumns#ALL} and the sheet name
   * @param valueText renders a value (enum labels, dates) for the file
   */
  public void write(
      CensusFilter filter,
      ExportFormat format,
      Function<String, String> headerText,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    RegionNode area = access.area(callers.current(), filter.regionCode(), "census export");
    List<String> headers =
        ExportColumns.ALL.stream().map(c -> headerText.apply(c.headerKey())).toList();
    Function<Object, String> values =
        value ->
            value instanceof ExportColumns.RegionName region
                ? regions.fullName(region.code())
                : valueText.apply(value);
    if (format == ExportFormat.CSV) {
      writeCsv(filter, area, headers, values, out);
    } else {
      writeXlsx(filter, area, headerText.apply("census.export.fileName"), headers, values, out);
    }
  }

  private void writeCsv(
      CensusFilter filter,
      RegionNode area,
      List<String> headers,
      Function<Object, String> valueText,
      OutputStream out)
      throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\ufeff'); // lets Excel read the UTF-8 Chinese text
    writer.write(String.join(",", headers.stream().map(CensusExport::csv).toList()));
    writer.write("\r\n");
    forEachArchived(
        filter,
        area,
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

  private void writeXlsx(
      CensusFilter filter,
      RegionNode area,
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
    forEachArchived(
        filter,
        area,
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

  /** Walks the archived records by ascending id, one batch at a time (keyset paging). */
  private void forEachArchived(
      CensusFilter filter, RegionNode area, java.util.function.Consumer<CensusRecord> action) {
    String where =
        "r.status = org.anjian.census.entity.ReviewStatus.ARCHIVED and r.id > :after"
            + CensusAccess.inJurisdiction(area);
    if (filter.type() != null) {
      where += " and r.type = :type";
    }
    if (filter.hasText()) {
      where += " and lower(r.name) like :text escape '\\'";
    }
    long after = 0;
    while (true) {
      TypedQuery<CensusRecord> query =
          em.createQuery(
                  "select r from CensusRecord r join fetch r.enterprise where "
                      + where
                      + " order by r.id",
                  CensusRecord.class)
              .setParameter("after", after)
              .setMaxResults(BATCH);
      if (filter.type() != null) {
        query.setParameter("type", filter.type());
      }
      if (filter.hasText()) {
        query.setParameter("text", filter.likePattern());
      }
      List<CensusRecord> batch = query.getResultList();
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(action);
      after = batch.get(batch.size() - 1).getId();
      em.clear();
    }
  }

  /**
   * Quotes a CSV field when needed; a leading =, +, - or @ is defused against formula injection.
   */
  public static String csv(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
