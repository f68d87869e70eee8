package dev.pamir.geodata;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A Country: its ISO 3166-1 codes, names, the demonym, capitals and a representative point.
 *
 * @param aliases other names it goes by (official and alternative spellings)
 */
public record Country(
    String iso3,
    String iso2,
    String name,
    String officialName,
    List<String> aliases,
    String demonym,
    List<String> capitals,
    double latitude,
    double longitude,
    boolean independent) {
  public Country {
    requireNonNull(iso3, "iso3 is null");
    requireNonNull(iso2, "iso2 is null");
    requireNonNull(name, "name is null");
    requireNonNull(officialName, "officialName is null");
    requireNonNull(demonym, "demonym is null");
    aliases = List.copyOf(aliases);
    capitals = List.copyOf(capitals);
  }
}
