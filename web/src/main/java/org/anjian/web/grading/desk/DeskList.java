package org.anjian.web.grading.desk;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.anjian.account.entity.GradingLevel;
import org.anjian.account.entity.Industry;
import org.anjian.grading.boundary.ApplicationRow;
import org.anjian.grading.boundary.GradingFilter;
import org.anjian.grading.boundary.GradingReview;
import org.anjian.grading.entity.GradingState;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.region.RegionChoice;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;

/**
 * What the desk's lists share: the filters (state, level, industry, region, text, overdue only) and
 * a lazy table paged, sorted and filtered in the database by {@link GradingReview}.
 */
public abstract class DeskList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected GradingReview review;

  private GradingState state;
  private GradingLevel level;
  private Industry industry;
  private final RegionChoice region = new RegionChoice();
  private String text;
  private boolean overdueOnly;

  private final PagedRows<ApplicationRow> rows =
      new PagedRows<>(page -> fetch(sorted(page), filter()), ApplicationRow::id);

  protected abstract Slice<ApplicationRow> fetch(PageRequest page, GradingFilter filter);

  /** The states the state filter offers. */
  public abstract List<GradingState> getStates();

  /** The longest waiting first, until the user sorts by another column. */
  private static PageRequest sorted(PageRequest page) {
    return page.sortField() != null
        ? page
        : new PageRequest(page.first(), page.size(), "heldSince", true, page.part());
  }

  protected GradingFilter filter() {
    return new GradingFilter(state, level, industry, region.selected(), text, overdueOnly);
  }

  public void search() {
    Components.<DataTable>findComponent("list:applications").setFirst(0);
  }

  public List<GradingLevel> getLevels() {
    return List.of(GradingLevel.values());
  }

  public List<Industry> getIndustries() {
    return List.of(Industry.values());
  }

  public PagedRows<ApplicationRow> getRows() {
    return rows;
  }

  public GradingState getState() {
    return state;
  }

  public void setState(GradingState state) {
    this.state = state;
  }

  public GradingLevel getLevel() {
    return level;
  }

  public void setLevel(GradingLevel level) {
    this.level = level;
  }

  public Industry getIndustry() {
    return industry;
  }

  public void setIndustry(Industry industry) {
    this.industry = industry;
  }

  public RegionChoice getRegion() {
    return region;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
