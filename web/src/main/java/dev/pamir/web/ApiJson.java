package dev.pamir.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.store.ArticleEvent;
import dev.pamir.store.ArticleSummary;
import dev.pamir.store.EntitySummary;
import dev.pamir.store.KnowledgeEntity;
import dev.pamir.store.Page;
import dev.pamir.store.SearchHit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * ApiJson renders the API's answers. Events and stories have the fields and names of the pamir/1
 * contract; an event in a list also names its article. Lists are {@code {"items": [...], "total":
 * n}}.
 *
 * <p>Immutable and thread-safe.
 */
final class ApiJson {

  /** Writes one item of a list. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(JsonGenerator json, T item) throws IOException;
  }

  /** Writes a whole answer. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private final JsonFactory factory = JsonFactory.builder().build();

  String render(Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = factory.createGenerator(out)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  <T> String page(Page<T> page, ItemWriter<T> item) {
    return render(
        json -> {
          json.writeStartObject();
          json.writeArrayFieldStart("items");
          for (T t : page.items()) {
            item.write(json, t);
          }
          json.writeEndArray();
          json.writeNumberField("total", page.total());
          json.writeEndObject();
        });
  }

  String error(String message, Optional<String> parameter) {
    return render(
        json -> {
          json.writeStartObject();
          json.writeStringField("error", message);
          if (parameter.isPresent()) {
            json.writeStringField("parameter", parameter.get());
          }
          json.writeEndObject();
        });
  }

  static void articleSummary(JsonGenerator json, ArticleSummary a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    source(json, a.source());
    optional(json, "title", a.title());
    optional(json, "outlet", a.outlet());
    optional(json, "published", a.published());
    optional(json, "language", a.language());
    json.writeNumberField("entities", a.entities());
    json.writeNumberField("events", a.events());
    json.writeEndObject();
  }

  static void articleEvent(JsonGenerator json, ArticleEvent e) throws IOException {
    event(json, e.article(), e.event(), e.evidenceText());
  }

  /** One event as the contract has it, with the article it is in. */
  static void event(JsonGenerator json, String article, Event e, String evidenceText)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("article", article);
    json.writeStringField("id", e.id());
    json.writeStringField("type", e.type().name());
    optional(json, "mode", e.mode());
    json.writeStringField("cameo", e.cameo());
    actors(json, "source", e.source());
    actors(json, "target", e.target());
    optional(json, "date", e.date().map(d -> d.iso()));
    if (e.place().isPresent()) {
      EventPlace place = e.place().get();
      json.writeObjectFieldStart("place");
      json.writeStringField("name", place.name());
      json.writeNumberField("lat", round(place.latitude()));
      json.writeNumberField("lon", round(place.longitude()));
      optional(json, "country", place.country());
      json.writeEndObject();
    } else {
      json.writeNullField("place");
    }
    strings(json, "countries", e.countries());
    json.writeStringField("status", e.status().label());
    attributes(json, e.attributes());
    optional(json, "reportedBy", e.reportedBy());
    json.writeObjectFieldStart("evidence");
    json.writeNumberField("start", e.evidence().start());
    json.writeNumberField("end", e.evidence().end());
    json.writeStringField("text", evidenceText);
    json.writeEndObject();
    json.writeNumberField("confidence", e.confidence());
    json.writeEndObject();
  }

  private static void actors(JsonGenerator json, String field, List<Actor> actors)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Actor actor : actors) {
      json.writeStartObject();
      json.writeStringField("name", actor.name());
      optional(json, "code", actor.code());
      optional(json, "entity", actor.entity());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void attributes(JsonGenerator json, EventAttributes a) throws IOException {
    json.writeObjectFieldStart("attributes");
    number(json, "killed", a.killed());
    number(json, "injured", a.injured());
    number(json, "troops", a.troops());
    if (!a.equipment().isEmpty()) {
      strings(json, "equipment", a.equipment());
    }
    number(json, "contracts", a.contracts());
    if (a.subject().isPresent()) {
      json.writeStringField("subject", a.subject().get());
    }
    json.writeEndObject();
  }

  static void story(JsonGenerator json, Story story) throws IOException {
    json.writeStartObject();
    storyFields(json, story);
    json.writeEndObject();
  }

  /** A story's own fields: id, summary, event references, articles and conflicts. */
  private static void storyFields(JsonGenerator json, Story story) throws IOException {
    json.writeStringField("id", story.id());
    json.writeStringField("summary", story.summary());
    json.writeArrayFieldStart("events");
    for (Story.EventRef ref : story.events()) {
      json.writeStartObject();
      json.writeStringField("article", ref.article());
      json.writeStringField("event", ref.event());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "articles", story.articles());
    conflicts(json, story);
  }

  /**
   * A story with its reports side by side: for each article, in the story's order, its outlet,
   * title, date and the story's events it reports, each with its evidence.
   */
  static void storyWithReports(JsonGenerator json, Story story, List<Article> articles)
      throws IOException {
    json.writeStartObject();
    storyFields(json, story);
    json.writeArrayFieldStart("reports");
    for (Article article : articles) {
      json.writeStartObject();
      json.writeStringField("article", article.id());
      source(json, article.source());
      ArticleMetadata m = article.metadata();
      optional(json, "title", m.title());
      optional(json, "outlet", m.outlet());
      optional(json, "published", m.published().map(PublicationDate::iso));
      json.writeArrayFieldStart("events");
      for (Event e : article.annotations().events()) {
        if (story.events().contains(new Story.EventRef(article.id(), e.id()))) {
          event(
              json,
              article.id(),
              e,
              article.text().substring(e.evidence().start(), e.evidence().end()));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void conflicts(JsonGenerator json, Story story) throws IOException {
    json.writeArrayFieldStart("conflicts");
    for (Story.Conflict conflict : story.conflicts()) {
      json.writeStartObject();
      json.writeStringField("field", conflict.field());
      json.writeArrayFieldStart("values");
      for (Story.Claim claim : conflict.values()) {
        json.writeStartObject();
        json.writeStringField("article", claim.article());
        json.writeFieldName("value");
        if (claim.value() instanceof Integer n) {
          json.writeNumber(n);
        } else if (claim.value() instanceof List<?> list) {
          json.writeStartArray();
          for (Object value : list) {
            json.writeString(String.valueOf(value));
          }
          json.writeEndArray();
        } else {
          json.writeString(String.valueOf(claim.value()));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void entitySummary(JsonGenerator json, EntitySummary e) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("name", e.name());
    json.writeStringField("type", e.type().name());
    optional(json, "country", e.country());
    json.writeNumberField("articles", e.articles());
    json.writeEndObject();
  }

  static void entity(JsonGenerator json, KnowledgeEntity e) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", e.id());
    json.writeStringField("name", e.name());
    json.writeStringField("type", e.type().name());
    strings(json, "countries", e.countries());
    strings(json, "roles", e.roles());
    strings(json, "aliases", e.aliases());
    json.writeArrayFieldStart("occurrences");
    for (KnowledgeEntity.Occurrence o : e.occurrences()) {
      json.writeStartObject();
      json.writeStringField("article", o.article());
      json.writeStringField("entity", o.entity());
      json.writeStringField("name", o.name());
      json.writeArrayFieldStart("mentions");
      for (Span span : o.mentions()) {
        json.writeStartObject();
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  static void searchHit(JsonGenerator json, SearchHit hit) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", hit.kind().name().toLowerCase(Locale.ROOT));
    json.writeStringField("article", hit.article());
    optional(json, "ref", hit.ref());
    json.writeStringField("snippet", hit.snippet());
    json.writeEndObject();
  }

  private static void source(JsonGenerator json, SourceRef source) throws IOException {
    json.writeObjectFieldStart("source");
    optional(json, "file", source.file());
    if (source.recordId().isPresent()) {
      json.writeStringField("id", source.recordId().get());
    }
    optional(json, "url", source.url());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void optional(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }

  private static void number(JsonGenerator json, String field, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.getAsInt());
    }
  }

  /** Coordinates to five decimals, as the article writer has them. */
  private static double round(double degrees) {
    return Math.round(degrees * 100_000d) / 100_000d;
  }
}
