package dev.pamir.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PamirContract checks output against the pamir/1 contract: every field the contract names is
 * present with its type, offsets lie inside the text, ids are unique, dates parse.
 *
 * <p>Stateless and thread-safe.
 */
public final class PamirContract {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> ARTICLE_FIELDS =
      List.of(
          "schema",
          "id",
          "source",
          "title",
          "authors",
          "outlet",
          "published",
          "language",
          "text",
          "entities",
          "places",
          "times",
          "quotes",
          "events");

  private PamirContract() {}

  /** Every violation in {@code DIR/articles.jsonl} and {@code DIR/stories.jsonl}, empty if none. */
  public static List<String> violations(Path outDir) {
    List<String> broken = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode article : lines(outDir.resolve("articles.jsonl"), broken)) {
      String id = article.path("id").asText("?");
      for (String violation : articleViolations(article)) {
        broken.add("article " + id + ": " + violation);
      }
      if (!ids.add(id)) {
        broken.add("article id " + id + " is not unique");
      }
    }
    for (JsonNode story : lines(outDir.resolve("stories.jsonl"), broken)) {
      if (!"pamir/1".equals(story.path("schema").asText())) {
        broken.add("story without schema pamir/1: " + story);
      }
      for (String field : List.of("id", "summary", "events", "articles", "conflicts")) {
        if (!story.has(field)) {
          broken.add("story " + story.path("id").asText("?") + " has no " + field);
        }
      }
    }
    return broken;
  }

  /** Throws an AssertionError listing every violation. */
  public static void check(Path outDir) {
    List<String> broken = violations(outDir);
    if (!broken.isEmpty()) {
      throw new AssertionError("output breaks the pamir/1 contract: " + broken);
    }
  }

  /** The violations of one article record. */
  public static List<String> articleViolations(JsonNode a) {
    List<String> broken = new ArrayList<>();
    for (String field : ARTICLE_FIELDS) {
      if (!a.has(field)) {
        broken.add("missing field " + field);
      }
    }
    if (!broken.isEmpty()) {
      return broken;
    }
    if (!"pamir/1".equals(a.get("schema").asText())) {
      broken.add("schema is not pamir/1");
    }
    if (!a.get("id").isTextual() || a.get("id").asText().isBlank()) {
      broken.add("id is not a non-blank string");
    }
    JsonNode source = a.get("source");
    if (!source.isObject() || !(source.has("file") || source.has("url"))) {
      broken.add("source is not an object with file or url");
    } else if (source.path("file").isNull() && source.path("url").isNull()) {
      broken.add("source has neither file nor url");
    }
    for (String field : List.of("title", "outlet", "published", "language")) {
      JsonNode value = a.get(field);
      if (!(value.isNull() || (value.isTextual() && !value.asText().isBlank()))) {
        broken.add(field + " is neither null nor a non-blank string");
      }
    }
    if (!a.get("authors").isArray()) {
      broken.add("authors is not an array");
    } else {
      a.get("authors")
          .forEach(
              x -> {
                if (!x.isTextual() || x.asText().isBlank()) {
                  broken.add("an author is not a non-blank string");
                }
              });
    }
    if (a.get("published").isTextual() && !isDate(a.get("published").asText())) {
      broken.add("published is not an ISO 8601 date or date-time: " + a.get("published"));
    }
    if (!a.get("text").isTextual() || a.get("text").asText().isEmpty()) {
      broken.add("text is not a non-empty string");
      return broken;
    }
    int length = a.get("text").asText().length();
    for (String layer : List.of("entities", "places", "times", "quotes", "events")) {
      if (!a.get(layer).isArray()) {
        broken.add(layer + " is not an array");
      }
    }
    a.get("times").forEach(t -> checkSpan(t, length, "time", broken));
    a.get("quotes").forEach(q -> checkSpan(q, length, "quote", broken));
    for (String layer : List.of("entities", "places")) {
      a.get(layer)
          .forEach(e -> e.path("mentions").forEach(m -> checkSpan(m, length, layer, broken)));
    }
    a.get("events").forEach(e -> checkSpan(e.path("evidence"), length, "evidence", broken));
    return broken;
  }

  private static void checkSpan(JsonNode node, int length, String what, List<String> broken) {
    if (!node.path("start").isInt() || !node.path("end").isInt()) {
      broken.add(what + " has no integer start and end: " + node);
      return;
    }
    int start = node.get("start").asInt();
    int end = node.get("end").asInt();
    if (start < 0 || start > end || end > length) {
      broken.add(what + " span [" + start + "," + end + ") is outside a text of " + length);
    }
  }

  /** Whether {@code s} is an ISO 8601 day, local date-time or date-time with offset. */
  public static boolean isDate(String s) {
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      LocalDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The records of a JSON Lines file, parsed. */
  public static List<JsonNode> read(Path file) {
    List<String> broken = new ArrayList<>();
    List<JsonNode> nodes = lines(file, broken);
    if (!broken.isEmpty()) {
      throw new AssertionError(broken.toString());
    }
    return nodes;
  }

  private static List<JsonNode> lines(Path file, List<String> broken) {
    List<JsonNode> nodes = new ArrayList<>();
    if (!Files.exists(file)) {
      broken.add("no file " + file.getFileName());
      return nodes;
    }
    try {
      int n = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          broken.add(file.getFileName() + ":" + n + " is blank");
          continue;
        }
        try {
          nodes.add(MAPPER.readTree(line));
        } catch (IOException e) {
          broken.add(file.getFileName() + ":" + n + " is not JSON");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return nodes;
  }
}
