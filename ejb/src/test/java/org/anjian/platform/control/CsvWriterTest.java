package org.anjian.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void writesAByteOrderMarkAndCrlfLinesThatExcelReadsAsUtf8() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter csv = new CsvWriter(out);
    csv.line(List.of("地区", "合计"));
    csv.line(Arrays.asList("黄岛区", null, "3"));
    csv.flush();

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\ufeff地区,合计\r\n黄岛区,,3\r\n");
  }

  @Test
  void quotesFieldsThatHoldCommasQuotesOrLineBreaks() {
    assertThat(CsvWriter.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(CsvWriter.field("plain")).isEqualTo("plain");
  }

  @Test
  void defusesWhatASpreadsheetWouldRunAsAFormula() {
    assertThat(CsvWriter.field("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvWriter.field("+1")).isEqualTo("'+1");
    assertThat(CsvWriter.field("-1")).isEqualTo("'-1");
    assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.field("1=1")).isEqualTo("1=1");
    assertThat(CsvWriter.field("")).isEmpty();
  }
}
