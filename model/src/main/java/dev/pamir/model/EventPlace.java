package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An EventPlace is where an event happened: a point from the gazetteer.
 *
 * @param country ISO 3166-1 alpha-3 code
 */
public record EventPlace(String name, double latitude, double longitude, Optional<String> country) {
  public EventPlace {
    requireNonNull(name, "name is null");
    requireNonNull(country, "country is null");
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "not a point on Earth: " + latitude + ", " + longitude + " for " + name);
    }
  }

  public static EventPlace of(Place place) {
    return new EventPlace(place.name(), place.latitude(), place.longitude(), place.country());
  }
}
