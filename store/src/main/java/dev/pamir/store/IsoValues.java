package dev.pamir.store;

import dev.pamir.model.PublicationDate;
import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * IsoValues reads back the ISO 8601 forms the store keeps: {@link TimeValue#iso()} and {@link
 * PublicationDate#iso()}. Each parse is the exact inverse of the model's {@code iso()}.
 */
final class IsoValues {

  private IsoValues() {}

  /** {@code 2021-05-17}, {@code 2021-04}, {@code 2022} or {@code from/to} of those. */
  static TimeValue timeValue(String iso) {
    int slash = iso.indexOf('/');
    if (slash >= 0) {
      return new TimeValue.Interval(
          point(iso.substring(0, slash)), point(iso.substring(slash + 1)));
    }
    return point(iso);
  }

  private static TimeValue point(String iso) {
    try {
      if (iso.matches("-?\\d{4,}")) {
        return new TimeValue.YearValue(Year.of(Integer.parseInt(iso)));
      }
      if (iso.matches("-?\\d{4,}-\\d{2}")) {
        return new TimeValue.Month(YearMonth.parse(iso));
      }
      return new TimeValue.Day(LocalDate.parse(iso));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalStateException("the database holds a time that is not ISO 8601: " + iso, e);
    }
  }

  /** {@code 2021-05-19T09:26:00+03:00}, {@code 2021-05-19T09:26} or {@code 2021-05-19}. */
  static PublicationDate publicationDate(String iso) {
    try {
      if (iso.indexOf('T') < 0) {
        return new PublicationDate.Day(LocalDate.parse(iso));
      }
      String time = iso.substring(iso.indexOf('T'));
      if (time.contains("+") || time.contains("-") || time.endsWith("Z")) {
        return new PublicationDate.At(OffsetDateTime.parse(iso));
      }
      return new PublicationDate.Local(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "the database holds a publication date that is not ISO 8601: " + iso, e);
    }
  }
}
