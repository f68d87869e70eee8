package dev.pamir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.TimeValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A PamirEventsReader reads back what story building needs from a pamir/1 {@code articles.jsonl}:
 * each article's id, publication date, text and events. Entities, places, times and quotes are left
 * out. An event the model rejects is skipped and counted, not fatal.
 *
 * <p>Not thread-safe.
 */
final class PamirEventsReader {

  private final ObjectMapper mapper = new ObjectMapper();
  private int skippedEvents;

  /** The first {@code limit} articles of the file, in file order. */
  List<Article> read(Path file, int limit) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && articles.size() < limit;
          line = reader.readLine()) {
        if (!line.isBlank()) {
          articles.add(article(mapper.readTree(line)));
        }
      }
    }
    return articles;
  }

  /** How many events were skipped as malformed so far. */
  int skippedEvents() {
    return skippedEvents;
  }

  private Article article(JsonNode node) {
    String id = node.path("id").asText();
    String text = node.path("text").asText("");
    ArticleMetadata metadata =
        ArticleMetadata.EMPTY.withPublished(
            text(node, "published").flatMap(PublicationDates::parse));
    SourceRef source =
        text(node.path("source"), "file")
            .map(SourceRef::ofFile)
            .orElseGet(() -> SourceRef.ofFile(id));
    List<Event> events = new ArrayList<>();
    for (JsonNode event : node.path("events")) {
      try {
        events.add(event(event));
      } catch (RuntimeException malformed) {
        skippedEvents++;
      }
    }
    return Article.cleaned(id, source, metadata, text, List.of()).withEvents(events);
  }

  private static Event event(JsonNode e) {
    EventType type = EventType.valueOf(e.path("type").asText());
    JsonNode evidence = e.path("evidence");
    JsonNode place = e.path("place");
    Optional<EventPlace> eventPlace =
        place.isObject()
            ? Optional.of(
                new EventPlace(
                    place.path("name").asText(),
                    place.path("lat").asDouble(),
                    place.path("lon").asDouble(),
                    text(place, "country")))
            : Optional.empty();
    List<String> countries = new ArrayList<>();
    e.path("countries").forEach(c -> countries.add(c.asText()));
    JsonNode a = e.path("attributes");
    List<String> equipment = new ArrayList<>();
    a.path("equipment").forEach(x -> equipment.add(x.asText()));
    EventAttributes attributes =
        new EventAttributes(
            integer(a, "killed"),
            integer(a, "injured"),
            integer(a, "troops"),
            equipment,
            integer(a, "contracts"),
            text(a, "subject"));
    return new Event(
        e.path("id").asText(),
        type,
        text(e, "mode"),
        text(e, "cameo").orElse(type.cameo()),
        actors(e.path("source")),
        actors(e.path("target")),
        text(e, "date").map(PamirEventsReader::time),
        eventPlace,
        countries,
        EventStatus.valueOf(e.path("status").asText("reported").toUpperCase(Locale.ROOT)),
        attributes,
        text(e, "reportedBy"),
        new Span(evidence.path("start").asInt(), evidence.path("end").asInt()),
        e.path("confidence").asDouble(0.5));
  }

  private static List<Actor> actors(JsonNode array) {
    List<Actor> actors = new ArrayList<>();
    for (JsonNode actor : array) {
      actors.add(
          new Actor(actor.path("name").asText(), text(actor, "code"), text(actor, "entity")));
    }
    return actors;
  }

  /** An ISO 8601 day, month, year or interval of those, as the contract writes dates. */
  static TimeValue time(String iso) {
    int slash = iso.indexOf('/');
    if (slash > 0) {
      return new TimeValue.Interval(time(iso.substring(0, slash)), time(iso.substring(slash + 1)));
    }
    return switch (iso.length()) {
      case 4 -> new TimeValue.YearValue(Year.parse(iso));
      case 7 -> new TimeValue.Month(YearMonth.parse(iso));
      default -> new TimeValue.Day(LocalDate.parse(iso));
    };
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }

  private static OptionalInt integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isInt() ? OptionalInt.of(value.asInt()) : OptionalInt.empty();
  }
}
