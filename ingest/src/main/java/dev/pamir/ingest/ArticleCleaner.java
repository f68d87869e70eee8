package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.html.HtmlArticleExtractor;
import dev.pamir.ingest.meta.HtmlMetadataExtractor;
import dev.pamir.ingest.text.CleanedText;
import dev.pamir.ingest.text.TextCleaner;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The ArticleCleaner turns a raw document into an article: clean text and metadata. HTML goes
 * through the article extractor and the page's metadata; plain text through the text cleaner; text
 * given as clean is kept exactly, but for unpaired surrogates, which become U+FFFD.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleCleaner {

  private final HtmlArticleExtractor htmlExtractor;
  private final HtmlMetadataExtractor htmlMetadata;
  private final TextCleaner textCleaner;

  public ArticleCleaner(
      HtmlArticleExtractor htmlExtractor,
      HtmlMetadataExtractor htmlMetadata,
      TextCleaner textCleaner) {
    this.htmlExtractor = requireNonNull(htmlExtractor, "htmlExtractor is null");
    this.htmlMetadata = requireNonNull(htmlMetadata, "htmlMetadata is null");
    this.textCleaner = requireNonNull(textCleaner, "textCleaner is null");
  }

  /**
   * Cleans {@code raw}.
   *
   * @throws InputRejectedException when no article text is left
   */
  public Article clean(RawDocument raw) throws InputRejectedException {
    String text;
    ArticleMetadata found;
    List<String> warnings = new ArrayList<>(raw.warnings());
    switch (raw.kind()) {
      case HTML -> {
        URI url = raw.source().url().map(ArticleCleaner::uriOrNull).orElse(null);
        Document page = Jsoup.parse(raw.content(), url == null ? "" : url.toString());
        text = TextSanitizer.text(htmlExtractor.extract(page));
        found = htmlMetadata.extract(page, url);
      }
      case PLAIN_TEXT -> {
        CleanedText cleaned = textCleaner.clean(raw.content());
        text = TextSanitizer.text(cleaned.text());
        found = cleaned.metadata();
        warnings.addAll(cleaned.warnings());
      }
      case CLEAN_TEXT -> {
        text = TextSanitizer.wellFormed(raw.content());
        found = ArticleMetadata.EMPTY;
      }
      default -> throw new IllegalStateException("unknown kind " + raw.kind());
    }
    if (text.isBlank()) {
      throw InputRejectedException.bad(raw.name(), "no article text found");
    }
    ArticleMetadata metadata =
        TextSanitizer.metadata(
            raw.hintsWin() ? raw.hints().orElse(found) : found.orElse(raw.hints()));
    return Article.cleaned(ArticleIds.of(raw.source()), raw.source(), metadata, text, warnings);
  }

  private static @Nullable URI uriOrNull(String url) {
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
