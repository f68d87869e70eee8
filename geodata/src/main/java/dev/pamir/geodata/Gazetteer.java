package dev.pamir.geodata;

import dev.pamir.geodata.GazetteerEntry.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The Gazetteer is an in-memory index of every populated place of 500 people or more (GeoNames
 * cities500), every first- and second-level administrative region, every country, and short
 * hand-written lists of continents and macro-regions and of the seas, islands, mountain ranges,
 * deserts and historical or disputed regions news names ("Darfur", "Fergana Valley"), looked up by
 * name or alias. Countries also answer to a hand-written list of the English names news uses
 * ("Turkey", "UK", "America"), and a few regions to their short forms ("NSW").
 *
 * <p>Names are matched folded (see {@link #fold}): "St. Louis", "Saint-Louis" and "saint louis" are
 * one key. A lookup returns every entry with that name, largest population first; choosing among
 * them is the caller's job.
 *
 * <p>Identifiers: {@code geonames:ID} for GeoNames places; {@code iso3166:ISO3} for countries (the
 * world-countries data has no GeoNames id); {@code admin1:CC.CODE} and {@code admin2:CC.CODE.CODE}
 * for regions, in GeoNames' own admin code scheme; {@code region:KEY} for the macro-regions, {@code
 * feature:KEY} for the features. Points: places have their GeoNames point; countries the
 * world-countries point (the CIA World Factbook's, which GeoNames and Wikipedia mostly share) or,
 * where that lies far from the centre the national survey publishes, that centre (the contiguous
 * United States' in Kansas); regions the middle of their places' spread.
 *
 * <p>Loading takes about a second and some 120 MB of heap; load once and share. Immutable and
 * thread-safe.
 */
public final class Gazetteer {

  private static final int[] NONE = new int[0];

  private final CountryTable countries;
  private final List<GazetteerEntry> entries;

  /** Never modified after construction; safe to read from any thread once published. */
  private final Map<String, int[]> byName;

  private final Map<String, Integer> byId;

  private Gazetteer(
      CountryTable countries, List<GazetteerEntry> entries, Map<String, int[]> byName) {
    this.countries = countries;
    this.entries = List.copyOf(entries);
    Comparator<Integer> largestFirst =
        Comparator.<Integer>comparingLong(i -> -this.entries.get(i).population())
            .thenComparing(i -> this.entries.get(i).id());
    byName.replaceAll(
        (name, ids) ->
            ids.length < 2
                ? ids
                : Arrays.stream(ids)
                    .boxed()
                    .sorted(largestFirst)
                    .mapToInt(Integer::intValue)
                    .toArray());
    this.byName = byName;
    Map<String, Integer> ids = new HashMap<>(this.entries.size() * 4 / 3 + 1);
    for (int i = 0; i < this.entries.size(); i++) {
      ids.put(this.entries.get(i).id(), i);
    }
    this.byId = ids;
  }

  /** Loads the tables built into this module, with {@code countries} for the countries. */
  public static Gazetteer load(CountryTable countries) {
    Loader loader = new Loader(countries);
    try {
      loader.readCountries();
      loader.readRegions("admin1.tsv", Kind.REGION);
      loader.readRegions("admin2.tsv", Kind.DISTRICT);
      loader.readPlaces();
      loader.readMacroRegions();
      loader.readFeatures();
      loader.readCountryAliases();
      loader.readRegionAliases();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer tables", e);
    }
    return new Gazetteer(countries, loader.entries, loader.index);
  }

  /** Every entry called {@code name} (folded), largest population first; empty when none. */
  public List<GazetteerEntry> lookup(String name) {
    int[] ids = byName.getOrDefault(fold(name), NONE);
    List<GazetteerEntry> found = new ArrayList<>(ids.length);
    for (int id : ids) {
      found.add(entries.get(id));
    }
    return found;
  }

  /** Whether some entry is called {@code name}. Cheaper than {@link #lookup}. */
  public boolean contains(String name) {
    return byName.containsKey(fold(name));
  }

  /** The entry with this identifier, e.g. {@code geonames:1221874} or {@code iso3166:TJK}. */
  public Optional<GazetteerEntry> byId(String id) {
    Integer index = byId.get(id);
    return index == null ? Optional.empty() : Optional.of(entries.get(index));
  }

  /** The country entry for an ISO 3166-1 alpha-3 code. */
  public Optional<GazetteerEntry> country(String iso3) {
    return byId("iso3166:" + iso3);
  }

  /** The first-level region with this GeoNames code, e.g. {@code US.TX}. */
  public Optional<GazetteerEntry> region(String admin1Code) {
    return byId("admin1:" + admin1Code);
  }

  public CountryTable countries() {
    return countries;
  }

  /** How many entries the gazetteer holds. */
  public int size() {
    return entries.size();
  }

  /**
   * The key names are matched by: lower case, accents and punctuation dropped, words separated by
   * single spaces, and "st", "mt", "ft" spelled out ("St. Louis" is "saint louis").
   */
  public static String fold(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder out = new StringBuilder(s.length());
    int wordStart = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          expand(out, wordStart);
          out.append(' ');
          wordStart = out.length();
        }
        space = false;
        out.append(Character.toLowerCase(c));
      } else if (c == '.'
          || c == '\''
          || c == '\u2019'
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        // dropped inside a word: "U.S." is "us", "O'Fallon" is "ofallon"
      } else {
        space = true;
      }
    }
    if (out.length() > 0) {
      expand(out, wordStart);
    }
    return out.toString();
  }

  private static void expand(StringBuilder out, int wordStart) {
    int length = out.length() - wordStart;
    if (length != 2) {
      return;
    }
    String word = out.substring(wordStart);
    String full =
        switch (word) {
          case "st" -> "saint";
          case "mt" -> "mount";
          case "ft" -> "fort";
          default -> null;
        };
    if (full != null) {
      out.setLength(wordStart);
      out.append(full);
    }
  }

  /** The great-circle distance in kilometres between two points. */
  public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0 * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }

  /** Reads the tables into entries and the name index; used once, by {@link #load}. */
  private static final class Loader {
    final CountryTable countries;
    final List<GazetteerEntry> entries = new ArrayList<>(260_000);
    final Map<String, int[]> index = new HashMap<>(1 << 20);
    final Map<String, long[]> countryPopulation = new HashMap<>();

    Loader(CountryTable countries) {
      this.countries = countries;
    }

    void readCountries() throws IOException {
      Map<String, double[]> centres = new HashMap<>();
      try (BufferedReader reader = open("countries.tsv", false)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String[] f = line.split("\t", -1);
          if (!line.startsWith("#") && f.length > 11 && !f[10].isEmpty()) {
            centres.put(f[0], new double[] {Double.parseDouble(f[10]), Double.parseDouble(f[11])});
          }
        }
      }
      // Countries first: their population is filled in from the regions below.
      for (Country c :
          countries.all().stream().sorted(Comparator.comparing(Country::iso3)).toList()) {
        double[] centre =
            centres.getOrDefault(c.iso3(), new double[] {c.latitude(), c.longitude()});
        if (centre[0] == 0 && centre[1] == 0) {
          continue;
        }
        countryPopulation.put(c.iso2(), new long[] {entries.size(), 0});
        entries.add(
            new GazetteerEntry(
                "iso3166:" + c.iso3(),
                c.name(),
                Kind.COUNTRY,
                centre[0],
                centre[1],
                Optional.of(c.iso3()),
                c.independent() ? "PCLI" : "PCLD",
                Optional.empty(),
                Optional.empty(),
                0));
      }
    }

    void readRegions(String resource, Kind kind) throws IOException {
      try (BufferedReader reader = open(resource, false)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          String code = f[0];
          String iso2 = code.substring(0, code.indexOf('.'));
          int second = code.indexOf('.', iso2.length() + 1);
          String admin1 = second < 0 ? code : code.substring(0, second);
          long population = Long.parseLong(f[4]);
          if (kind == Kind.REGION && countryPopulation.containsKey(iso2)) {
            countryPopulation.get(iso2)[1] += population;
          }
          int id =
              add(
                  new GazetteerEntry(
                      (kind == Kind.REGION ? "admin1:" : "admin2:") + code,
                      f[1],
                      kind,
                      Double.parseDouble(f[5]),
                      Double.parseDouble(f[6]),
                      countries.byIso2(iso2).map(Country::iso3),
                      kind == Kind.REGION ? "ADM1" : "ADM2",
                      Optional.of(admin1),
                      kind == Kind.REGION ? Optional.empty() : Optional.of(code),
                      population));
          index(f[1], id);
          String bare = withoutDivisionWord(f[1]);
          if (kind == Kind.REGION && !bare.equals(f[1])) {
            index(bare, id);
          }
        }
      }
      if (kind == Kind.REGION) {
        for (long[] country : countryPopulation.values()) {
          GazetteerEntry c = entries.get((int) country[0]);
          entries.set(
              (int) country[0],
              new GazetteerEntry(
                  c.id(),
                  c.name(),
                  c.kind(),
                  c.latitude(),
                  c.longitude(),
                  c.country(),
                  c.featureCode(),
                  c.admin1(),
                  c.admin2(),
                  country[1]));
        }
        // Index countries now that their order is fixed: names, official names and aliases.
        for (long[] country : countryPopulation.values()) {
          GazetteerEntry c = entries.get((int) country[0]);
          Country data = countries.byIso3(c.country().orElseThrow()).orElseThrow();
          index(data.name(), (int) country[0]);
          index(data.officialName(), (int) country[0]);
          data.aliases().forEach(a -> index(a, (int) country[0]));
        }
      }
    }

    void readPlaces() throws IOException {
      try (BufferedReader reader = open("cities.tsv.gz", true)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          Optional<String> iso3 = countries.byIso2(f[7]).map(Country::iso3);
          int id =
              add(
                  new GazetteerEntry(
                      "geonames:" + f[0],
                      f[1],
                      Kind.PLACE,
                      Double.parseDouble(f[4]),
                      Double.parseDouble(f[5]),
                      iso3,
                      f[6].intern(),
                      Optional.of((f[7] + "." + f[8]).intern()),
                      f.length > 10 && !f[10].isEmpty()
                          ? Optional.of((f[7] + "." + f[8] + "." + f[10]).intern())
                          : Optional.empty(),
                      Long.parseLong(f[9])));
          index(f[1], id);
          index(f[2], id);
          if (!f[3].isEmpty()) {
            for (String alias : f[3].split("\\|")) {
              index(alias, id);
            }
          }
        }
      }
    }

    void readMacroRegions() throws IOException {
      readPoints("macro-regions.tsv", "region:", Kind.MACRO_REGION, false);
    }

    void readFeatures() throws IOException {
      readPoints("features.tsv", "feature:", Kind.FEATURE, true);
    }

    /**
     * A hand-written table of named points: key, name, lat, lon, feature code, the country when
     * {@code withCountry} (may be blank), aliases separated by "|".
     */
    private void readPoints(String resource, String prefix, Kind kind, boolean withCountry)
        throws IOException {
      try (BufferedReader reader = open(resource, false)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          Optional<String> country =
              withCountry && !f[5].isEmpty() ? Optional.of(f[5]) : Optional.empty();
          int id =
              add(
                  new GazetteerEntry(
                      prefix + f[0],
                      f[1],
                      kind,
                      Double.parseDouble(f[2]),
                      Double.parseDouble(f[3]),
                      country,
                      f[4],
                      Optional.empty(),
                      Optional.empty(),
                      0));
          index(f[1], id);
          String aliases = f[withCountry ? 6 : 5];
          if (!aliases.isEmpty()) {
            for (String alias : aliases.split("\\|")) {
              index(alias, id);
            }
          }
        }
      }
    }

    void readCountryAliases() throws IOException {
      readAliases(
          "country-aliases.tsv",
          iso3 ->
              countries
                  .byIso3(iso3)
                  .map(c -> countryPopulation.get(c.iso2()))
                  .map(entry -> (int) entry[0])
                  .orElse(null));
    }

    void readRegionAliases() throws IOException {
      Map<String, Integer> regions = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).kind() == Kind.REGION) {
          regions.put(entries.get(i).id(), i);
        }
      }
      readAliases("region-aliases.tsv", code -> regions.get("admin1:" + code));
    }

    /**
     * A hand-written table of aliases: a key, then names separated by "|", each indexed for the
     * entry {@code entryOf} gives the key (none: the line is skipped).
     */
    private void readAliases(String resource, Function<String, Integer> entryOf)
        throws IOException {
      try (BufferedReader reader = open(resource, false)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          String[] f = line.split("\t", -1);
          Integer id = entryOf.apply(f[0]);
          if (id == null) {
            continue;
          }
          for (String alias : f[1].split("\\|")) {
            index(alias, id);
          }
        }
      }
    }

    private int add(GazetteerEntry entry) {
      entries.add(entry);
      return entries.size() - 1;
    }

    private void index(String name, int id) {
      String key = fold(name);
      if (key.isEmpty()) {
        return;
      }
      int[] ids = index.get(key);
      if (ids == null) {
        index.put(key, new int[] {id});
        return;
      }
      for (int existing : ids) {
        if (existing == id) {
          return;
        }
      }
      int[] more = Arrays.copyOf(ids, ids.length + 1);
      more[ids.length] = id;
      index.put(key, more);
    }

    private static BufferedReader open(String resource, boolean gzip) throws IOException {
      InputStream in = Gazetteer.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: the geodata build did not run");
      }
      InputStream raw = gzip ? new GZIPInputStream(in, 1 << 16) : in;
      return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
    }
  }

  private static final List<String> DIVISION_WORDS =
      List.of(
          " Region",
          " Province",
          " Oblast",
          " Governorate",
          " Prefecture",
          " Department",
          " State",
          " Voivodeship",
          " County",
          " District",
          " Municipality");

  /** "Surxondaryo Region" is also "Surxondaryo"; "New York" stays. */
  static String withoutDivisionWord(String name) {
    for (String word : DIVISION_WORDS) {
      if (name.endsWith(word) && name.length() > word.length() + 2) {
        return name.substring(0, name.length() - word.length());
      }
    }
    return name;
  }
}
