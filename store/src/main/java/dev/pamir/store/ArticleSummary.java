package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.SourceRef;
import java.util.Optional;

/**
 * An ArticleSummary is what a list of articles shows of each: where it came from, its metadata and
 * how much was found in it.
 *
 * @param published the publication date in ISO 8601 as the article gives it
 */
public record ArticleSummary(
    String id,
    SourceRef source,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> published,
    Optional<String> language,
    int entities,
    int events) {
  public ArticleSummary {
    requireNonNull(id, "id is null");
    requireNonNull(source, "source is null");
    requireNonNull(title, "title is null");
    requireNonNull(outlet, "outlet is null");
    requireNonNull(published, "published is null");
    requireNonNull(language, "language is null");
  }
}
