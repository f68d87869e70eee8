package dev.pamir.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.PublicationDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-05-19T09:26:00+03:00         | 2021-05-19T09:26+03:00",
        "2021-05-19T09:26+03:00            | 2021-05-19T09:26+03:00",
        "2021-05-19T06:26:00Z              | 2021-05-19T06:26Z",
        "2021-05-19T06:26:00.123Z          | 2021-05-19T06:26:00.123Z",
        "2021-05-19 09:26:00 +0300         | 2021-05-19T09:26+03:00",
        "2021-05-19T09:26:00.000+0300      | 2021-05-19T09:26+03:00",
        "2021-05-19 06:26 UTC              | 2021-05-19T06:26Z",
        "Wed, 19 May 2021 06:26:00 GMT     | 2021-05-19T06:26Z",
        "Wed, 19 May 2021 09:26:00 +0300   | 2021-05-19T09:26+03:00",
        "Wed, 19 May 21 02:26:00 EDT       | 2021-05-19T02:26-04:00",
        "19 May 2021 09:26 +0300           | 2021-05-19T09:26+03:00",
        "Wed, 19 May 2021 06:26 PST        | 2021-05-19T06:26-08:00",
        "Wednesday, 19-May-21 06:26:00 GMT | 2021-05-19T06:26Z",
      })
  void parse_machineDateWithZone_givesInstant(String text, String expected) {
    assertThat(PublicationDates.parse(text))
        .contains(new PublicationDate.At(OffsetDateTime.parse(expected)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-05-19T09:26:00", "2021-05-19 09:26", "Wed, 19 May 2021 09:26:00"})
  void parse_machineDateWithoutZone_givesLocal(String text) {
    assertThat(PublicationDates.parse(text))
        .contains(new PublicationDate.Local(LocalDateTime.parse("2021-05-19T09:26")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-05-19", "20210519"})
  void parse_machineDay_givesDay(String text) {
    assertThat(PublicationDates.parse(text))
        .contains(new PublicationDate.Day(LocalDate.parse("2021-05-19")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "Wed, 19 Foo 2021 09:26:00 GMT",
        "2021-05-19 09:26 XYZ",
        "1621405560"
      })
  void parse_notADate_givesNothing(String text) {
    assertThat(PublicationDates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-052021-05-26",
        "+12021-05-19T09:26:00Z",
        "0001-01-01T00:00:00",
        "0000-01-01",
        "1 Jan 0000 0:00 PDT",
        "0999-12-31"
      })
  void parse_yearWithoutFourDigits_givesNothing(String text) {
    // Found by DateParsersFuzzTest: such years broke ISO 8601 readers of the contract.
    assertThat(PublicationDates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1851-09-18", "9999-12-31"})
  void parse_anyFourDigitYear_isKept(String text) {
    assertThat(PublicationDates.parse(text)).isPresent();
  }
}
