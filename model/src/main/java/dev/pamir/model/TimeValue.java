package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A TimeValue is a normalised calendar time: a day, a month, a year, or an interval between two of
 * them. Its ISO 8601 form is what the output carries.
 */
public sealed interface TimeValue {

  /** ISO 8601: {@code 2021-05-17}, {@code 2021-04}, {@code 2022}, {@code 2021-07-30/2021-08-10}. */
  String iso();

  /**
   * The value whose {@link #iso()} is {@code iso}: the exact inverse of {@code iso()}.
   *
   * @throws IllegalArgumentException when {@code iso} is not one of those forms
   */
  static TimeValue parse(String iso) {
    requireNonNull(iso, "iso is null");
    int slash = iso.indexOf('/');
    if (slash >= 0) {
      return new Interval(
          point(iso, iso.substring(0, slash)), point(iso, iso.substring(slash + 1)));
    }
    return point(iso, iso);
  }

  private static TimeValue point(String whole, String iso) {
    try {
      if (iso.matches("-?\\d{4,}")) {
        return new YearValue(Year.of(Integer.parseInt(iso)));
      }
      if (iso.matches("-?\\d{4,}-\\d{2}")) {
        return new Month(YearMonth.parse(iso));
      }
      return new Day(LocalDate.parse(iso));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not an ISO 8601 time value: " + whole, e);
    }
  }

  /** The first day it covers. */
  LocalDate first();

  /** The last day it covers. */
  LocalDate last();

  record Day(LocalDate value) implements TimeValue {
    public Day {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return value.toString();
    }

    @Override
    public LocalDate first() {
      return value;
    }

    @Override
    public LocalDate last() {
      return value;
    }
  }

  record Month(YearMonth value) implements TimeValue {
    public Month {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return value.toString();
    }

    @Override
    public LocalDate first() {
      return value.atDay(1);
    }

    @Override
    public LocalDate last() {
      return value.atEndOfMonth();
    }
  }

  record YearValue(Year value) implements TimeValue {
    public YearValue {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return String.format(java.util.Locale.ROOT, "%04d", value.getValue());
    }

    @Override
    public LocalDate first() {
      return value.atDay(1);
    }

    @Override
    public LocalDate last() {
      return value.atMonth(12).atEndOfMonth();
    }
  }

  /**
   * From the start of {@code from} to the end of {@code to}; {@code from} is not after {@code to}.
   */
  record Interval(TimeValue from, TimeValue to) implements TimeValue {
    public Interval {
      requireNonNull(from, "from is null");
      requireNonNull(to, "to is null");
      if (from instanceof Interval || to instanceof Interval) {
        throw new IllegalArgumentException("an interval's ends are days, months or years");
      }
      if (from.first().isAfter(to.last())) {
        throw new IllegalArgumentException(
            "interval " + from.iso() + "/" + to.iso() + " ends before it starts");
      }
    }

    @Override
    public String iso() {
      return from.iso() + "/" + to.iso();
    }

    @Override
    public LocalDate first() {
      return from.first();
    }

    @Override
    public LocalDate last() {
      return to.last();
    }
  }
}
