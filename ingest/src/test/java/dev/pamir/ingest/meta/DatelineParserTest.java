package dev.pamir.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.PublicationDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "19.05.2021 09:26 (Kyiv time)               | 2021-05-19T09:26+03:00",
        "03.02.2023 14:05 (Kyiv time)               | 2023-02-03T14:05+02:00",
        "May 19, 2021 at 9:26 a.m. EDT              | 2021-05-19T09:26-04:00",
        "May 19, 2021 9:26 pm EST                   | 2021-05-19T21:26-05:00",
        "Wednesday, 19 May 2021, 09:26 GMT          | 2021-05-19T09:26Z",
        "19 May 2021 09:26 UTC+3                    | 2021-05-19T09:26+03:00",
        "19 May 2021 09:26 CEST                     | 2021-05-19T09:26+02:00",
        "Jan. 5, 2022 10:00 PST                     | 2022-01-05T10:00-08:00",
        "5 January 2022 10:00 IST                   | 2022-01-05T10:00+05:30",
        "2021-05-19 09:26 (Eastern Time)            | 2021-05-19T09:26-04:00",
        "Published 19/05/2021 18:40 BST             | 2021-05-19T18:40+01:00",
      })
  void parse_dateTimeAndZone_givesInstant(String text, String expected) {
    assertThat(DatelineParser.parse(text))
        .contains(new PublicationDate.At(OffsetDateTime.parse(expected)));
  }

  @Test
  void parse_zoneOnTheNextLine_givesInstant() {
    assertThat(DatelineParser.parse("19.05.2021 09:26\n  (Moscow time), Moscow"))
        .contains(new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26+03:00")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "19 May 2021              | 2021-05-19",
        "May 19th, 2021           | 2021-05-19",
        "the 3rd of March 2020    | 2020-03-03",
        "Posted 31/07/2021        | 2021-07-31",
        "07/31/2021               | 2021-07-31",
        "19.05.21                 | 2021-05-19",
      })
  void parse_dateAlone_givesDay(String text, String expected) {
    assertThat(DatelineParser.parse(text))
        .contains(new PublicationDate.Day(LocalDate.parse(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"19.05.2021 09:26", "May 19, 2021, 09:26"})
  void parse_timeWithoutZone_givesLocalDateTime(String text) {
    assertThat(DatelineParser.parse(text))
        .contains(new PublicationDate.Local(LocalDateTime.parse("2021-05-19T09:26")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "05/06/2021",
        "Views: 5508",
        "May 2024",
        "31.02.2021",
        "at the same time",
        "version 1.19.05.2021",
        "",
        "19 Mayo 2021"
      })
  void parse_ambiguousOrNoDate_givesNothing(String text) {
    assertThat(DatelineParser.parse(text)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"19.05.2021 09:26 (Moscow time), Moscow"})
  void find_dateline_reportsWhereTheDateWasRead(String text) {
    DatelineParser.Found found = DatelineParser.find(text).orElseThrow();

    assertThat(text.substring(found.start(), found.end()))
        .isEqualTo("19.05.2021 09:26 (Moscow time");
  }
}
