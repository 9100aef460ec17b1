package org.anjian.platform.boundary;

import java.io.Serializable;

/**
 * Which page of a list to fetch. The sort field is one of the names the query accepts; anything
 * else falls back to the query's default order. {@link #part} says whether the caller needs the
 * rows, the total, or both: a lazy table asks for the total and for the rows separately, and a list
 * that honours it runs each query once per page.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Part part)
    implements Serializable {

  public static final int MAX_PAGE_SIZE = 200;

  /** What a page request wants back. */
  public enum Part {
    ROWS_AND_TOTAL,
    ROWS,
    TOTAL
  }

  public PageRequest {
    first = Math.max(0, first);
    size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
    part = part == null ? Part.ROWS_AND_TOTAL : part;
  }

  public PageRequest(int first, int size, String sortField, boolean ascending) {
    this(first, size, sortField, ascending, Part.ROWS_AND_TOTAL);
  }

  /** Only the number of rows the list holds. */
  public static PageRequest totalOnly() {
    return new PageRequest(0, 1, null, true, Part.TOTAL);
  }

  public boolean wantsRows() {
    return part != Part.TOTAL;
  }

  public boolean wantsTotal() {
    return part != Part.ROWS;
  }

  /**
   * The ORDER BY expression for this page: the sortable column named by the sort field, or the
   * fallback (with its own direction) when the field is missing or not sortable.
   */
  public String orderBy(java.util.Map<String, String> sortable, String fallback) {
    String column = sortField == null ? null : sortable.get(sortField);
    return column == null ? fallback : column + (ascending ? " asc" : " desc");
  }

  /**
   * {@link #orderBy} with {@code id} as the tie-breaker, in the same direction, so that one index
   * over (column, id) serves the list both ways.
   */
  public String orderBy(java.util.Map<String, String> sortable, String fallback, String id) {
    String order = orderBy(sortable, fallback);
    return order + ", " + id + (order.endsWith(" desc") ? " desc" : " asc");
  }
}
