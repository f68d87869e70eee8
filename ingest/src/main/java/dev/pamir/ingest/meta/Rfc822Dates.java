package dev.pamir.ingest.meta;

import dev.pamir.model.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rfc822Dates reads the dates RSS feeds actually write in the RFC 822 family, more leniently than
 * {@link java.time.format.DateTimeFormatter#RFC_1123_DATE_TIME}: two-digit years, full month names,
 * missing seconds, a day of the week that does not match the date, and named zones ({@code UT},
 * {@code GMT}, {@code EST}, {@code PDT}, ...). A time without a zone, or with a zone name that is
 * not known, is a local time: the offset is never guessed.
 *
 * <p>Stateless and thread-safe.
 */
final class Rfc822Dates {

  private static final Pattern DATE =
      Pattern.compile(
          "(?:[A-Za-z]+\\.?,?\\s*)?"
              + "(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2}|\\d{4}),?\\s+"
              + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
              + "\\s*(?:([+-])(\\d{2}):?(\\d{2})|([A-Za-z]{1,5}))?");

  /** RFC 822's zone names, and a few unambiguous ones feeds use. */
  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("UT", 0),
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("Z", 0),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("EET", 2),
          Map.entry("EEST", 3),
          Map.entry("MSK", 3));

  private Rfc822Dates() {}

  /**
   * The date {@code text} states in an RFC 822 form, or empty when it is not one or its year has
   * not four digits.
   */
  static Optional<PublicationDate> parse(String text) {
    return parseAnyYear(text).filter(PublicationDates::hasFourDigitYear);
  }

  private static Optional<PublicationDate> parseAnyYear(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month;
    try {
      month = DatelineParser.month(m.group(2));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      // RFC 2822, section 4.3: two-digit years below 50 are 20xx, the rest 19xx.
      year += year < 50 ? 2000 : 1900;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              year,
              month,
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      Optional<ZoneOffset> offset = offset(m);
      return Optional.of(
          offset.isPresent()
              ? new PublicationDate.At(local.atOffset(offset.get()))
              : new PublicationDate.Local(local));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<ZoneOffset> offset(Matcher m) {
    if (m.group(7) != null) {
      int hours = Integer.parseInt(m.group(8));
      int minutes = Integer.parseInt(m.group(9));
      int sign = m.group(7).equals("-") ? -1 : 1;
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }
    if (m.group(10) != null) {
      Integer hours = ZONE_HOURS.get(m.group(10).toUpperCase(Locale.ROOT));
      return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
    }
    return Optional.empty();
  }
}
