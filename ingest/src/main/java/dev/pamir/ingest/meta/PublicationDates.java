package dev.pamir.ingest.meta;

import dev.pamir.model.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses machine-written publication dates: ISO 8601 (with or without offset or time), RFC 1123 and
 * RFC 822 (RSS, also with two-digit years and zone names such as EST), and the common variants of
 * both.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDates {

  private PublicationDates() {}

  /**
   * The first and last years a machine-written date may have: four digits, as ISO 8601 and every
   * reader of the contract expect. Years 0 and 1 are what content systems write for "no date".
   */
  private static final int FIRST_YEAR = 1000;

  private static final int LAST_YEAR = 9999;

  /**
   * The date {@code text} states, or empty when it is not one of the understood forms or its year
   * has not four digits.
   */
  public static Optional<PublicationDate> parse(String text) {
    return parseAnyYear(text).filter(PublicationDates::hasFourDigitYear);
  }

  /** Whether {@code date}'s year is from 1000 to 9999. */
  static boolean hasFourDigitYear(PublicationDate date) {
    int year = date.day().getYear();
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static Optional<PublicationDate> parseAnyYear(String text) {
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
    Optional<PublicationDate> other = otherForms(s);
    if (other.isPresent()) {
      return other;
    }
    try {
      return Optional.of(
          new PublicationDate.Day(
              LocalDate.parse(s.length() > 10 && s.charAt(10) == 'T' ? s.substring(0, 10) : s)));
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  private static final Pattern ISO_LOOSE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)\\s*"
              + "(?:([+-]\\d{2}):?(\\d{2})|([A-Za-z]{1,5}))?");

  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]{3,9}\\.?,?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3,9})\\.?[\\s-]+(\\d{4}|\\d{2}),?"
              + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([+-]\\d{2}):?(\\d{2})|\\(?([A-Za-z]{1,5})\\)?)?");

  private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");

  /**
   * The forms the JDK's parsers refuse: ISO 8601 with a basic offset ({@code +0300}) or a zone name
   * after a space, RFC 822 and its relaxed variants as feeds write them (two-digit years, no
   * seconds, zone names such as EST or PDT, no weekday), and the basic ISO date {@code 20210519}.
   */
  private static Optional<PublicationDate> otherForms(String s) {
    try {
      Matcher iso = ISO_LOOSE.matcher(s);
      if (iso.matches()) {
        LocalDateTime local =
            LocalDateTime.parse(iso.group(1) + "T" + iso.group(2).replace(',', '.'));
        return zoned(local, iso.group(3), iso.group(4), iso.group(5));
      }
      Matcher rfc = RFC_822.matcher(s);
      if (rfc.matches()) {
        int year = Integer.parseInt(rfc.group(3));
        if (rfc.group(3).length() == 2) {
          year += year < 50 ? 2000 : 1900;
        }
        if (!MONTH_NAME.matcher(rfc.group(2)).matches()) {
          return Optional.empty();
        }
        LocalDateTime local =
            LocalDateTime.of(
                year,
                DatelineParser.month(rfc.group(2)),
                Integer.parseInt(rfc.group(1)),
                Integer.parseInt(rfc.group(4)),
                Integer.parseInt(rfc.group(5)),
                rfc.group(6) == null ? 0 : Integer.parseInt(rfc.group(6)));
        return zoned(local, rfc.group(7), rfc.group(8), rfc.group(9));
      }
      if (BASIC_DATE.matcher(s).matches()) {
        return Optional.of(
            new PublicationDate.Day(LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE)));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "(?i)jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
              + "|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?");

  private static Optional<PublicationDate> zoned(
      LocalDateTime local,
      @Nullable String offsetHours,
      @Nullable String offsetMinutes,
      @Nullable String zoneName) {
    if (offsetHours != null && offsetMinutes != null) {
      ZoneOffset offset =
          ZoneOffset.ofHoursMinutes(
              Integer.parseInt(offsetHours),
              Integer.parseInt(offsetMinutes) * (offsetHours.startsWith("-") ? -1 : 1));
      return Optional.of(new PublicationDate.At(local.atOffset(offset)));
    }
    if (zoneName != null) {
      return ZoneNames.abbreviation(zoneName)
          .map(zone -> new PublicationDate.At(ZonedDateTime.of(local, zone).toOffsetDateTime()));
    }
    return Optional.of(new PublicationDate.Local(local));
  }
}
