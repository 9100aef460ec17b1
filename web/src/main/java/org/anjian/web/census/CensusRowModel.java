package org.anjian.web.census;

import java.util.List;
import org.anjian.census.boundary.CensusRow;
import org.anjian.web.platform.PagedRows;
import org.anjian.web.platform.RowSource;

/**
 * A lazy table of census records whose rows can be selected: a selected row key is looked up in the
 * page the user saw, so a decision carries the version that page showed.
 */
public class CensusRowModel extends PagedRows<CensusRow> {

  private static final long serialVersionUID = 1L;

  public CensusRowModel(RowSource<CensusRow> source) {
    super(source, CensusRow::id);
  }

  @Override
  public CensusRow getRowData(String rowKey) {
    @SuppressWarnings("unchecked")
    List<CensusRow> page = (List<CensusRow>) getWrappedData();
    if (page == null || rowKey == null) {
      return null;
    }
    return page.stream().filter(r -> rowKey.equals(getRowKey(r))).findFirst().orElse(null);
  }
}
