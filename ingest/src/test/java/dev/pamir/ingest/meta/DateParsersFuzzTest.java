package dev.pamir.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamir.model.PublicationDate;
import dev.pamir.testkit.PamirContract;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the date readers with Jazzer: on any string, a date that is found is
 * one the pamir/1 contract accepts (ISO 8601, a four-digit year), reads back as itself, and, for a
 * dateline, was read from characters inside the text. No exception escapes. Every build runs the
 * corpus in {@code DateParsersFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class DateParsersFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void publicationDates(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    PublicationDates.parse(text).ifPresent(DateParsersFuzzTest::checkDate);
  }

  @FuzzTest(maxDuration = "2m")
  void rfc822(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    Rfc822Dates.parse(text).ifPresent(DateParsersFuzzTest::checkDate);
  }

  @FuzzTest(maxDuration = "2m")
  void dateline(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    Optional<DatelineParser.Found> found = DatelineParser.find(text);

    found.ifPresent(
        f -> {
          assertThat(f.start()).isBetween(0, f.end());
          assertThat(f.end()).isLessThanOrEqualTo(text.length());
          checkDate(f.date());
        });
    assertThat(DatelineParser.parse(text)).isEqualTo(found.map(DatelineParser.Found::date));
  }

  private static void checkDate(PublicationDate date) {
    String iso = date.iso();
    assertThat(date.day().getYear()).as(iso).isBetween(1000, 9999);
    assertThat(PamirContract.isDate(iso)).as(iso).isTrue();
    assertThat(PublicationDates.parse(iso)).as(iso).contains(date);
  }
}
