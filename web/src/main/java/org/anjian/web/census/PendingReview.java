package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.anjian.census.boundary.BulkResult;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.census.boundary.ExportFormat;
import org.anjian.census.boundary.ExportList;
import org.anjian.census.boundary.RecordVersion;
import org.anjian.census.entity.Arrival;
import org.anjian.census.entity.CensusRecord;
import org.anjian.census.entity.ReviewAction;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.platform.exception.StaleDataException;
import org.anjian.region.entity.RegionLevel;
import org.anjian.web.platform.Texts;
import org.primefaces.model.StreamedContent;

/**
 * 审核与报送 · 待审核: the records this regulator holds, with 审核通过, 退回 (with a reason) and bulk approval.
 * Every decision carries the version of the row the user saw.
 */
@Named
@ViewScoped
public class PendingReview extends CensusList {

  private static final long serialVersionUID = 1L;

  private Arrival arrival;
  private List<CensusRow> selection = new ArrayList<>();
  private CensusRow returning;

  @Size(max = CensusRecord.MAX_REASON_LENGTH) // the textarea's maxlength (TRANSFORM_METADATA)
  private String reason;

  @Override
  protected Slice<CensusRow> fetch(PageRequest page, CensusFilter filter) {
    return review.pending(page, filter);
  }

  @Override
  protected CensusFilter filter() {
    CensusFilter shown = super.filter();
    return new CensusFilter(shown.type(), arrival, shown.regionCode(), shown.text());
  }

  public StreamedContent getExcel() {
    return download(ExportList.PENDING, ExportFormat.XLSX);
  }

  public StreamedContent getCsv() {
    return download(ExportList.PENDING, ExportFormat.CSV);
  }

  @Override
  protected String defaultSort() {
    return "heldSince";
  }

  @Override
  protected String tableId() {
    return "list:pending";
  }

  /** A county has no level below, so it never sees 下级报送. */
  public List<Arrival> getArrivals() {
    boolean county =
        currentUser.getView() != null && currentUser.getView().regionLevel() == RegionLevel.COUNTY;
    return List.of(Arrival.values()).stream()
        .filter(a -> !(county && a == Arrival.SUBMITTED_BY_LOWER))
        .toList();
  }

  @Override
  public void search() {
    super.search();
    selection = new ArrayList<>();
  }

  public void approve(CensusRow row) {
    try {
      ReviewAction action = review.approve(version(row));
      Texts.info(
          action == ReviewAction.ARCHIVE ? "census.list.archived" : "census.list.approved",
          row.name());
    } catch (StaleDataException e) {
      Texts.error("census.error.alreadyHandled");
    }
    decided(row);
  }

  public void prepareReturn(CensusRow row) {
    returning = row;
    reason = null;
  }

  public void confirmReturn() {
    if (returning == null) {
      // a dialog confirmed twice, or for a row that this page no longer holds
      Texts.error("census.error.alreadyHandled");
      return;
    }
    try {
      ReviewAction action = review.returnDown(version(returning), reason);
      Texts.info(
          action == ReviewAction.RETURN_TO_ENTERPRISE
              ? "census.list.returnedEnterprise"
              : "census.list.returnedLower",
          returning.name());
    } catch (StaleDataException e) {
      Texts.error("census.error.alreadyHandled");
    }
    decided(returning);
    returning = null;
  }

  public void approveSelected() {
    if (selection.isEmpty()) {
      Texts.error("census.list.bulkNone");
      return;
    }
    BulkResult result = review.approveAll(selection.stream().map(PendingReview::version).toList());
    if (result.failures().isEmpty()) {
      Texts.info("census.list.bulkDone", result.succeeded());
    } else {
      Map<Long, String> names =
          selection.stream().collect(Collectors.toMap(CensusRow::id, CensusRow::name, (a, b) -> a));
      String failures =
          result.failures().stream()
              .map(
                  f ->
                      Texts.get(
                          "census.list.bulkFailure",
                          names.getOrDefault(f.recordId(), String.valueOf(f.recordId())),
                          Texts.get(
                              "error.stale".equals(f.messageKey())
                                  ? "census.list.handledElsewhere"
                                  : f.messageKey())))
              .collect(Collectors.joining(Texts.get("census.list.bulkFailureSeparator")));
      Texts.error(
          "census.list.bulkPartial", result.succeeded(), result.failures().size(), failures);
    }
    selection = new ArrayList<>();
    refreshHistory();
  }

  private void decided(CensusRow row) {
    selection.removeIf(r -> r.id().equals(row.id()));
    refreshHistory();
  }

  private static RecordVersion version(CensusRow row) {
    return new RecordVersion(row.id(), row.version());
  }

  public Arrival getArrival() {
    return arrival;
  }

  public void setArrival(Arrival arrival) {
    this.arrival = arrival;
  }

  public List<CensusRow> getSelection() {
    return selection;
  }

  public void setSelection(List<CensusRow> selection) {
    this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
  }

  public CensusRow getReturning() {
    return returning;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
