package dev.pamir.ingest.meta;

import dev.pamir.model.PublicationDate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses machine-written publication dates: ISO 8601 (with or without offset or time), RFC 1123 and
 * RFC 822 (RSS), and the common variants of both, such as two-digit years and named zones.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDates {

  private PublicationDates() {}

  /** The date {@code text} states, or empty when it is not one of the understood forms. */
  public static Optional<PublicationDate> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PublicationDate.At(OffsetDateTime.parse(s.replace(' ', 'T'))));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    // Not DateTimeFormatter.RFC_1123_DATE_TIME: it reads "17 May 21" as the year 21.
    Optional<PublicationDate> rfc822 = Rfc822Dates.parse(s);
    if (rfc822.isPresent()) {
      return rfc822;
    }
    try {
      return Optional.of(new PublicationDate.Local(LocalDateTime.parse(s.replace(' ', 'T'))));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(
          new PublicationDate.Day(
              LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s)));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }
}
