package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.app.Composition;
import dev.pamir.app.Export;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.EventQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pamir export} on the seed corpus analysed into SQLite: CSV, GeoJSON and JSON Lines hold
 * what the store holds, and filters narrow them. Skipped when the shared corpus is not beside the
 * checkout.
 */
class ExportCommandIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static @Nullable Path db;
  private static Path dir;

  @BeforeAll
  static void analyse(@TempDir Path folder) {
    dir = folder;
    Path seeds = DemoCorpus.seeds().orElse(null);
    assumeTrue(seeds != null, "no shared corpus beside the checkout");
    db = folder.resolve("kb.db");
    Result r = pamir("analyze", seeds.toString(), "--db", db.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private record Result(int code, String out, String err) {}

  private static Result pamir(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private static long storedEvents(EventQuery query) {
    try (ArticleStore store = Composition.store(db.toString())) {
      return store.events(query).total();
    }
  }

  /** RFC 4180 records: fields split on commas outside quotes, doubled quotes undone. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }

  @Test
  void csv_hasTheColumnsAndOneRowPerStoredEvent() throws Exception {
    Path file = dir.resolve("events.csv");
    Result r = pamir("export", "--db", db.toString(), "--format", "csv", "--out", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<List<String>> rows = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(rows.get(0)).isEqualTo(Export.CSV_COLUMNS);
    long events = storedEvents(EventQuery.ALL);
    assertThat(events).isGreaterThan(5);
    assertThat(rows).hasSize((int) events + 1);
    int type = Export.CSV_COLUMNS.indexOf("event_type");
    int evidence = Export.CSV_COLUMNS.indexOf("evidence");
    int url = Export.CSV_COLUMNS.indexOf("article_id");
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row).hasSameSizeAs(Export.CSV_COLUMNS);
      assertThat(row.get(type)).matches("[A-Z]+");
      assertThat(row.get(evidence)).isNotBlank();
      assertThat(row.get(url)).isNotBlank();
    }
    assertThat(Files.exists(dir.resolve("events.csv.partial"))).isFalse();
  }

  @Test
  void filters_narrowTheExport() {
    Result all = pamir("export", "--db", db.toString(), "--format", "csv");
    Result consult = pamir("export", "--db", db.toString(), "--format", "csv", "--type", "CONSULT");
    assertThat(consult.code()).as(consult.err()).isZero();
    List<List<String>> rows = parseCsv(consult.out());
    int type = Export.CSV_COLUMNS.indexOf("event_type");
    assertThat(rows.size()).isGreaterThan(1).isLessThan(parseCsv(all.out()).size());
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(row -> assertThat(row.get(type)).isEqualTo("CONSULT"));

    Result tjk = pamir("export", "--db", db.toString(), "--format", "csv", "--country", "tjk");
    int countries = Export.CSV_COLUMNS.indexOf("countries");
    int actors1 = Export.CSV_COLUMNS.indexOf("actor1_code");
    int actors2 = Export.CSV_COLUMNS.indexOf("actor2_code");
    int placeCountry = Export.CSV_COLUMNS.indexOf("place_country");
    List<List<String>> tjkRows = parseCsv(tjk.out());
    assertThat(tjkRows.size()).isGreaterThan(1);
    assertThat(tjkRows.subList(1, tjkRows.size()))
        .allSatisfy(
            row ->
                assertThat(
                        row.get(countries)
                            + row.get(actors1)
                            + row.get(actors2)
                            + row.get(placeCountry))
                    .contains("TJK"));
  }

  @Test
  void geoJson_placesEveryEventThatHasAPlace() throws Exception {
    Result r = pamir("export", "--db", db.toString(), "--format", "geojson");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode features = doc.get("features");
    assertThat(features.size()).isPositive();
    List<List<String>> rows =
        parseCsv(pamir("export", "--db", db.toString(), "--format", "csv").out());
    long placed =
        rows.subList(1, rows.size()).stream()
            .filter(row -> !row.get(Export.CSV_COLUMNS.indexOf("lat")).isEmpty())
            .count();
    assertThat(features.size()).isEqualTo(placed);
    for (JsonNode f : features) {
      JsonNode point = f.get("geometry").get("coordinates");
      assertThat(point.get(0).asDouble()).isBetween(-180.0, 180.0);
      assertThat(point.get(1).asDouble()).isBetween(-90.0, 90.0);
      assertThat(f.get("properties").get("event_type").asText()).matches("[A-Z]+");
    }
  }

  @Test
  void jsonLines_areThePamirRecordsAnalyzeStored() throws Exception {
    Result r = pamir("export", "--db", db.toString(), "--format", "jsonl");
    assertThat(r.code()).as(r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(5);
    try (ArticleStore store = Composition.store(db.toString())) {
      for (String line : lines) {
        JsonNode record = MAPPER.readTree(line);
        assertThat(record.get("schema").asText()).isEqualTo("pamir/1");
        assertThat(MAPPER.readTree(store.articleJson(record.get("id").asText()).orElseThrow()))
            .isEqualTo(record);
      }
    }
    // A type that only some of the articles report.
    List<List<String>> all =
        parseCsv(pamir("export", "--db", db.toString(), "--format", "csv").out());
    int type = Export.CSV_COLUMNS.indexOf("event_type");
    int article = Export.CSV_COLUMNS.indexOf("article_id");
    java.util.Map<String, java.util.Set<String>> byType = new java.util.TreeMap<>();
    for (List<String> row : all.subList(1, all.size())) {
      byType.computeIfAbsent(row.get(type), k -> new java.util.TreeSet<>()).add(row.get(article));
    }
    String some =
        byType.entrySet().stream()
            .filter(e -> e.getValue().size() < lines.length)
            .map(java.util.Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    Result filtered = pamir("export", "--db", db.toString(), "--format", "jsonl", "--type", some);
    List<String> exported = new ArrayList<>();
    for (String line : filtered.out().strip().split("\n")) {
      exported.add(MAPPER.readTree(line).get("id").asText());
    }
    List<String> withAid = List.copyOf(byType.get(some));
    assertThat(exported).containsExactlyInAnyOrderElementsOf(withAid);
  }

  @Test
  void badOptions_areUsageErrorsNamingThem() {
    Result format = pamir("export", "--db", db.toString(), "--format", "xml");
    assertThat(format.code()).isEqualTo(2);
    assertThat(format.err()).contains("--format");
    Result range =
        pamir(
            "export",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "--from",
            "2022-01-02",
            "--to",
            "2021-01-01");
    assertThat(range.code()).isEqualTo(2);
    assertThat(range.err()).contains("after");
    Result status = pamir("export", "--db", db.toString(), "--format", "csv", "--status", "rumour");
    assertThat(status.code()).isEqualTo(2);
    assertThat(status.err()).contains("--status");
    Result missing =
        pamir("export", "--db", dir.resolve("no/such/dir/kb.db").toString(), "--format", "csv");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no knowledge base").doesNotContain("\tat ");
    assertThat(dir.resolve("no")).doesNotExist();
  }
}
