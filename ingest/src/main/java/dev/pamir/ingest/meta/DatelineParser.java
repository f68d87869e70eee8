package dev.pamir.ingest.meta;

import dev.pamir.model.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DatelineParser reads the publication date a person wrote in an article's dateline:
 * "19.05.2021 09:26 (Moscow time)", "May 19, 2021 at 9:26 a.m. EDT", "19 May 2021", "2021-05-19
 * 09:26".
 *
 * <p>Numeric dates with dots are day first (European); with slashes or dashes they are day first
 * when the day is over 12 and month first when the second number is, and ambiguous dates such as
 * 05/06/2021 give nothing rather than a guess. A time followed by a zone ("GMT", "EDT", "UTC+3",
 * "Moscow time") gives an instant; a time without a zone a local date-time; a date alone a day.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelineParser {

  /** A date found in a text, and the characters {@code [start, end)} it was read from. */
  public record Found(PublicationDate date, int start, int end) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\d.])(?:(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})"
              + "|(?<numA>\\d{1,2})(?<sep>[./-])(?<numB>\\d{1,2})\\k<sep>(?<numY>\\d{4}|\\d{2})"
              + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH.replace("(jan", "(?<monthA>jan")
              + ",?\\s+(?<yearA>\\d{4})"
              + "|"
              + MONTH.replace("(jan", "(?<monthB>jan")
              + "\\s+(?<dayB>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<yearB>\\d{4}))(?![\\d])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern TIME =
      Pattern.compile(
          "(?:\\s*(?:,|at|@|-|–|—|\\||/|T)?\\s*)(?<h>\\d{1,2}):(?<m>\\d{2})(?::(?<s>\\d{2}))?"
              + "(?:\\s*(?<ampm>[ap])\\.?\\s?m\\.?(?![\\p{L}]))?(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private DatelineParser() {}

  /** The date {@code text} states, or empty when it states none. */
  public static Optional<PublicationDate> parse(String text) {
    return find(text).map(Found::date);
  }

  /** The first date in {@code text}, with where it was read from. */
  public static Optional<Found> find(String text) {
    Matcher date = DATE.matcher(text);
    while (date.find()) {
      Optional<LocalDate> day = day(date);
      if (day.isEmpty()) {
        continue;
      }
      int end = date.end();
      Matcher time = TIME.matcher(text);
      time.region(end, text.length());
      if (!time.lookingAt()) {
        return Optional.of(new Found(new PublicationDate.Day(day.get()), date.start(), end));
      }
      Optional<LocalTime> clock = clock(time);
      if (clock.isEmpty()) {
        return Optional.of(new Found(new PublicationDate.Day(day.get()), date.start(), end));
      }
      LocalDateTime local = LocalDateTime.of(day.get(), clock.get());
      Optional<ZoneNames.Match> zone = ZoneNames.at(text, time.end(), false);
      if (zone.isPresent()) {
        return Optional.of(
            new Found(
                new PublicationDate.At(
                    ZonedDateTime.of(local, zone.get().zone()).toOffsetDateTime()),
                date.start(),
                zone.get().end()));
      }
      return Optional.of(new Found(new PublicationDate.Local(local), date.start(), time.end()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(Matcher m) {
    int year;
    int month;
    int day;
    if (m.group("isoY") != null) {
      year = Integer.parseInt(m.group("isoY"));
      month = Integer.parseInt(m.group("isoM"));
      day = Integer.parseInt(m.group("isoD"));
    } else if (m.group("numA") != null) {
      int a = Integer.parseInt(m.group("numA"));
      int b = Integer.parseInt(m.group("numB"));
      String y = m.group("numY");
      boolean dotted = m.group("sep").equals(".");
      if (y.length() == 2 && !dotted) {
        return Optional.empty();
      }
      year = y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
      if (dotted || (a > 12 && b <= 12)) {
        day = a;
        month = b;
      } else if (b > 12 && a <= 12) {
        day = b;
        month = a;
      } else {
        return Optional.empty();
      }
    } else if (m.group("dayFirst") != null) {
      day = Integer.parseInt(m.group("dayFirst"));
      month = month(m.group("monthA"));
      year = Integer.parseInt(m.group("yearA"));
    } else {
      day = Integer.parseInt(m.group("dayB"));
      month = month(m.group("monthB"));
      year = Integer.parseInt(m.group("yearB"));
    }
    if (year < 1900 || year > 2199) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> clock(Matcher m) {
    int hour = Integer.parseInt(m.group("h"));
    int minute = Integer.parseInt(m.group("m"));
    int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
    String ampm = m.group("ampm");
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = ampm.equalsIgnoreCase("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute, second));
  }

  static int month(String name) {
    return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }
}
