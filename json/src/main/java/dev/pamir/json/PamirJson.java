package dev.pamir.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Renders articles as pamir/1 JSON: one line, fields in the contract's order, {@code null} for what
 * the article does not say, UTF-8 text unescaped.
 *
 * <p>Immutable and thread-safe.
 */
public final class PamirJson {

  /** The schema every record names. */
  public static final String SCHEMA = "pamir/1";

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
      for (String layer : new String[] {"entities", "places", "times", "quotes", "events"}) {
        json.writeArrayFieldStart(layer);
        json.writeEndArray();
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
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
}
