package org.anjian.platform.boundary;

import java.io.Serializable;

/**
 * Which page of a list to fetch. The sort field is one of the names the query accepts; anything
 * else falls back to the query's default order.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending)
    implements Serializable {

  public static final int MAX_PAGE_SIZE = 200;

  public PageRequest {
    first = Math.max(0, first);
    size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
  }

  /**
   * The ORDER BY expression for this page: the sortable column named by the sort field, or the
   * fallback (with its own direction) when the field is missing or not sortable.
   */
  public String orderBy(java.util.Map<String, String> sortable, String fallback) {
    String column = sortField == null ? null : sortable.get(sortField);
    return column == null ? fallback : column + (ascending ? " asc" : " desc");
  }
}
