package org.anjian.web.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.anjian.platform.boundary.PageRequest;
import org.anjian.platform.boundary.Slice;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a boundary's paged query: each page, its sort and its count
 * come from the database, never from a list held in memory. The table asks for the count and then
 * for the page, so each asks the boundary for just its part (a boundary that does not tell them
 * apart answers both, which is merely slower).
 */
public class PagedRows<T extends Serializable> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final RowSource<T> source;
  private final RowKey<T> key;

  /** How a row is identified; serialisable, as the model lives in a view-scoped bean. */
  @FunctionalInterface
  public interface RowKey<T> extends Function<T, Object>, Serializable {}

  public PagedRows(RowSource<T> source, RowKey<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.fetch(PageRequest.totalOnly()).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
    Slice<T> slice =
        source.fetch(
            new PageRequest(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                PageRequest.Part.ROWS));
    if (slice.total() >= 0) {
      setRowCount((int) slice.total());
    }
    return slice.rows();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
