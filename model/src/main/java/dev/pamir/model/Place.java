package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A Place is a location an article mentions, resolved to a point in the gazetteer.
 *
 * @param country ISO 3166-1 alpha-3 code
 * @param gazetteerId e.g. {@code geonames:1221874}
 */
public record Place(
    String name,
    double latitude,
    double longitude,
    Optional<String> country,
    Optional<String> gazetteerId,
    List<Span> mentions) {
  public Place {
    requireNonNull(name, "name is null");
    requireNonNull(country, "country is null");
    requireNonNull(gazetteerId, "gazetteerId is null");
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "not a point on Earth: " + latitude + ", " + longitude + " for " + name);
    }
    mentions = List.copyOf(mentions);
  }
}
