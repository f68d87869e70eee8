package dev.pamir.store;

import dev.pamir.model.PublicationDate;
import dev.pamir.model.TimeValue;

/**
 * IsoValues reads back the ISO 8601 forms the store keeps: {@link TimeValue#iso()} and {@link
 * PublicationDate#iso()}. A form the model cannot read means the database was written by something
 * else.
 */
final class IsoValues {

  private IsoValues() {}

  /** {@code 2021-05-17}, {@code 2021-04}, {@code 2022} or {@code from/to} of those. */
  static TimeValue timeValue(String iso) {
    try {
      return TimeValue.parse(iso);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the database holds a time that is not ISO 8601: " + iso, e);
    }
  }

  /** {@code 2021-05-19T09:26:00+03:00}, {@code 2021-05-19T09:26} or {@code 2021-05-19}. */
  static PublicationDate publicationDate(String iso) {
    try {
      return PublicationDate.parse(iso);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "the database holds a publication date that is not ISO 8601: " + iso, e);
    }
  }
}
