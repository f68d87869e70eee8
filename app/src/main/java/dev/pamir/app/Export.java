package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.TimeValue;
import dev.pamir.store.ArticleEvent;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.EventQuery;
import dev.pamir.store.Page;
import dev.pamir.store.Paging;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Export writes what a knowledge base holds in formats other tools read: events as CSV with
 * GDELT-like columns, events with a place as GeoJSON, and articles as pamir/1 JSON Lines.
 *
 * <p>Events are read from the store a page at a time, in the store's event order; memory does not
 * grow with the store beyond one page and one line of metadata per article met.
 */
public final class Export {

  /** The export formats. */
  public enum Format {
    CSV,
    GEOJSON,
    JSONL
  }

  /** The CSV columns, in order: GDELT's core fields first, then Pamir's evidence and status. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "event_id",
          "date",
          "actor1_name",
          "actor1_code",
          "actor2_name",
          "actor2_code",
          "event_type",
          "cameo_code",
          "mode",
          "status",
          "place_name",
          "place_country",
          "lat",
          "lon",
          "countries",
          "killed",
          "injured",
          "troops",
          "equipment",
          "reported_by",
          "confidence",
          "article_id",
          "outlet",
          "published",
          "source_url",
          "evidence");

  private final ArticleStore store;
  private final Map<String, ArticleLine> articles = new HashMap<>();

  /** An export of {@code store}. */
  public Export(ArticleStore store) {
    this.store = requireNonNull(store, "store is null");
  }

  /**
   * Writes the events that {@code query} selects (its paging is ignored: all of them) as CSV, one
   * header line and one line per event, RFC 4180 quoting.
   *
   * @return how many events were written
   */
  public long csv(EventQuery query, Writer out) throws IOException {
    requireNonNull(out, "out is null");
    out.write(String.join(",", CSV_COLUMNS));
    out.write("\r\n");
    long[] n = {0};
    forEachEvent(
        query,
        e -> {
          List<String> row = row(e);
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.size(); i++) {
            if (i > 0) line.append(',');
            line.append(csvField(row.get(i)));
          }
          line.append("\r\n");
          write(out, line.toString());
          n[0]++;
        });
    return n[0];
  }

  /**
   * Writes the events that {@code query} selects and that have a place as a GeoJSON
   * FeatureCollection of points, with the CSV columns as properties.
   *
   * @return how many features were written
   */
  public long geoJson(EventQuery query, Writer out) throws IOException {
    requireNonNull(out, "out is null");
    long[] n = {0};
    try (JsonGenerator json = new JsonFactory().createGenerator(new Unclosed(out))) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      forEachEvent(
          query,
          e -> {
            Optional<EventPlace> place = e.event().place();
            if (place.isEmpty()) return;
            try {
              json.writeStartObject();
              json.writeStringField("type", "Feature");
              json.writeObjectFieldStart("geometry");
              json.writeStringField("type", "Point");
              json.writeArrayFieldStart("coordinates");
              json.writeNumber(place.get().longitude());
              json.writeNumber(place.get().latitude());
              json.writeEndArray();
              json.writeEndObject();
              json.writeObjectFieldStart("properties");
              List<String> row = row(e);
              for (int i = 0; i < CSV_COLUMNS.size(); i++) {
                String column = CSV_COLUMNS.get(i);
                if (column.equals("lat") || column.equals("lon") || row.get(i).isEmpty()) continue;
                json.writeStringField(column, row.get(i));
              }
              json.writeEndObject();
              json.writeEndObject();
            } catch (IOException ex) {
              throw new java.io.UncheckedIOException(ex);
            }
            n[0]++;
          });
      json.writeEndArray();
      json.writeEndObject();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    out.write("\n");
    return n[0];
  }

  /**
   * Writes, as pamir/1 JSON Lines exactly as {@code analyze} wrote them, every stored article that
   * has an event {@code query} selects, or every article when {@code query} selects all events.
   *
   * @return how many articles were written
   */
  public long jsonLines(EventQuery query, Writer out) throws IOException {
    requireNonNull(out, "out is null");
    List<String> ids = new ArrayList<>();
    if (query.withPaging(Paging.FIRST).equals(EventQuery.ALL.withPaging(Paging.FIRST))) {
      store.forEachArticle(a -> ids.add(a.id()));
    } else {
      Set<String> seen = new LinkedHashSet<>();
      forEachEvent(query, e -> seen.add(e.article()));
      ids.addAll(seen);
    }
    long n = 0;
    for (String id : ids) {
      Optional<String> json = store.articleJson(id);
      if (json.isPresent()) {
        out.write(json.get().strip());
        out.write("\n");
        n++;
      }
    }
    return n;
  }

  private void forEachEvent(EventQuery query, Consumer<ArticleEvent> action) throws IOException {
    requireNonNull(query, "query is null");
    int offset = 0;
    try {
      while (true) {
        Page<ArticleEvent> page =
            store.events(query.withPaging(new Paging(Paging.MAX_LIMIT, offset)));
        page.items().forEach(action);
        offset += page.items().size();
        if (page.items().isEmpty() || offset >= page.total()) return;
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private List<String> row(ArticleEvent ae) {
    Event e = ae.event();
    ArticleLine article = articles.computeIfAbsent(ae.article(), this::articleLine);
    EventAttributes a = e.attributes();
    Optional<EventPlace> place = e.place();
    return List.of(
        ae.article() + "#" + e.id(),
        e.date().map(TimeValue::iso).orElse(""),
        names(e.source()),
        codes(e.source()),
        names(e.target()),
        codes(e.target()),
        e.type().name(),
        e.cameo(),
        e.mode().orElse(""),
        e.status().label(),
        place.map(EventPlace::name).orElse(""),
        place.flatMap(EventPlace::country).orElse(""),
        place.map(p -> coordinate(p.latitude())).orElse(""),
        place.map(p -> coordinate(p.longitude())).orElse(""),
        String.join(";", e.countries()),
        number(a.killed()),
        number(a.injured()),
        number(a.troops()),
        String.join(";", a.equipment()),
        e.reportedBy().orElse(""),
        String.format(Locale.ROOT, "%.2f", e.confidence()),
        ae.article(),
        article.outlet(),
        article.published(),
        article.url(),
        ae.evidenceText());
  }

  private ArticleLine articleLine(String id) {
    Optional<Article> article = store.article(id);
    if (article.isEmpty()) return new ArticleLine("", "", "");
    Article a = article.get();
    return new ArticleLine(
        a.metadata().outlet().orElse(""),
        a.metadata().published().map(PublicationDate::iso).orElse(""),
        a.source().url().orElse(""));
  }

  private record ArticleLine(String outlet, String published, String url) {}

  private static String names(List<Actor> actors) {
    List<String> out = new ArrayList<>();
    for (Actor actor : actors) out.add(actor.name());
    return String.join(";", out);
  }

  private static String codes(List<Actor> actors) {
    List<String> out = new ArrayList<>();
    for (Actor actor : actors) actor.code().ifPresent(out::add);
    return String.join(";", out);
  }

  private static String number(OptionalInt n) {
    return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.5f", v);
  }

  /**
   * One CSV field, quoted when it holds a comma, quote or line break. A text that a spreadsheet
   * would run as a formula (it starts with {@code = + - @}, a tab or a carriage return and is not a
   * number) gets a leading apostrophe, as OWASP advises for CSV exports of untrusted text.
   */
  static String csvField(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static void write(Writer out, String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The caller's writer, which closing the JSON generator must leave open. */
  private static final class Unclosed extends java.io.FilterWriter {
    Unclosed(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
