package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When an article was published, as precisely as the article says: an instant with its zone offset,
 * a local date and time whose zone the article does not give, or a day.
 *
 * <p>An article that does not say when it was published has no PublicationDate at all; the analysis
 * never substitutes a file time or today.
 */
public sealed interface PublicationDate {

  /**
   * ISO 8601 text: {@code 2021-05-19T09:26:00+03:00}, {@code 2021-05-19T09:26}, {@code 2021-05-19}.
   */
  String iso();

  /** The calendar day of publication, in the article's own zone. */
  LocalDate day();

  /**
   * The date whose {@link #iso()} is {@code iso}: the exact inverse of {@code iso()}.
   *
   * @throws IllegalArgumentException when {@code iso} is not one of those forms
   */
  static PublicationDate parse(String iso) {
    requireNonNull(iso, "iso is null");
    try {
      int t = iso.indexOf('T');
      if (t < 0) {
        return new Day(LocalDate.parse(iso));
      }
      String time = iso.substring(t);
      if (time.contains("+") || time.contains("-") || time.endsWith("Z")) {
        return new At(OffsetDateTime.parse(iso));
      }
      return new Local(LocalDateTime.parse(iso));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 publication date: " + iso, e);
    }
  }

  /** A date and time with the offset the article gives or implies. */
  record At(OffsetDateTime value) implements PublicationDate {
    public At {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return value.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public LocalDate day() {
      return value.toLocalDate();
    }
  }

  /** A date and time whose zone the article does not give. */
  record Local(LocalDateTime value) implements PublicationDate {
    public Local {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return value.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }

    @Override
    public LocalDate day() {
      return value.toLocalDate();
    }
  }

  /** A day without a time. */
  record Day(LocalDate value) implements PublicationDate {
    public Day {
      requireNonNull(value, "value is null");
    }

    @Override
    public String iso() {
      return value.toString();
    }

    @Override
    public LocalDate day() {
      return value;
    }
  }
}
