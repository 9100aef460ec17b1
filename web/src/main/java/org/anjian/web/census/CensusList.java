package org.anjian.web.census;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.anjian.census.boundary.CensusExport;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusReview;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.census.boundary.ExportList;
import org.anjian.census.boundary.ExportText;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.census.entity.RecordType;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.region.boundary.RegionNode;
import org.anjian.web.account.CurrentUser;
import org.anjian.web.platform.ExportDownload;
import org.anjian.web.platform.Texts;
import org.anjian.web.region.RegionOptions;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.StreamedContent;

/**
 * What the regulator lists share: filters (type, sub-region, text), a lazy table, and the 操作历史 of
 * the row last clicked, shown below the list.
 */
public abstract class CensusList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected CensusReview review;

  @Inject protected CurrentUser currentUser;

  @Inject private RegionOptions regionOptions;

  @Inject private CensusExport export;

  private RecordType type;
  private String regionCode;
  private String text;
  private CensusRow current;
  private List<HistoryRow> history = List.of();

  private final CensusRowModel rows = new CensusRowModel(page -> fetch(sorted(page), filter()));

  protected abstract Slice<CensusRow> fetch(PageRequest page, CensusFilter filter);

  /** The column a list is sorted by, newest first, until the user sorts by another. */
  protected abstract String defaultSort();

  private PageRequest sorted(PageRequest page) {
    return page.sortField() != null
        ? page
        : new PageRequest(page.first(), page.size(), defaultSort(), false, page.part());
  }

  /** The client id of the page's table, to go back to its first page on a new search. */
  protected abstract String tableId();

  protected CensusFilter filter() {
    return new CensusFilter(type, null, regionCode, text);
  }

  /**
   * The list as a file, with the filters on screen, streamed by the boundary in batches. Its words
   * are resolved here, in the web tier, before the boundary writes.
   */
  protected StreamedContent download(ExportList list, ExportFormat format) {
    CensusFilter filter = filter();
    CensusExport boundary = export;
    boolean csv = format == ExportFormat.CSV;
    String name =
        list == ExportList.PENDING ? "census.export.pendingFileName" : "census.export.fileName";
    return ExportDownload.of(
        name,
        csv ? "csv" : "xlsx",
        csv ? ExportDownload.CSV : ExportDownload.XLSX,
        out -> boundary.write(list, filter, format, exportText(name), out));
  }

  private static ExportText exportText(String nameKey) {
    Function<String, String> text = Texts.snapshot();
    return new ExportText(
        text.apply(nameKey),
        CensusExport.headerKeys().stream().map(text).toList(),
        value -> CensusLabels.of(text, value));
  }

  /** The census pages are the regulators' own; anyone else (an administrator) finds nothing. */
  public void check() throws IOException {
    if (!currentUser.isRegulator()) {
      CensusPages.notFound();
    }
  }

  public void search() {
    Components.<DataTable>findComponent(tableId()).setFirst(0);
    current = null;
    history = List.of();
  }

  public void rowSelected(SelectEvent<CensusRow> event) {
    showHistory(event.getObject());
  }

  protected void showHistory(CensusRow row) {
    current = row;
    history = row == null ? List.of() : review.history(row.id());
  }

  /** After a decision the clicked row's history has a new line (or the row is gone). */
  protected void refreshHistory() {
    if (current != null) {
      showHistory(current);
    }
  }

  /** The regions directly below the caller's: the region filter's choices (none for a county). */
  public List<RegionNode> getRegions() {
    return currentUser.getView() == null
        ? List.of()
        : regionOptions.children(currentUser.getView().regionCode());
  }

  public CensusRowModel getRows() {
    return rows;
  }

  public RecordType getType() {
    return type;
  }

  public void setType(RecordType type) {
    this.type = type;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(String regionCode) {
    this.regionCode = regionCode;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CensusRow getCurrent() {
    return current;
  }

  public void setCurrent(CensusRow current) {
    this.current = current;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }
}
