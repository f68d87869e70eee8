package dev.pamir.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Lines articles: one JSON object a line with {@code id} and {@code text} or {@code
 * html}, and optionally {@code title}, {@code authors}, {@code outlet}, {@code published}, {@code
 * url}. A bad line is rejected by its line number and record id; the other lines go on.
 *
 * <p>Thread-safe and immutable.
 */
public final class JsonLinesReader {

  private final ObjectMapper mapper;
  private final long maxRecordChars;

  public JsonLinesReader(long maxRecordBytes) {
    this.maxRecordChars = maxRecordBytes;
    this.mapper =
        JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    this.mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxRecordBytes))
                .maxNestingDepth(64)
                .build());
  }

  /** Reads every line of {@code content}, a file named {@code file}. */
  public List<ReadOutcome> read(String content, String file) {
    List<ReadOutcome> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNumber = 0;
    int start = 0;
    while (start <= content.length()) {
      int end = content.indexOf('\n', start);
      if (end < 0) {
        end = content.length();
      }
      lineNumber++;
      String line = content.substring(start, end).strip();
      start = end + 1;
      if (line.isEmpty()) {
        if (end == content.length()) {
          break;
        }
        continue;
      }
      out.add(readLine(line, file, lineNumber, seen));
    }
    return out;
  }

  private ReadOutcome readLine(String line, String file, int lineNumber, Set<String> seen) {
    String where = file + ":" + lineNumber;
    if (line.length() > maxRecordChars) {
      return new ReadOutcome.Rejected(
          InputRejectedException.limit(
              where, "record is larger than the limit of " + BoundedBytes.human(maxRecordChars)));
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String reason = e.getOriginalMessage();
      if (reason != null && reason.contains("exceeds the maximum")) {
        return new ReadOutcome.Rejected(
            InputRejectedException.limit(where, "a field is larger than the record size limit"));
      }
      return new ReadOutcome.Rejected(
          InputRejectedException.bad(where, "malformed JSON: " + firstLine(reason)));
    }
    if (node == null || !node.isObject()) {
      return new ReadOutcome.Rejected(InputRejectedException.bad(where, "not a JSON object"));
    }
    JsonNode idNode = node.get("id");
    if (idNode == null
        || !(idNode.isTextual() || idNode.isIntegralNumber())
        || idNode.asText().isBlank()) {
      return new ReadOutcome.Rejected(
          InputRejectedException.bad(where, "record has no \"id\" (a string or an integer)"));
    }
    String id = idNode.asText();
    String name = file + "#" + id;
    if (!seen.add(id)) {
      return new ReadOutcome.Rejected(
          InputRejectedException.bad(
              name, "duplicate id in the same file (line " + lineNumber + ")"));
    }
    try {
      String text = optionalText(node, "text", name).orElse(null);
      String html = optionalText(node, "html", name).orElse(null);
      if ((text == null) == (html == null)) {
        return new ReadOutcome.Rejected(
            InputRejectedException.bad(name, "record needs exactly one of \"text\" and \"html\""));
      }
      String body = text != null ? text : html;
      if (body.isBlank()) {
        return new ReadOutcome.Rejected(InputRejectedException.bad(name, "record has empty text"));
      }
      List<String> warnings = new ArrayList<>();
      ArticleMetadata hints = hints(node, name, warnings);
      SourceRef source = SourceRef.ofRecord(file, id);
      Optional<String> url = optionalText(node, "url", name).filter(u -> !u.isBlank());
      if (url.isPresent()) {
        source = source.withUrl(url.get());
      }
      return new ReadOutcome.Document(
          new RawDocument(
              source,
              text != null ? ContentKind.CLEAN_TEXT : ContentKind.HTML,
              body,
              hints,
              true,
              warnings));
    } catch (InputRejectedException e) {
      return new ReadOutcome.Rejected(e);
    }
  }

  private static ArticleMetadata hints(JsonNode node, String name, List<String> warnings)
      throws InputRejectedException {
    Optional<String> title =
        optionalText(node, "title", name).map(String::strip).filter(t -> !t.isEmpty());
    Optional<String> outlet =
        optionalText(node, "outlet", name).map(String::strip).filter(t -> !t.isEmpty());
    List<String> authors = new ArrayList<>();
    JsonNode authorsNode = node.get("authors");
    if (authorsNode != null && !authorsNode.isNull()) {
      if (authorsNode.isTextual()) {
        authors.add(authorsNode.asText());
      } else if (authorsNode.isArray()) {
        for (JsonNode a : authorsNode) {
          if (!a.isTextual()) {
            throw InputRejectedException.bad(name, "\"authors\" must hold strings");
          }
          authors.add(a.asText());
        }
      } else {
        throw InputRejectedException.bad(name, "\"authors\" must be a list of strings");
      }
    }
    authors.replaceAll(String::strip);
    authors.removeIf(String::isEmpty);
    Optional<PublicationDate> published = Optional.empty();
    Optional<String> publishedText =
        optionalText(node, "published", name).filter(p -> !p.isBlank());
    if (publishedText.isPresent()) {
      published = PublicationDates.parse(publishedText.get());
      if (published.isEmpty()) {
        warnings.add("ignored \"published\": not a date: " + publishedText.get());
      }
    }
    return new ArticleMetadata(title, authors, outlet, published);
  }

  private static Optional<String> optionalText(JsonNode node, String field, String name)
      throws InputRejectedException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw InputRejectedException.bad(name, "\"" + field + "\" must be a string");
    }
    return Optional.of(value.asText());
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
