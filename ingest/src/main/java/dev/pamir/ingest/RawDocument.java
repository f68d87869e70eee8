package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import java.util.List;

/**
 * A RawDocument is one article as read, before cleaning: decoded content, what kind it is, and
 * metadata hints from outside the content (a feed item's title, a JSON Lines record's fields).
 *
 * <p>Hints from a JSON Lines record win over what cleaning finds; a feed's hints only fill gaps.
 */
public record RawDocument(
    SourceRef source,
    ContentKind kind,
    String content,
    ArticleMetadata hints,
    boolean hintsWin,
    List<String> warnings) {

  public RawDocument {
    requireNonNull(source, "source is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(content, "content is null");
    requireNonNull(hints, "hints is null");
    warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
  }

  public String name() {
    return source.displayName();
  }
}
