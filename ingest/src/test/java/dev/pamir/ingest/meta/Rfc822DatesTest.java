package dev.pamir.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.PublicationDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class Rfc822DatesTest {

  @Test
  void parse_rfc1123WithGmt_isThatInstant() {
    assertThat(PublicationDates.parse("Wed, 19 May 2021 09:26:00 GMT"))
        .contains(at("2021-05-19T09:26:00Z"));
  }

  @Test
  void parse_numericOffset_keepsTheOffset() {
    assertThat(PublicationDates.parse("Wed, 19 May 2021 09:26:00 +0300"))
        .contains(at("2021-05-19T09:26:00+03:00"));
    assertThat(PublicationDates.parse("Wed, 19 May 2021 09:26:00 -0000"))
        .contains(at("2021-05-19T09:26:00Z"));
  }

  @Test
  void parse_yearZero_givesNothing() {
    // Found by DateParsersFuzzTest.
    assertThat(Rfc822Dates.parse("1 Jan 0000 0:00 PDT")).isEmpty();
    assertThat(Rfc822Dates.parse("1 Jan 1000 0:00 PDT")).isPresent();
  }

  @Test
  void parse_twoDigitYear_isThisCenturyBelowFifty() {
    assertThat(PublicationDates.parse("Mon, 17 May 21 08:00:00 +0000"))
        .contains(at("2021-05-17T08:00:00Z"));
    assertThat(PublicationDates.parse("Thu, 01 Jan 98 00:00:00 GMT"))
        .contains(at("1998-01-01T00:00:00Z"));
  }

  @Test
  void parse_namedNorthAmericanZones_useRfc822Offsets() {
    assertThat(PublicationDates.parse("Wed, 02 Oct 2002 08:00:00 EST"))
        .contains(at("2002-10-02T08:00:00-05:00"));
    assertThat(PublicationDates.parse("Wed, 02 Oct 2002 08:00:00 PDT"))
        .contains(at("2002-10-02T08:00:00-07:00"));
    assertThat(PublicationDates.parse("Wed, 02 Oct 2002 08:00:00 UT"))
        .contains(at("2002-10-02T08:00:00Z"));
  }

  @Test
  void parse_noWeekdayNoSecondsFullMonth_stillRead() {
    assertThat(PublicationDates.parse("2 October 2002 13:05 +0200"))
        .contains(at("2002-10-02T13:05:00+02:00"));
  }

  @Test
  void parse_wrongWeekday_readAnyway() {
    assertThat(PublicationDates.parse("Fri, 19 May 2021 09:26:00 GMT"))
        .contains(at("2021-05-19T09:26:00Z"));
  }

  @Test
  void parse_noZoneOrUnknownZone_isLocalTimeNotAGuessedOffset() {
    PublicationDate local = new PublicationDate.Local(LocalDateTime.parse("2021-05-19T09:26:00"));

    assertThat(PublicationDates.parse("Wed, 19 May 2021 09:26:00")).contains(local);
    assertThat(PublicationDates.parse("Wed, 19 May 2021 09:26:00 XYZ")).contains(local);
  }

  @Test
  void parse_impossibleDay_isEmpty() {
    assertThat(PublicationDates.parse("Thu, 31 Feb 2021 09:26:00 GMT")).isEmpty();
    assertThat(PublicationDates.parse("Wed, 19 Foo 2021 09:26:00 GMT")).isEmpty();
  }

  @Test
  void parse_isoForms_unchanged() {
    assertThat(PublicationDates.parse("2021-05-19T09:26:00+03:00"))
        .contains(at("2021-05-19T09:26:00+03:00"));
    assertThat(PublicationDates.parse("2021-05-19").map(PublicationDate::iso))
        .contains("2021-05-19");
  }

  private static PublicationDate at(String iso) {
    return new PublicationDate.At(OffsetDateTime.parse(iso));
  }
}
