package dev.pamir.geodata;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A GazetteerEntry is one place the {@link Gazetteer} knows: a populated place, a first- or
 * second-level region, a country, a macro-region or a natural or historical feature, with the point
 * that stands for it.
 *
 * @param id the stable identifier, see {@link Gazetteer} for the scheme ({@code geonames:1221874},
 *     {@code iso3166:TJK}, {@code admin1:UZ.12}, {@code admin2:US.LA.079}, {@code
 *     region:central-asia}, {@code feature:fergana-valley})
 * @param country ISO 3166-1 alpha-3 code; empty for macro-regions, features shared by several
 *     countries and places of territories the country data does not list
 * @param featureCode the GeoNames feature code ({@code PPL}, {@code PPLA}, {@code PPLC}, {@code
 *     ADM1}, {@code ADM2}, {@code PCLI}, {@code RGN}, {@code CONT}, ...)
 * @param admin1 the GeoNames code of the first-level region it lies in, e.g. {@code US.LA}; empty
 *     for countries and macro-regions
 * @param admin2 the GeoNames code of the second-level division (county, district) it is or lies in,
 *     e.g. {@code US.TX.471}; empty where the data gives none
 * @param population people living there, 0 when unknown
 */
public record GazetteerEntry(
    String id,
    String name,
    Kind kind,
    double latitude,
    double longitude,
    Optional<String> country,
    String featureCode,
    Optional<String> admin1,
    Optional<String> admin2,
    long population) {

  /** What sort of place an entry is, from the smallest to the largest. */
  public enum Kind {
    /** A city, town or village (GeoNames feature class P). */
    PLACE,
    /** A second-level administrative division: a county, parish or district. */
    DISTRICT,
    /** A first-level administrative division: a state, province or oblast. */
    REGION,
    COUNTRY,
    /** A continent or a region made of several countries ("Central Asia"). */
    MACRO_REGION,
    /**
     * A named natural or historical region the administrative tables lack: a sea, a strait, an
     * island, a mountain range, a desert, a valley, a disputed region ("Darfur", "Fergana Valley").
     */
    FEATURE
  }

  public GazetteerEntry {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(country, "country is null");
    requireNonNull(featureCode, "featureCode is null");
    requireNonNull(admin1, "admin1 is null");
    requireNonNull(admin2, "admin2 is null");
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "not a point on Earth: " + latitude + ", " + longitude + " for " + name);
    }
  }

  /** The great-circle distance in kilometres between this entry's point and another's. */
  public double kilometresTo(GazetteerEntry other) {
    return Gazetteer.kilometres(latitude, longitude, other.latitude, other.longitude);
  }
}
