package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CSV field opened in a spreadsheet shows what was typed and never runs as a formula. */
class CsvFieldTest {

  @Test
  void defusesEveryStartThatASpreadsheetReadsAsAFormula() {
    assertThat(CsvWriter.field("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    // a spreadsheet skips a leading TAB or CR and reads the formula behind it
    assertThat(CsvWriter.field("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
    assertThat(CsvWriter.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    assertThat(CsvWriter.field("青岛市")).isEqualTo("青岛市");
  }

  @Test
  void quotesSeparatorsAndQuotes() {
    assertThat(CsvWriter.field("黄岛区, 青岛")).isEqualTo("\"黄岛区, 青岛\"");
    assertThat(CsvWriter.field("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(CsvWriter.field(null)).isEmpty();
  }
}
