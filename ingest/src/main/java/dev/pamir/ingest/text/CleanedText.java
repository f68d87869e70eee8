package dev.pamir.ingest.text;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.ArticleMetadata;
import java.util.List;

/**
 * The result of cleaning plain text: the article body and the metadata its header and footer state.
 */
public record CleanedText(String text, ArticleMetadata metadata, List<String> warnings) {
  public CleanedText {
    requireNonNull(text, "text is null");
    requireNonNull(metadata, "metadata is null");
    warnings = List.copyOf(warnings);
  }
}
