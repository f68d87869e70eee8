package dev.pamir.geodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CountryTable holds every country of the world-countries data set, looked up by ISO code or by
 * a name the way news writes it (case and punctuation folded).
 *
 * <p>Immutable and thread-safe; load it once and share it.
 */
public final class CountryTable {

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byIso2;
  private final Map<String, Country> byName;

  private CountryTable(List<Country> countries) {
    Map<String, Country> iso3 = new HashMap<>();
    Map<String, Country> iso2 = new HashMap<>();
    Map<String, Country> names = new HashMap<>();
    for (Country c : countries) {
      iso3.put(c.iso3(), c);
      iso2.put(c.iso2(), c);
    }
    // Common names first, so that no alias of another country can take a common name.
    for (Country c : countries) {
      names.putIfAbsent(fold(c.name()), c);
    }
    for (Country c : countries) {
      names.putIfAbsent(fold(c.officialName()), c);
      c.aliases().forEach(a -> names.putIfAbsent(fold(a), c));
    }
    this.byIso3 = Map.copyOf(iso3);
    this.byIso2 = Map.copyOf(iso2);
    this.byName = Map.copyOf(names);
  }

  /** Loads the table built into this module. */
  public static CountryTable load() {
    try (InputStream in = CountryTable.class.getResourceAsStream("countries.tsv")) {
      if (in == null) {
        throw new IllegalStateException("countries.tsv is missing: the geodata build did not run");
      }
      return new CountryTable(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read countries.tsv", e);
    }
  }

  private static List<Country> read(InputStream in) throws IOException {
    List<Country> countries = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      countries.add(
          new Country(
              f[0],
              f[1],
              f[2],
              f[3],
              split(f[4]),
              f[5],
              split(f[6]),
              f[7].isEmpty() ? 0 : Double.parseDouble(f[7]),
              f[8].isEmpty() ? 0 : Double.parseDouble(f[8]),
              Boolean.parseBoolean(f[9])));
    }
    return countries;
  }

  private static List<String> split(String field) {
    return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
  }

  /** Lower case, letters and digits only, single spaces: "the U.S.A." and "The USA" fold alike. */
  public static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace(".", "");
    return lower.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  public Optional<Country> byIso3(String code) {
    return Optional.ofNullable(byIso3.get(code.toUpperCase(Locale.ROOT)));
  }

  public Optional<Country> byIso2(String code) {
    return Optional.ofNullable(byIso2.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The country with this name, official name or alias, folded. */
  public Optional<Country> byName(String name) {
    return Optional.ofNullable(byName.get(fold(name)));
  }

  public Collection<Country> all() {
    return byIso3.values();
  }
}
