package org.anjian.census.boundary;

import java.util.List;
import java.util.function.Function;

/**
 * The words of an export file, in the user's language, resolved by the web tier before the boundary
 * writes: the boundary never looks up the web's message bundles (in an EAR it cannot see them).
 *
 * @param sheetName the Excel sheet's name
 * @param headers the column headers, in the order of the boundary's columns
 * @param values renders a value (enum labels, dates, yes/no) without looking anything up by class
 *     loader
 */
public record ExportText(String sheetName, List<String> headers, Function<Object, String> values) {

  public ExportText {
    headers = List.copyOf(headers);
  }
}
