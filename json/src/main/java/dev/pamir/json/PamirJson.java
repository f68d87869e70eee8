package dev.pamir.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pamir.model.Actor;
import dev.pamir.model.Annotations;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Renders articles as pamir/1 JSON: one line, fields in the contract's order, {@code null} for what
 * the article does not say, UTF-8 text unescaped.
 *
 * <p>Immutable and thread-safe.
 */
public final class PamirJson {

  /** The schema every record names. */
  public static final String SCHEMA = "pamir/1";

  /** The layers a line carries, and so names in {@code layers}: all but the parser's own. */
  static final Set<Layer> CARRIED =
      EnumSet.complementOf(EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS));

  private final JsonFactory factory = JsonFactory.builder().build();

  /** One article as one line of JSON, without the line break. */
  public String article(Article article) {
    StringWriter out = new StringWriter(article.text().length() + 512);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      json.writeStringField("id", article.id());
      writeSource(json, article.source());
      ArticleMetadata meta = article.metadata();
      writeOptional(json, "title", meta.title());
      json.writeArrayFieldStart("authors");
      for (String author : meta.authors()) {
        json.writeString(author);
      }
      json.writeEndArray();
      writeOptional(json, "outlet", meta.outlet());
      writeOptional(json, "published", meta.published().map(p -> p.iso()));
      writeOptional(json, "language", article.language());
      json.writeStringField("text", article.text());
      Annotations annotations = article.annotations();
      json.writeArrayFieldStart("entities");
      for (Entity entity : annotations.entities()) {
        writeEntity(json, entity);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("places");
      for (Place place : annotations.places()) {
        writePlace(json, place);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("times");
      for (TimeExpression time : annotations.times()) {
        json.writeStartObject();
        json.writeStringField("text", time.span().of(article.text()));
        writeOptional(json, "value", time.value().map(TimeValue::iso));
        json.writeNumberField("start", time.span().start());
        json.writeNumberField("end", time.span().end());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("quotes");
      for (Quote quote : annotations.quotes()) {
        json.writeStartObject();
        json.writeStringField("text", quote.span().of(article.text()));
        json.writeNumberField("start", quote.span().start());
        json.writeNumberField("end", quote.span().end());
        json.writeBooleanField("direct", quote.direct());
        writeOptional(json, "speaker", quote.speaker());
        writeOptional(json, "speakerName", quote.speakerName());
        if (quote.speakerSpan().isPresent()) {
          json.writeObjectFieldStart("speakerSpan");
          json.writeNumberField("start", quote.speakerSpan().get().start());
          json.writeNumberField("end", quote.speakerSpan().get().end());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      for (Event event : annotations.events()) {
        writeEvent(json, event, article.text());
      }
      json.writeEndArray();
      // Beyond the contract's fields: what cleaning and analysis noticed but did not reject.
      writeStrings(json, "warnings", article.warnings());
      json.writeArrayFieldStart("layers");
      for (Layer layer : Layer.values()) {
        if (article.layers().contains(layer) && CARRIED.contains(layer)) {
          json.writeString(layer.name().toLowerCase(Locale.ROOT));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void writeEvent(JsonGenerator json, Event event, String text) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", event.id());
    json.writeStringField("type", event.type().name());
    writeOptional(json, "mode", event.mode());
    json.writeStringField("cameo", event.cameo());
    writeActors(json, "source", event.source());
    writeActors(json, "target", event.target());
    writeOptional(json, "date", event.date().map(TimeValue::iso));
    if (event.place().isPresent()) {
      EventPlace place = event.place().get();
      json.writeObjectFieldStart("place");
      json.writeStringField("name", place.name());
      json.writeNumberField("lat", round(place.latitude()));
      json.writeNumberField("lon", round(place.longitude()));
      writeOptional(json, "country", place.country());
      json.writeEndObject();
    } else {
      json.writeNullField("place");
    }
    writeStrings(json, "countries", event.countries());
    json.writeStringField("status", event.status().label());
    json.writeObjectFieldStart("attributes");
    EventAttributes attributes = event.attributes();
    writeCount(json, "killed", attributes.killed());
    writeCount(json, "injured", attributes.injured());
    writeCount(json, "troops", attributes.troops());
    if (!attributes.equipment().isEmpty()) {
      writeStrings(json, "equipment", attributes.equipment());
    }
    writeCount(json, "contracts", attributes.contracts());
    if (attributes.subject().isPresent()) {
      json.writeStringField("subject", attributes.subject().get());
    }
    json.writeEndObject();
    writeOptional(json, "reportedBy", event.reportedBy());
    json.writeObjectFieldStart("evidence");
    json.writeNumberField("start", event.evidence().start());
    json.writeNumberField("end", event.evidence().end());
    json.writeStringField("text", event.evidence().of(text));
    json.writeEndObject();
    json.writeNumberField("confidence", Math.round(event.confidence() * 100) / 100.0);
    json.writeEndObject();
  }

  private static void writeActors(JsonGenerator json, String field, List<Actor> actors)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Actor actor : actors) {
      json.writeStartObject();
      json.writeStringField("name", actor.name());
      writeOptional(json, "code", actor.code());
      writeOptional(json, "entity", actor.entity());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeCount(JsonGenerator json, String field, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.getAsInt());
    }
  }

  private static void writeEntity(JsonGenerator json, Entity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", entity.id());
    json.writeStringField("name", entity.name());
    json.writeStringField("type", entity.type().name());
    writeOptional(json, "country", entity.country());
    writeStrings(json, "roles", entity.roles());
    writeStrings(json, "aliases", entity.aliases());
    writeMentions(json, entity.mentions());
    json.writeEndObject();
  }

  private static void writePlace(JsonGenerator json, Place place) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", place.name());
    json.writeNumberField("lat", round(place.latitude()));
    json.writeNumberField("lon", round(place.longitude()));
    writeOptional(json, "country", place.country());
    writeOptional(json, "gazetteerId", place.gazetteerId());
    writeMentions(json, place.mentions());
    json.writeEndObject();
  }

  /** Coordinates to five decimals, about a metre: more is noise. */
  private static double round(double degrees) {
    return Math.round(degrees * 100_000d) / 100_000d;
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void writeMentions(JsonGenerator json, List<Span> mentions) throws IOException {
    json.writeArrayFieldStart("mentions");
    for (Span span : mentions) {
      json.writeStartObject();
      json.writeNumberField("start", span.start());
      json.writeNumberField("end", span.end());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeSource(JsonGenerator json, SourceRef source) throws IOException {
    json.writeObjectFieldStart("source");
    writeOptional(json, "file", source.file());
    if (source.recordId().isPresent()) {
      json.writeStringField("id", source.recordId().get());
    }
    writeOptional(json, "url", source.url());
    json.writeEndObject();
  }

  private static void writeOptional(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }

  /**
   * One story as one line of JSON, without the line break: {@code schema}, {@code id}, {@code
   * summary}, {@code events} as article and event ids, {@code articles}, and {@code conflicts} with
   * each article's claim as a string, a number or a list of strings.
   */
  public String story(Story story) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
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
      writeStrings(json, "articles", story.articles());
      json.writeArrayFieldStart("conflicts");
      for (Story.Conflict conflict : story.conflicts()) {
        json.writeStartObject();
        json.writeStringField("field", conflict.field());
        json.writeArrayFieldStart("values");
        for (Story.Claim claim : conflict.values()) {
          json.writeStartObject();
          json.writeStringField("article", claim.article());
          json.writeFieldName("value");
          writeClaimValue(json, claim.value());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static void writeClaimValue(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof String text) {
      json.writeString(text);
    } else if (value instanceof List<?> list) {
      json.writeStartArray();
      for (Object item : list) {
        json.writeString(String.valueOf(item));
      }
      json.writeEndArray();
    } else {
      throw new IllegalArgumentException("a claim is a string, an integer or a list: " + value);
    }
  }
}
