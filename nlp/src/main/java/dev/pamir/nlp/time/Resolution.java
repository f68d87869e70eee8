package dev.pamir.nlp.time;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.TimeValue;

/**
 * A Resolution is what the {@link TimeResolver} makes of an expression: a calendar value, a
 * calendar expression it cannot place without an anchor, or something that is not a calendar time
 * at all (a duration, a frequency, "now").
 */
sealed interface Resolution {

  /** A calendar time with its value. */
  record Resolved(TimeValue value) implements Resolution {
    public Resolved {
      requireNonNull(value, "value is null");
    }
  }

  /** A calendar time whose value would need an anchor that is missing. */
  record Unresolved() implements Resolution {}

  /** Not a point or stretch of the calendar: left out of the output. */
  record NotCalendar() implements Resolution {}

  Resolution UNRESOLVED = new Unresolved();
  Resolution NOT_CALENDAR = new NotCalendar();
}
