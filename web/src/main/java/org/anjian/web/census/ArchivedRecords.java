package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.web.platform.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 已入库信息查询（矿山）: archived records of the caller's jurisdiction, and their export as Excel or CSV,
 * streamed straight to the response in the boundary's batches.
 */
@Named
@ViewScoped
public class ArchivedRecords extends CensusList {

  private static final long serialVersionUID = 1L;

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private CensusExport export;

  @Override
  protected Slice<CensusRow> fetch(PageRequest page, CensusFilter filter) {
    return review.archived(page, filter);
  }

  @Override
  protected String defaultSort() {
    return "archivedAt";
  }

  @Override
  protected String tableId() {
    return "list:archived";
  }

  public StreamedContent getExcel() {
    return download(ExportFormat.XLSX, "xlsx", XLSX);
  }

  public StreamedContent getCsv() {
    return download(ExportFormat.CSV, "csv", "text/csv; charset=UTF-8");
  }

  private StreamedContent download(ExportFormat format, String extension, String contentType) {
    CensusFilter filter = filter();
    CensusExport boundary = export;
    String name =
        Texts.get("census.export.fileName")
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
                boundary.write(filter, format, key -> Texts.get(key), CensusLabels::of, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }
}
