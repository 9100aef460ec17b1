package org.anjian.web.census;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.anjian.census.boundary.CensusFilter;
import org.anjian.census.boundary.CensusRow;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;

/** 信息追踪（矿山）: records this level approved or returned, and where each is now. */
@Named
@ViewScoped
public class CensusTracking extends CensusList {

  private static final long serialVersionUID = 1L;

  @Override
  protected Slice<CensusRow> fetch(PageRequest page, CensusFilter filter) {
    return review.tracking(page, filter);
  }

  @Override
  protected String defaultSort() {
    return "heldSince";
  }

  @Override
  protected String tableId() {
    return "list:tracking";
  }
}
