package org.anjian.platform.boundary;

/** A user's search text as a database LIKE pattern: case-folded, wildcards taken literally. */
public final class SearchText {

  private SearchText() {}

  /**
   * {@code %text%} in lower case with {@code \}, {@code %} and {@code _} escaped; use it with
   * {@code lower(column) like :p escape '\'}.
   */
  public static String likePattern(String text) {
    String escaped =
        text.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
