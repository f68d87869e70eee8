package dev.pamir.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads JSON Lines articles: one JSON object a line with {@code id} and {@code text} or {@code
 * html}, and optionally {@code title}, {@code authors}, {@code outlet}, {@code published} (or
 * {@code date}, as many corpora call it), {@code url}. A bad line is rejected by its line number
 * and record id; the other lines go on.
 *
 * <p>Thread-safe and immutable.
 */
public final class JsonLinesReader {

  /** How deep objects and arrays may nest in one record; articles need two or three levels. */
  private static final int MAX_NESTING_DEPTH = 64;

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
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .build());
  }

  /**
   * Reads every line of {@code bytes}, the content of a JSON Lines file named {@code file}. JSON
   * Lines are UTF-8: a line that is not is rejected by its number, and the other lines keep their
   * text. A file with a UTF-16 byte-order mark is decoded whole.
   *
   * @throws InputRejectedException when the file is empty or binary
   */
  public List<ReadOutcome> read(byte[] bytes, String file) throws InputRejectedException {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
      return read(TextDecoder.decode(bytes, null, file), file);
    }
    if (bytes.length == 0) {
      throw InputRejectedException.bad(file, "empty file");
    }
    if (TextDecoder.looksBinary(bytes)) {
      throw InputRejectedException.bad(file, "binary content, not text");
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<ReadOutcome> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNumber = 0;
    int start = hasUtf8Mark(bytes) ? 3 : 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      int lineStart = start;
      start = end + 1;
      String where = file + ":" + lineNumber;
      if (end - lineStart > maxRecordChars) {
        out.add(tooLarge(where));
        continue;
      }
      String line;
      try {
        line = utf8.decode(ByteBuffer.wrap(bytes, lineStart, end - lineStart)).toString().strip();
      } catch (CharacterCodingException e) {
        out.add(
            new ReadOutcome.Rejected(
                InputRejectedException.bad(where, "not UTF-8, which JSON Lines must be")));
        continue;
      }
      if (!line.isEmpty()) {
        out.add(readLine(line, file, lineNumber, seen));
      }
    }
    return out;
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

  private static boolean hasUtf8Mark(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private ReadOutcome tooLarge(String where) {
    return new ReadOutcome.Rejected(
        InputRejectedException.limit(
            where, "record is larger than the limit of " + BoundedBytes.human(maxRecordChars)));
  }

  private ReadOutcome readLine(String line, String file, int lineNumber, Set<String> seen) {
    String where = file + ":" + lineNumber;
    if (line.length() > maxRecordChars) {
      return tooLarge(where);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (StreamConstraintsException e) {
      return new ReadOutcome.Rejected(InputRejectedException.limit(where, constraint(e)));
    } catch (JsonProcessingException e) {
      return new ReadOutcome.Rejected(
          InputRejectedException.bad(
              where, "malformed JSON: " + firstLine(e.getOriginalMessage())));
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
    String id = TextSanitizer.wellFormed(idNode.asText());
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
        authors.add(TextSanitizer.wellFormed(authorsNode.asText()));
      } else if (authorsNode.isArray()) {
        for (JsonNode a : authorsNode) {
          if (!a.isTextual()) {
            throw InputRejectedException.bad(name, "\"authors\" must hold strings");
          }
          authors.add(TextSanitizer.wellFormed(a.asText()));
        }
      } else {
        throw InputRejectedException.bad(name, "\"authors\" must be a list of strings");
      }
    }
    authors.replaceAll(String::strip);
    authors.removeIf(String::isEmpty);
    Optional<PublicationDate> published = Optional.empty();
    // Many corpora (Reuters-21578, GDELT-derived sets) call the field "date"; "published" wins.
    String dateField = node.hasNonNull("published") ? "published" : "date";
    Optional<String> publishedText = optionalText(node, dateField, name).filter(p -> !p.isBlank());
    if (publishedText.isPresent()) {
      published = PublicationDates.parse(publishedText.get());
      if (published.isEmpty()) {
        warnings.add("ignored \"" + dateField + "\": not a date: " + publishedText.get());
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
    return Optional.of(TextSanitizer.wellFormed(value.asText()));
  }

  /** The limit a record broke, in words: Jackson's messages name its own settings. */
  private static String constraint(StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    StreamReadConstraints limits = StreamReadConstraints.defaults();
    if (message.startsWith("Document nesting depth")) {
      return "JSON nested deeper than " + MAX_NESTING_DEPTH + " levels";
    }
    if (message.startsWith("Number value length") || message.startsWith("Number length")) {
      return "a number longer than " + limits.getMaxNumberLength() + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a field name longer than " + limits.getMaxNameLength() + " characters";
    }
    return "a field is larger than the record size limit";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
