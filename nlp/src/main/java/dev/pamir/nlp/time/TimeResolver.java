package dev.pamir.nlp.time;

import dev.pamir.model.TimeValue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeResolver turns the text of one time expression into a calendar value, by Pamir's own
 * rules for news: relative expressions count from an anchor day, bare months and days take the year
 * that keeps them nearest the anchor, bare weekdays look back in past-tense clauses and forward in
 * future ones, and ranges become intervals.
 *
 * <p>Bare months and days are nearest-year within about two months of the anchor; farther off
 * ("March" in a November article) the clause's tense decides: the latest such month before the
 * anchor in the past tense, the next one in the future tense.
 *
 * <p>It reads only the expression's text (any case, any dash), the anchor and the clause's tense;
 * it never reads the clock. An expression it does not know is {@link Resolution.NotCalendar}, so
 * the caller may try other evidence. Stateless and thread-safe.
 */
final class TimeResolver {

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?";
  private static final String TO = "\\s*(?:-|to|until|till|through|thru|and)\\s*";
  private static final String OF_YEAR = "(?:,?\\s*(?:of\\s+)?" + YEAR + ")?";
  private static final String PART_OF_DAY =
      "(?:\\s+(?:morning|afternoon|evening|night|noon|midnight|overnight))?";
  private static final String NUMBER_WORD =
      "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";

  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?:from|on|in|since|by|until|till|between|during|around|about|before|after|at"
              + "|as of|of|starting|beginning|through)\\s+)+");
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?:,?\\s*(?:at\\s+)?\\d{1,2}(?::\\d{2}){1,2}(?:\\s*[ap]\\.?m\\.?)?"
              + "(?:\\s*\\(?[a-z]{2,5}\\)?)?|,?\\s*(?:at\\s+)?\\d{1,2}\\s*[ap]\\.?m\\.?)$");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:t[\\d:.]+)?");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
  private static final Pattern MONTH_DAY_RANGE =
      Pattern.compile(MONTH + "\\s+" + DAY + TO + DAY + OF_YEAR);
  private static final Pattern MONTH_DAY_TO_MONTH_DAY =
      Pattern.compile(
          MONTH + "\\s+" + DAY + "(?:,?\\s*" + YEAR + ")?" + TO + MONTH + "\\s+" + DAY + OF_YEAR);
  private static final Pattern DAY_RANGE_MONTH =
      Pattern.compile(DAY + TO + DAY + "\\s+(?:of\\s+)?" + MONTH + OF_YEAR);
  private static final Pattern DAY_MONTH_TO_DAY_MONTH =
      Pattern.compile(DAY + "\\s+" + MONTH + TO + DAY + "\\s+" + MONTH + OF_YEAR);
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + OF_YEAR + PART_OF_DAY);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + OF_YEAR);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("(?:(?:early|mid|late)[- ]?\\s*)?" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
  private static final Pattern MONTH_RANGE = Pattern.compile(MONTH + TO + MONTH + OF_YEAR);
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ]?\\s*)?"
              + "(?:(this|last|next|past|coming)\\s+)?"
              + MONTH);
  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?:the\\s+)?(?:years?\\s+)?" + YEAR + TO + "(\\d{4}|\\d{2})");
  private static final Pattern YEAR_ALONE =
      Pattern.compile(
          "(?:(?:the\\s+)?(?:early|mid|late|end of|beginning of|start of|middle of|year|calendar"
              + "|fiscal|fiscal year)[- ]?\\s*)*"
              + YEAR);
  private static final Pattern DECADE =
      Pattern.compile("(?:the\\s+)?(?:(?:early|mid|late)[- ]?\\s*)?(\\d{3}0)'?s");
  private static final Pattern SHORT_DECADE =
      Pattern.compile("(?:the\\s+)?(?:(?:early|mid|late)[- ]?\\s*)?'(\\d)0s");
  private static final Pattern DAY_WORD =
      Pattern.compile(
          "(yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night"
              + "|this week-?end)"
              + PART_OF_DAY);
  private static final Pattern WEEKDAY_ALONE =
      Pattern.compile(
          "(?:(?:early|late)\\s+)?(?:(last|next|this|coming|past|this past|this coming)\\s+)?"
              + WEEKDAY
              + PART_OF_DAY);
  private static final Pattern RELATIVE_UNIT =
      Pattern.compile(
          "(?:(?:earlier|later|early|late|the end of|the beginning of|the start of|the middle of"
              + "|the rest of|the remainder of)[- ]?\\s*)?"
              + "(this|last|next|the coming|coming|the current|current|this past|this coming)"
              + "\\s+(week|month|year|weekend)");
  private static final Pattern THE_UNIT =
      Pattern.compile(
          "(?:earlier|later|the end of|the beginning of|the start of|the middle of)\\s+"
              + "(?:the|this)\\s+(week|month|year)");
  private static final Pattern AGO =
      Pattern.compile(
          "(?:about|nearly|almost|some|more than|less than)?\\s*"
              + NUMBER_WORD
              + "\\s+(day|week|month|year|decade)s?\\s+(?:ago|earlier|before)");

  /** A stretch back of no stated length ("a few years ago"): no calendar value to give. */
  private static final Pattern VAGUE_AGO =
      Pattern.compile(
          "(?:a few|few|several|many|some|a couple of|a number of|dozens of|hundreds of)\\s+"
              + "(?:days|weeks|months|years|decades|centuries)\\s+(?:ago|earlier|before)");

  private static final Pattern QUARTER =
      Pattern.compile(
          "(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|q1|q2|q3|q4)"
              + "(?:[- ](?:fiscal[- ])?quarter)?"
              + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:"
              + YEAR
              + "|(this|last|next) year))?");
  private static final Pattern HALF =
      Pattern.compile(
          "(?:the\\s+)?(first|second|1st|2nd)\\s+half"
              + "(?:\\s+(?:of\\s+)?(?:"
              + YEAR
              + "|(this|last|next) year))?");
  private static final Pattern SEASON =
      Pattern.compile(
          "(?:the\\s+)?(?:(?:early|late|mid)[- ]?\\s*)?(?:(this|last|next|past|coming)\\s+)?"
              + "(spring|summer|fall|autumn|winter)"
              + "(?:\\s+(?:of\\s+)?(?:"
              + YEAR
              + "|(this|last|next) year))?");

  /**
   * Holidays whose day follows from the year alone. Thanksgiving is read as the United States' (the
   * fourth Thursday of November); Canada's, in October, is a known miss.
   */
  private static final Pattern HOLIDAY =
      Pattern.compile(
          "(?:(last|next|this|past|coming|this past|this coming)\\s+)?"
              + "(christmas(?: day| eve)?|new year's (?:day|eve)|thanksgiving(?: day)?"
              + "|valentine's day|halloween)"
              + "(?:,?\\s+(?:of\\s+)?"
              + YEAR
              + ")?");

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12));

  /** The earliest and latest years read as years: "Views: 5508" is not one. */
  static final int MIN_YEAR = 1000;

  static final int MAX_YEAR = 2199;

  /**
   * How near the anchor a bare month and day ("April 28") may be to take the nearest year whatever
   * the tense; farther ones follow the tense.
   */
  static final int NEAR_DAYS = 62;

  /**
   * Resolves one expression.
   *
   * @param expression the expression as written, e.g. "from July 30 to August 10"
   * @param anchor the day relative expressions count from; empty when the article gives none
   * @param tense the tense of the clause around the expression
   * @param order how the article writes numeric dates
   */
  Resolution resolve(String expression, Optional<LocalDate> anchor, Tense tense, DateOrder order) {
    String s = normalize(expression);
    if (s.isEmpty()) {
      return Resolution.NOT_CALENDAR;
    }
    try {
      return new Rules(anchor, tense, order).apply(s);
    } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
      return Resolution.NOT_CALENDAR;
    }
  }

  /** Lower case, one kind of dash and space, no leading preposition, no trailing clock time. */
  static String normalize(String expression) {
    String s =
        expression
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\u2010-\\u2015\\u2212]", "-")
            .replace('\u2019', '\'')
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\s\"'(,.;:]+|[\\s\"'),;:]+$", "")
            .replaceAll("\\s*-\\s*", "-");
    s = spelledYears(s);
    s = LEAD.matcher(s).replaceFirst("");
    s = CLOCK.matcher(s).replaceFirst("");
    return s.strip();
  }

  private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String TENS =
      "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
          + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

  /** Years written in words: "nineteen ninety-six", "two thousand and one". */
  static final Pattern SPELLED_YEAR =
      Pattern.compile(
          "\\b(?:(nineteen|twenty)[- ]("
              + TENS
              + ")(?:[- ]("
              + UNITS
              + "))?"
              + "|two thousand(?: and)?(?:[- ]("
              + UNITS
              + "|"
              + TENS
              + "))?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final java.util.List<String> WORDS =
      java.util.List.of(
          "",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final java.util.List<String> TENS_WORDS =
      java.util.List.of(
          "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static String spelledYears(String s) {
    Matcher m = SPELLED_YEAR.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int year;
      if (m.group(1) != null) {
        int century = m.group(1).equals("nineteen") ? 1900 : 2000;
        year = century + wordValue(m.group(2)) + (m.group(3) != null ? wordValue(m.group(3)) : 0);
      } else {
        year = 2000 + (m.group(4) != null ? wordValue(m.group(4)) : 0);
      }
      m.appendReplacement(out, Integer.toString(year));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int wordValue(String word) {
    int small = WORDS.indexOf(word);
    return small >= 0 ? small : TENS_WORDS.indexOf(word) * 10;
  }

  /** The rules for one anchor, tense and order. */
  private record Rules(Optional<LocalDate> anchor, Tense tense, DateOrder order) {

    Resolution apply(String s) {
      Matcher m;
      if ((m = ISO.matcher(s)).matches()) {
        return day(LocalDate.of(year(m.group(1)), num(m.group(2)), num(m.group(3))));
      }
      if ((m = NUMERIC.matcher(s)).matches()) {
        return numeric(m);
      }
      if ((m = MONTH_DAY_RANGE.matcher(s)).matches()) {
        int month = month(m.group(1));
        return dayRange(month, num(m.group(2)), month, num(m.group(3)), m.group(4));
      }
      if ((m = MONTH_DAY_TO_MONTH_DAY.matcher(s)).matches()) {
        String year = m.group(6) != null ? m.group(6) : m.group(3);
        return dayRange(
            month(m.group(1)), num(m.group(2)), month(m.group(4)), num(m.group(5)), year);
      }
      if ((m = DAY_RANGE_MONTH.matcher(s)).matches()) {
        int month = month(m.group(3));
        return dayRange(month, num(m.group(1)), month, num(m.group(2)), m.group(4));
      }
      if ((m = DAY_MONTH_TO_DAY_MONTH.matcher(s)).matches()) {
        return dayRange(
            month(m.group(2)), num(m.group(1)), month(m.group(4)), num(m.group(3)), m.group(5));
      }
      if ((m = MONTH_DAY.matcher(s)).matches()) {
        return monthDay(month(m.group(2)), num(m.group(3)), m.group(4));
      }
      if ((m = DAY_MONTH.matcher(s)).matches()) {
        return monthDay(month(m.group(3)), num(m.group(2)), m.group(4));
      }
      if ((m = MONTH_YEAR.matcher(s)).matches()) {
        return resolved(new TimeValue.Month(YearMonth.of(year(m.group(2)), month(m.group(1)))));
      }
      if ((m = MONTH_RANGE.matcher(s)).matches()) {
        return monthRange(month(m.group(1)), month(m.group(2)), m.group(3));
      }
      if ((m = MONTH_ALONE.matcher(s)).matches()) {
        return monthAlone(m.group(1), month(m.group(2)));
      }
      if ((m = YEAR_RANGE.matcher(s)).matches()) {
        return yearRange(m.group(1), m.group(2));
      }
      if ((m = YEAR_ALONE.matcher(s)).matches()) {
        return resolved(yearValue(year(m.group(1))));
      }
      if ((m = DECADE.matcher(s)).matches()) {
        int start = year(m.group(1));
        return resolved(years(start, start + 9));
      }
      if ((m = SHORT_DECADE.matcher(s)).matches()) {
        return shortDecade(num(m.group(1)));
      }
      if ((m = DAY_WORD.matcher(s)).matches()) {
        return dayWord(m.group(1));
      }
      if ((m = WEEKDAY_ALONE.matcher(s)).matches()) {
        return weekday(m.group(1), dayOfWeek(m.group(2)));
      }
      if ((m = RELATIVE_UNIT.matcher(s)).matches()) {
        return relativeUnit(m.group(1), m.group(2));
      }
      if ((m = THE_UNIT.matcher(s)).matches()) {
        return relativeUnit("this", m.group(1));
      }
      if (s.matches("(?:the\\s+)?year-(?:ago|earlier)")) {
        return anchor.isEmpty()
            ? Resolution.UNRESOLVED
            : resolved(yearValue(anchor.orElseThrow().getYear() - 1));
      }
      if (VAGUE_AGO.matcher(s).matches()) {
        return Resolution.UNRESOLVED;
      }
      if ((m = AGO.matcher(s)).matches()) {
        return ago(NUMBERS.getOrDefault(m.group(1), -1), m.group(1), m.group(2));
      }
      if ((m = QUARTER.matcher(s)).matches() && (s.contains("quarter") || s.matches(".*q\\d.*"))) {
        return part(3, ordinal(m.group(1)), m.group(2), m.group(3));
      }
      if ((m = HALF.matcher(s)).matches()) {
        return part(6, ordinal(m.group(1)), m.group(2), m.group(3));
      }
      if ((m = HOLIDAY.matcher(s)).matches()) {
        return holiday(m.group(1), m.group(2), m.group(3));
      }
      if ((m = SEASON.matcher(s)).matches()) {
        return season(m.group(1), m.group(2), m.group(3), m.group(4));
      }
      return Resolution.NOT_CALENDAR;
    }

    private Resolution numeric(Matcher m) {
      int first = num(m.group(1));
      int second = num(m.group(3));
      String yearText = m.group(4);
      int year =
          yearText.length() == 4
              ? year(yearText)
              : num(yearText) + (num(yearText) < 50 ? 2000 : 1900);
      boolean dayFirst;
      if (m.group(2).equals(".") || first > 12) {
        dayFirst = true;
      } else if (second > 12) {
        dayFirst = false;
      } else {
        dayFirst = order == DateOrder.DAY_FIRST;
      }
      return dayFirst
          ? day(LocalDate.of(year, second, first))
          : day(LocalDate.of(year, first, second));
    }

    private Resolution dayRange(
        int fromMonth, int fromDay, int toMonth, int toDay, String yearText) {
      LocalDate from;
      LocalDate to;
      if (yearText != null) {
        int year = year(yearText);
        from = LocalDate.of(toMonth < fromMonth ? year - 1 : year, fromMonth, fromDay);
        to = LocalDate.of(year, toMonth, toDay);
      } else {
        if (anchor.isEmpty()) {
          return Resolution.UNRESOLVED;
        }
        from = nearest(fromMonth, fromDay);
        to = LocalDate.of(from.getYear(), toMonth, toDay);
        if (to.isBefore(from)) {
          to = to.plusYears(1);
        }
      }
      if (!from.isBefore(to)) {
        return Resolution.NOT_CALENDAR;
      }
      return resolved(new TimeValue.Interval(new TimeValue.Day(from), new TimeValue.Day(to)));
    }

    private Resolution monthDay(int month, int dayOfMonth, String yearText) {
      if (yearText != null) {
        return day(LocalDate.of(year(yearText), month, dayOfMonth));
      }
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      return day(nearest(month, dayOfMonth));
    }

    /**
     * The day of that month and day for the anchor: the nearest one when it lies within {@link
     * #NEAR_DAYS} of the anchor; farther off, the latest one on or before the anchor in the past
     * tense and the first one on or after it in the future tense.
     */
    private LocalDate nearest(int month, int dayOfMonth) {
      return nearest(
          year ->
              dayOfMonth == 29 && month == 2 && !Year.isLeap(year)
                  ? null
                  : LocalDate.of(year, month, dayOfMonth));
    }

    /**
     * The day {@code inYear} gives for the anchor's year or a neighbour, chosen as {@link
     * #nearest(int, int)} chooses; {@code inYear} returns null for a year without that day.
     */
    private LocalDate nearest(IntFunction<LocalDate> inYear) {
      LocalDate a = anchor.orElseThrow();
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      LocalDate before = null;
      LocalDate after = null;
      for (int year = a.getYear() - 1; year <= a.getYear() + 1; year++) {
        LocalDate candidate = inYear.apply(year);
        if (candidate == null) {
          continue;
        }
        long distance = Math.abs(ChronoUnit.DAYS.between(a, candidate));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
        if (!candidate.isAfter(a)) {
          before = candidate;
        }
        if (after == null && !candidate.isBefore(a)) {
          after = candidate;
        }
      }
      if (best == null) {
        throw new DateTimeException("no such day near " + a);
      }
      if (bestDistance <= NEAR_DAYS) {
        return best;
      }
      LocalDate directed = tense == Tense.FUTURE ? after : tense == Tense.NEAREST ? best : before;
      return directed != null ? directed : best;
    }

    /**
     * A holiday of fixed rule: in the year given, else the one before the anchor ("last
     * Christmas"), after it ("next Thanksgiving"), in its year ("this Christmas"), or as a bare
     * month and day is chosen.
     */
    private Resolution holiday(String modifier, String name, String yearText) {
      IntFunction<LocalDate> inYear = year -> holidayIn(name, year);
      if (yearText != null) {
        return day(inYear.apply(year(yearText)));
      }
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      LocalDate a = anchor.orElseThrow();
      if (modifier == null) {
        return day(nearest(inYear));
      }
      LocalDate thisYear = inYear.apply(a.getYear());
      return switch (modifier) {
        case "last", "past", "this past" ->
            day(thisYear.isBefore(a) ? thisYear : inYear.apply(a.getYear() - 1));
        case "next", "coming", "this coming" ->
            day(thisYear.isAfter(a) ? thisYear : inYear.apply(a.getYear() + 1));
        default -> day(thisYear);
      };
    }

    private Resolution monthRange(int fromMonth, int toMonth, String yearText) {
      YearMonth from;
      if (yearText != null) {
        int year = year(yearText);
        from = YearMonth.of(toMonth < fromMonth ? year - 1 : year, fromMonth);
      } else if (anchor.isPresent()) {
        from = nearestMonth(fromMonth, null);
      } else {
        return Resolution.UNRESOLVED;
      }
      YearMonth to = YearMonth.of(from.getYear(), toMonth);
      if (to.isBefore(from)) {
        to = to.plusYears(1);
      }
      if (!from.isBefore(to)) {
        return Resolution.NOT_CALENDAR;
      }
      return resolved(new TimeValue.Interval(new TimeValue.Month(from), new TimeValue.Month(to)));
    }

    private Resolution monthAlone(String modifier, int month) {
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      return resolved(new TimeValue.Month(nearestMonth(month, modifier)));
    }

    /**
     * The month nearest the anchor ("last April": the latest April before the anchor's month, "next
     * April": the first after it, "this April": the anchor's year).
     */
    private YearMonth nearestMonth(int month, String modifier) {
      YearMonth a = YearMonth.from(anchor.orElseThrow());
      YearMonth sameYear = YearMonth.of(a.getYear(), month);
      if (modifier != null) {
        switch (modifier) {
          case "this" -> {
            return sameYear;
          }
          case "last", "past" -> {
            return sameYear.isBefore(a) ? sameYear : sameYear.minusYears(1);
          }
          case "next", "coming" -> {
            return sameYear.isAfter(a) ? sameYear : sameYear.plusYears(1);
          }
          default -> {}
        }
      }
      YearMonth best = sameYear;
      long bestDistance = Long.MAX_VALUE;
      for (int offset = -1; offset <= 1; offset++) {
        YearMonth candidate = sameYear.plusYears(offset);
        long distance = Math.abs(ChronoUnit.MONTHS.between(a, candidate));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      if (bestDistance <= NEAR_DAYS / 31 || tense == Tense.NEAREST) {
        return best;
      }
      if (tense == Tense.FUTURE) {
        return sameYear.isBefore(a) ? sameYear.plusYears(1) : sameYear;
      }
      return sameYear.isAfter(a) ? sameYear.minusYears(1) : sameYear;
    }

    private Resolution yearRange(String fromText, String toText) {
      int from = year(fromText);
      int to;
      if (toText.length() == 2) {
        int century = from / 100 * 100;
        to = century + num(toText);
        if (to < from) {
          to += 100;
        }
      } else {
        to = year(toText);
      }
      if (to <= from || to - from > 100) {
        return Resolution.NOT_CALENDAR;
      }
      return resolved(years(from, to));
    }

    private Resolution shortDecade(int digit) {
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      int anchorYear = anchor.orElseThrow().getYear();
      int start = anchorYear / 100 * 100 + digit * 10;
      if (start > anchorYear) {
        start -= 100;
      }
      return resolved(years(start, start + 9));
    }

    private Resolution dayWord(String word) {
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      LocalDate a = anchor.orElseThrow();
      return switch (word) {
        case "yesterday", "last night" -> day(a.minusDays(1));
        case "tomorrow" -> day(a.plusDays(1));
        case "this weekend", "this week-end" -> weekend(a);
        default -> day(a);
      };
    }

    /**
     * A weekday: "last Monday" is the latest Monday before the anchor, "next Monday" the first one
     * after it, "this Monday" the Monday of the anchor's week, and a bare "Monday" the nearest one
     * on or before the anchor in the past tense, on or after it in the future tense, and the
     * nearest either way when it names a thing ("Wednesday's ruling").
     */
    private Resolution weekday(String modifier, DayOfWeek dayOfWeek) {
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      LocalDate a = anchor.orElseThrow();
      if (modifier == null) {
        LocalDate before = a.with(TemporalAdjusters.previousOrSame(dayOfWeek));
        LocalDate after = a.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        if (tense == Tense.NEAREST) {
          return day(
              ChronoUnit.DAYS.between(before, a) <= ChronoUnit.DAYS.between(a, after)
                  ? before
                  : after);
        }
        return day(tense == Tense.FUTURE ? after : before);
      }
      return switch (modifier) {
        case "last", "past", "this past" -> day(a.with(TemporalAdjusters.previous(dayOfWeek)));
        case "next", "coming", "this coming" -> day(a.with(TemporalAdjusters.next(dayOfWeek)));
        default -> day(a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(dayOfWeek));
      };
    }

    /** "last week" as the days of the week before the anchor's, "next month" as a month. */
    private Resolution relativeUnit(String modifier, String unit) {
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      LocalDate a = anchor.orElseThrow();
      int step =
          switch (modifier) {
            case "last", "this past" -> -1;
            case "next", "coming", "the coming", "this coming" -> 1;
            default -> 0;
          };
      return switch (unit) {
        case "week" -> {
          LocalDate monday =
              a.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
          yield resolved(
              new TimeValue.Interval(
                  new TimeValue.Day(monday), new TimeValue.Day(monday.plusDays(6))));
        }
        case "weekend" -> weekend(a.plusWeeks(step));
        case "month" -> resolved(new TimeValue.Month(YearMonth.from(a).plusMonths(step)));
        default -> resolved(yearValue(a.getYear() + step));
      };
    }

    /**
     * "two days ago" is a day, "a week ago" the anchor's day a week back, "a year ago" and "a
     * decade ago" a year.
     */
    private Resolution ago(int count, String countText, String unit) {
      int n = count > 0 ? count : num(countText);
      if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      }
      LocalDate a = anchor.orElseThrow();
      return switch (unit) {
        case "day" -> day(a.minusDays(n));
        case "week" -> day(a.minusWeeks(n));
        case "month" -> resolved(new TimeValue.Month(YearMonth.from(a).minusMonths(n)));
        case "decade" -> resolved(yearValue(a.getYear() - 10 * n));
        default -> resolved(yearValue(a.getYear() - n));
      };
    }

    /**
     * A quarter or a half of a year as an interval of months. Without a year it is the latest such
     * part that has begun by the anchor (the future tense takes the next one to begin).
     */
    private Resolution part(int months, int index, String yearText, String relativeYear) {
      if (index < 1 || index * months > 12) {
        return Resolution.NOT_CALENDAR;
      }
      int firstMonth = (index - 1) * months + 1;
      int year;
      if (yearText != null) {
        year = year(yearText);
      } else if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      } else if (relativeYear != null) {
        year = anchor.orElseThrow().getYear() + relativeStep(relativeYear);
      } else {
        YearMonth a = YearMonth.from(anchor.orElseThrow());
        YearMonth start = YearMonth.of(a.getYear(), firstMonth);
        if (tense == Tense.FUTURE) {
          year =
              start.isBefore(a) && start.plusMonths(months - 1).isBefore(a)
                  ? a.getYear() + 1
                  : a.getYear();
        } else {
          year = start.isAfter(a) ? a.getYear() - 1 : a.getYear();
        }
      }
      YearMonth from = YearMonth.of(year, firstMonth);
      return resolved(
          new TimeValue.Interval(
              new TimeValue.Month(from), new TimeValue.Month(from.plusMonths(months - 1))));
    }

    /**
     * A season as an interval of months, by the meteorological seasons of the northern hemisphere:
     * spring March to May, summer June to August, autumn September to November, winter December to
     * February (the winter of 2021 begins in December 2021).
     */
    private Resolution season(String modifier, String name, String yearText, String relativeYear) {
      int firstMonth =
          switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
          };
      int year;
      if (yearText != null) {
        year = year(yearText);
      } else if (anchor.isEmpty()) {
        return Resolution.UNRESOLVED;
      } else {
        YearMonth a = YearMonth.from(anchor.orElseThrow());
        year = a.getYear() + (relativeYear != null ? relativeStep(relativeYear) : 0);
        if (relativeYear == null && modifier != null) {
          YearMonth start = YearMonth.of(a.getYear(), firstMonth);
          YearMonth end = start.plusMonths(2);
          switch (modifier) {
            case "last", "past" -> year = end.isBefore(a) ? a.getYear() : a.getYear() - 1;
            case "next", "coming" -> year = start.isAfter(a) ? a.getYear() : a.getYear() + 1;
            default -> {}
          }
        } else if (relativeYear == null && firstMonth == 12 && a.getMonthValue() <= 2) {
          year = a.getYear() - 1;
        }
      }
      YearMonth from = YearMonth.of(year, firstMonth);
      return resolved(
          new TimeValue.Interval(
              new TimeValue.Month(from), new TimeValue.Month(from.plusMonths(2))));
    }

    private static int relativeStep(String relative) {
      return switch (relative) {
        case "last" -> -1;
        case "next" -> 1;
        default -> 0;
      };
    }

    private static Resolution weekend(LocalDate day) {
      LocalDate saturday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
      return resolved(
          new TimeValue.Interval(
              new TimeValue.Day(saturday), new TimeValue.Day(saturday.plusDays(1))));
    }
  }

  private static LocalDate holidayIn(String name, int year) {
    return switch (name) {
      case "christmas", "christmas day" -> LocalDate.of(year, 12, 25);
      case "christmas eve" -> LocalDate.of(year, 12, 24);
      case "new year's day" -> LocalDate.of(year, 1, 1);
      case "new year's eve" -> LocalDate.of(year, 12, 31);
      case "valentine's day" -> LocalDate.of(year, 2, 14);
      case "halloween" -> LocalDate.of(year, 10, 31);
      default ->
          LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    };
  }

  private static Resolution day(LocalDate day) {
    return resolved(new TimeValue.Day(day));
  }

  private static Resolution resolved(TimeValue value) {
    return new Resolution.Resolved(value);
  }

  private static TimeValue yearValue(int year) {
    return new TimeValue.YearValue(Year.of(year));
  }

  private static TimeValue years(int from, int to) {
    return new TimeValue.Interval(yearValue(from), yearValue(to));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  /** A four-digit year in the range Pamir reads as a year. */
  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException("not a plausible year: " + digits);
    }
    return year;
  }

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static int month(String name) {
    return prefixed(MONTHS, name, n -> n.substring(0, 3));
  }

  private static DayOfWeek dayOfWeek(String name) {
    return DayOfWeek.of(
        prefixed(
            Map.of("mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5, "sat", 6, "sun", 7),
            name,
            n -> n.substring(0, 3)));
  }

  private static int prefixed(
      Map<String, Integer> table, String name, Function<String, String> key) {
    Integer value = table.get(key.apply(name.replace(".", "")));
    if (value == null) {
      throw new DateTimeException("unknown name: " + name);
    }
    return value;
  }

  private static int ordinal(String word) {
    return switch (word) {
      case "first", "1st", "q1" -> 1;
      case "second", "2nd", "q2" -> 2;
      case "third", "3rd", "q3" -> 3;
      case "fourth", "4th", "q4" -> 4;
      default -> 0;
    };
  }
}
