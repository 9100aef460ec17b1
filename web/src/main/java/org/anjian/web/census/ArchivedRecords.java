package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.web.platform.ExportDownload;
import org.anjian.web.platform.Texts;
import org.primefaces.model.StreamedContent;

/**
 * 已入库信息查询（矿山）: archived records of the caller's jurisdiction, and their export as Excel or CSV,
 * streamed straight to the response in the boundary's batches.
 */
@Named
@ViewScoped
public class ArchivedRecords extends CensusList {

  private static final long serialVersionUID = 1L;

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
    return download(ExportFormat.XLSX, "xlsx", ExportDownload.XLSX);
  }

  public StreamedContent getCsv() {
    return download(ExportFormat.CSV, "csv", ExportDownload.CSV);
  }

  private StreamedContent download(ExportFormat format, String extension, String contentType) {
    CensusFilter filter = filter();
    CensusExport boundary = export;
    return ExportDownload.of(
        "census.export.fileName",
        extension,
        contentType,
        out -> boundary.write(filter, format, key -> Texts.get(key), CensusLabels::of, out));
  }
}
