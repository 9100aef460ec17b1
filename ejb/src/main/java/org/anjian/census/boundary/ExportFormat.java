package org.anjian.census.boundary;

/** File formats of the archived-records export. */
public enum ExportFormat {
  CSV,
  XLSX
}
