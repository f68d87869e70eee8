package dev.pamir.nlp.time;

import dev.pamir.model.TimeValue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TimexValues reads the TIMEX3 values SUTime gives ("2021-05-17", "1998-W02", "1998-Q4", "2021-FA",
 * "199X") as Pamir time values: weeks become intervals of days, quarters, halves and seasons
 * intervals of months, decades and centuries intervals of years, and a time of day its day.
 *
 * <p>Values that are not calendar times ("PRESENT_REF", "P3Y", "T08:24", "XXXX-WXX-1") are empty.
 * Stateless and thread-safe.
 */
final class TimexValues {

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern PART = Pattern.compile("(\\d{4})-([QH])(\\d)");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

  private TimexValues() {}

  /** The calendar value of a TIMEX3 value, empty when it is none or names an implausible year. */
  static Optional<TimeValue> parse(String timex) {
    String v = timex.strip();
    try {
      Matcher m;
      if ((m = DAY.matcher(v)).matches()) {
        return Optional.of(
            new TimeValue.Day(LocalDate.of(year(m.group(1)), num(m.group(2)), num(m.group(3)))));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        return Optional.of(new TimeValue.Month(YearMonth.of(year(m.group(1)), num(m.group(2)))));
      }
      if ((m = YEAR.matcher(v)).matches()) {
        return Optional.of(new TimeValue.YearValue(Year.of(year(m.group(1)))));
      }
      if ((m = WEEK.matcher(v)).matches()) {
        LocalDate monday =
            LocalDate.of(year(m.group(1)), 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m.group(2)))
                .with(DayOfWeek.MONDAY);
        LocalDate from = m.group(3) != null ? monday.plusDays(5) : monday;
        return Optional.of(days(from, monday.plusDays(6)));
      }
      if ((m = PART.matcher(v)).matches()) {
        int length = m.group(2).equals("Q") ? 3 : 6;
        int index = num(m.group(3));
        if (index < 1 || index * length > 12) {
          return Optional.empty();
        }
        return Optional.of(
            months(YearMonth.of(year(m.group(1)), (index - 1) * length + 1), length));
      }
      if ((m = SEASON.matcher(v)).matches()) {
        int first =
            switch (m.group(2)) {
              case "SP" -> 3;
              case "SU" -> 6;
              case "FA" -> 9;
              default -> 12;
            };
        return Optional.of(months(YearMonth.of(year(m.group(1)), first), 3));
      }
      if ((m = DECADE.matcher(v)).matches()) {
        int start = year(m.group(1) + "0");
        return Optional.of(years(start, start + 9));
      }
      if ((m = CENTURY.matcher(v)).matches()) {
        int start = year(m.group(1) + "00");
        return Optional.of(years(start, start + 99));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a TIMEX3 value names a calendar time SUTime could not place ("XXXX-04-28"). */
  static boolean isUnplacedCalendar(String timex) {
    return timex.strip().matches("XXXX(-\\d{2}(-\\d{2})?|-WXX-\\d)");
  }

  private static TimeValue days(LocalDate from, LocalDate to) {
    return new TimeValue.Interval(new TimeValue.Day(from), new TimeValue.Day(to));
  }

  private static TimeValue months(YearMonth from, int length) {
    return new TimeValue.Interval(
        new TimeValue.Month(from), new TimeValue.Month(from.plusMonths(length - 1L)));
  }

  private static TimeValue years(int from, int to) {
    return new TimeValue.Interval(
        new TimeValue.YearValue(Year.of(from)), new TimeValue.YearValue(Year.of(to)));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < TimeResolver.MIN_YEAR || year > TimeResolver.MAX_YEAR) {
      throw new DateTimeException("not a plausible year: " + digits);
    }
    return year;
  }
}
