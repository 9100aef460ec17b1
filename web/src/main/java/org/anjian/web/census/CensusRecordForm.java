package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.anjian.census.boundary.CensusFiling;
import org.anjian.census.boundary.CensusRecordView;
import org.anjian.census.boundary.HistoryRow;
import org.anjian.census.boundary.RegionChoiceRow;
import org.anjian.census.entity.ReviewAction;
import org.anjian.census.entity.ReviewStatus;
import org.anjian.platform.exception.NotFoundException;
import org.anjian.web.platform.Texts;

/**
 * The enterprise's form of one census record: save a draft at any time, submit when complete (the
 * boundary lists what is missing), read-only while the regulators hold it.
 */
@Named
@ViewScoped
public class CensusRecordForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CensusFiling filing;

  private String id;
  private CensusRecordView form;
  private List<HistoryRow> history = List.of();
  private List<RegionChoiceRow> regions;

  public void load() throws IOException {
    Long recordId = CensusPages.parseId(id);
    try {
      if (recordId == null) {
        throw new NotFoundException();
      }
      form = filing.load(recordId);
      history = filing.history(recordId);
    } catch (NotFoundException e) {
      CensusPages.notFound();
    }
  }

  public void save() {
    form = filing.save(form);
    Texts.info("census.record.saved");
  }

  /** Saves what is on screen first, so the completeness check sees it. */
  public void submit() {
    form = filing.save(form);
    filing.submit(form.getId(), form.getVersion());
    form = filing.load(form.getId());
    history = filing.history(form.getId());
    Texts.info("census.record.submitted", form.getHolderName());
  }

  /** Who sent a returned record back, and why: the last return to the enterprise. */
  public HistoryRow getLastReturn() {
    if (form == null || form.getStatus() != ReviewStatus.RETURNED) {
      return null;
    }
    HistoryRow last = null;
    for (HistoryRow row : history) {
      if (row.action() == ReviewAction.RETURN_TO_ENTERPRISE) {
        last = row;
      }
    }
    return last;
  }

  /** Where the production system may be placed (its own 行政区划), loaded once per view. */
  public List<RegionChoiceRow> getRegions() {
    if (regions == null) {
      regions = form != null && form.isEditable() ? filing.recordRegions() : List.of();
    }
    return regions;
  }

  public CensusRecordView getForm() {
    return form;
  }

  public List<HistoryRow> getHistory() {
    return history;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
