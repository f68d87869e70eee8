package dev.pamir.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV fields: quoting and the guard against spreadsheet formulas in untrusted text. */
class ExportTest {

  @Test
  void plainFields_areLeftAlone() {
    assertThat(Export.csvField("Dushanbe")).isEqualTo("Dushanbe");
    assertThat(Export.csvField("")).isEmpty();
    assertThat(Export.csvField("-12.5")).isEqualTo("-12.5");
  }

  @Test
  void commasQuotesAndLineBreaks_areQuoted() {
    assertThat(Export.csvField("Russia, Tajikistan")).isEqualTo("\"Russia, Tajikistan\"");
    assertThat(Export.csvField("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
    assertThat(Export.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  @Test
  void textThatASpreadsheetWouldRun_getsAnApostrophe() {
    assertThat(Export.csvField("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK(");
    assertThat(Export.csvField("+1 troops")).isEqualTo("'+1 troops");
    assertThat(Export.csvField("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Export.csvField("-cmd")).isEqualTo("'-cmd");
  }
}
