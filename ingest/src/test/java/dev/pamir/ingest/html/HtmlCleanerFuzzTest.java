package dev.pamir.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamir.ingest.ArticleCleaner;
import dev.pamir.ingest.ContentKind;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.RawDocument;
import dev.pamir.ingest.meta.HtmlMetadataExtractor;
import dev.pamir.ingest.text.TextCleaner;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.testkit.ArticleInvariants;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Coverage-guided fuzzing of the HTML cleaner with Jazzer: the article extractor and the metadata
 * extractor on any page leave the page unchanged and give text without surrounding space, carriage
 * returns or runs of blank lines; the whole cleaner gives an article that keeps every invariant or
 * rejects the page by name. Every build runs the corpus in {@code HtmlCleanerFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class HtmlCleanerFuzzTest {

  private static final URI URL = URI.create("https://news.example.org/2021/05/19/story.html");

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
  private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
  private final ArticleCleaner cleaner = new ArticleCleaner(extractor, metadata, new TextCleaner());

  @FuzzTest(maxDuration = "2m")
  void clean(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    Document page = Jsoup.parse(html, URL.toString());
    String before = page.outerHtml();

    String text = extractor.extract(page);
    ArticleMetadata found = metadata.extract(page, URL);

    assertThat(page.outerHtml()).isEqualTo(before);
    assertThat(text).doesNotContain("\r").doesNotContain("\n\n\n").isEqualTo(text.strip());
    found.title().ifPresent(t -> assertThat(t).isEqualTo(t.strip()));
    found.published().ifPresent(p -> assertThat(p.day().getYear()).isBetween(1000, 9999));

    RawDocument raw =
        new RawDocument(
            SourceRef.ofUrl(URL.toString()),
            ContentKind.HTML,
            html,
            ArticleMetadata.EMPTY,
            false,
            List.of());
    try {
      Article article = cleaner.clean(raw);
      ArticleInvariants.check(article);
    } catch (InputRejectedException e) {
      assertThat(e.input()).isEqualTo(raw.name());
    }
  }
}
