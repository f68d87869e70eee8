package dev.pamir.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pamir.model.Actor;
import dev.pamir.model.Annotations;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the articles and stories {@link PamirJson} writes back into the model: what pamir/1 carries
 * — source, metadata, language, text, entities, places, times, quotes, events, warnings. Tokens,
 * sentences and the recogniser's raw mentions are not part of the contract and come back empty.
 * Writing an article that was read gives the line that was read.
 *
 * <p>Immutable and thread-safe.
 */
public final class PamirJsonReader {

  /** Article texts can be long: the read limits are those the analysis puts on text. */
  private final ObjectMapper mapper =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .build();

  /**
   * The article on one pamir/1 line.
   *
   * @throws IllegalArgumentException naming what is wrong when the line is not a pamir/1 article
   */
  public Article article(String line) {
    JsonNode root = object(line);
    String id = text(root, "id");
    try {
      return read(root, id);
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new IllegalArgumentException("article " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * The story on one pamir/1 line of {@code stories.jsonl}.
   *
   * @throws IllegalArgumentException naming what is wrong when the line is not a pamir/1 story
   */
  public Story story(String line) {
    JsonNode root = object(line);
    String id = text(root, "id");
    try {
      return new Story(
          id,
          text(root, "summary"),
          list(root, "events", n -> new Story.EventRef(text(n, "article"), text(n, "event"))),
          strings(root, "articles"),
          list(
              root,
              "conflicts",
              n ->
                  new Story.Conflict(
                      text(n, "field"),
                      list(
                          n,
                          "values",
                          v -> new Story.Claim(text(v, "article"), claim(v.path("value")))))));
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw new IllegalArgumentException("story " + id + ": " + e.getMessage(), e);
    }
  }

  private static Object claim(JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("a claim's list holds something not a string");
        }
        items.add(item.textValue());
      }
      return List.copyOf(items);
    }
    throw new IllegalArgumentException("a claim is a string, an integer or a list of strings");
  }

  private JsonNode object(String line) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    if (!PamirJson.SCHEMA.equals(root.path("schema").asText(null))) {
      throw new IllegalArgumentException("schema is not " + PamirJson.SCHEMA);
    }
    return root;
  }

  private static Article read(JsonNode root, String id) {
    String text = text(root, "text");
    JsonNode source = root.path("source");
    SourceRef ref =
        new SourceRef(optional(source, "file"), optional(source, "id"), optional(source, "url"));
    ArticleMetadata metadata =
        new ArticleMetadata(
            optional(root, "title"),
            strings(root, "authors"),
            optional(root, "outlet"),
            optional(root, "published").map(PublicationDate::parse));
    List<Entity> entities = list(root, "entities", PamirJsonReader::entity);
    List<Place> places = list(root, "places", PamirJsonReader::place);
    List<TimeExpression> times =
        list(
            root,
            "times",
            n -> new TimeExpression(span(n), optional(n, "value").map(TimeValue::parse)));
    List<Quote> quotes = list(root, "quotes", PamirJsonReader::quote);
    List<Event> events = list(root, "events", PamirJsonReader::event);
    Optional<String> language = optional(root, "language");
    Set<Layer> layers = EnumSet.of(Layer.TEXT);
    for (String name : strings(root, "layers")) {
      Layer layer = Layer.valueOf(name.toUpperCase(Locale.ROOT));
      if (!PamirJson.CARRIED.contains(layer)) {
        throw new IllegalArgumentException("layers names " + name + ", which a line cannot carry");
      }
      layers.add(layer);
    }
    Annotations annotations =
        new Annotations(List.of(), List.of(), List.of(), entities, places, times, quotes, events);
    return new Article(
        id, ref, metadata, language, text, layers, strings(root, "warnings"), annotations);
  }

  private static Entity entity(JsonNode n) {
    return new Entity(
        text(n, "id"),
        text(n, "name"),
        EntityType.valueOf(text(n, "type")),
        optional(n, "country"),
        strings(n, "roles"),
        strings(n, "aliases"),
        list(n, "mentions", PamirJsonReader::span));
  }

  private static Place place(JsonNode n) {
    return new Place(
        text(n, "name"),
        number(n, "lat"),
        number(n, "lon"),
        optional(n, "country"),
        optional(n, "gazetteerId"),
        list(n, "mentions", PamirJsonReader::span));
  }

  private static Quote quote(JsonNode n) {
    JsonNode speakerSpan = n.path("speakerSpan");
    return new Quote(
        span(n),
        n.path("direct").asBoolean(),
        optional(n, "speaker"),
        optional(n, "speakerName"),
        speakerSpan.isObject() ? Optional.of(span(speakerSpan)) : Optional.empty());
  }

  private static Event event(JsonNode n) {
    JsonNode place = n.path("place");
    JsonNode attributes = n.path("attributes");
    return new Event(
        text(n, "id"),
        EventType.valueOf(text(n, "type")),
        optional(n, "mode"),
        text(n, "cameo"),
        list(n, "source", PamirJsonReader::actor),
        list(n, "target", PamirJsonReader::actor),
        optional(n, "date").map(TimeValue::parse),
        place.isObject()
            ? Optional.of(
                new EventPlace(
                    text(place, "name"),
                    number(place, "lat"),
                    number(place, "lon"),
                    optional(place, "country")))
            : Optional.empty(),
        strings(n, "countries"),
        EventStatus.valueOf(text(n, "status").toUpperCase(Locale.ROOT)),
        new EventAttributes(
            count(attributes, "killed"),
            count(attributes, "injured"),
            count(attributes, "troops"),
            strings(attributes, "equipment"),
            count(attributes, "contracts"),
            optional(attributes, "subject")),
        optional(n, "reportedBy"),
        span(n.path("evidence")),
        number(n, "confidence"));
  }

  private static Actor actor(JsonNode n) {
    return new Actor(text(n, "name"), optional(n, "code"), optional(n, "entity"));
  }

  private static Span span(JsonNode n) {
    return new Span(integer(n, "start"), integer(n, "end"));
  }

  private static <T> List<T> list(JsonNode parent, String field, Function<JsonNode, T> item) {
    JsonNode array = parent.path(field);
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(field + " is not an array");
    }
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      if (!element.isObject()) {
        throw new IllegalArgumentException(field + " holds something that is not an object");
      }
      out.add(item.apply(element));
    }
    return out;
  }

  private static List<String> strings(JsonNode parent, String field) {
    JsonNode array = parent.path(field);
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException(field + " is not an array");
    }
    List<String> out = new ArrayList<>(array.size());
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException(field + " holds something that is not a string");
      }
      out.add(element.textValue());
    }
    return out;
  }

  private static String text(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " is missing or not a string");
    }
    return value.textValue();
  }

  private static Optional<String> optional(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(field + " is not a string");
    }
    return Optional.of(value.textValue());
  }

  private static double number(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(field + " is missing or not a number");
    }
    return value.doubleValue();
  }

  private static int integer(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(field + " is missing or not an integer");
    }
    return value.intValue();
  }

  private static OptionalInt count(JsonNode parent, String field) {
    JsonNode value = parent.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(integer(parent, field));
  }
}
