package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.census.boundary.ExportList;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.primefaces.model.StreamedContent;

/**
 * 已入库信息查询（矿山）: archived records of the caller's jurisdiction, and their export as Excel or CSV,
 * streamed straight to the response in the boundary's batches.
 */
@Named
@ViewScoped
public class ArchivedRecords extends CensusList {

  private static final long serialVersionUID = 1L;

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
    return download(ExportList.ARCHIVED, ExportFormat.XLSX);
  }

  public StreamedContent getCsv() {
    return download(ExportList.ARCHIVED, ExportFormat.CSV);
  }
}
