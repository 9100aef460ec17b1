package org.anjian.census.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV field opened in a spreadsheet shows what was typed and never runs as a formula. */
class CsvFieldTest {

  @Test
  void defusesEveryStartThatASpreadsheetReadsAsAFormula() {
    assertThat(CensusExport.csv("=1+1")).isEqualTo("'=1+1");
    assertThat(CensusExport.csv("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    // a spreadsheet skips a leading TAB or CR and reads the formula behind it
    assertThat(CensusExport.csv("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
    assertThat(CensusExport.csv("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    assertThat(CensusExport.csv("青岛市")).isEqualTo("青岛市");
  }

  @Test
  void quotesSeparatorsAndQuotes() {
    assertThat(CensusExport.csv("黄岛区, 青岛")).isEqualTo("\"黄岛区, 青岛\"");
    assertThat(CensusExport.csv("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(CensusExport.csv(null)).isEmpty();
  }
}
