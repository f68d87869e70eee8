package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.ingest.html.HtmlArticleExtractor;
import dev.pamir.ingest.meta.HtmlMetadataExtractor;
import dev.pamir.ingest.text.TextCleaner;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.testkit.ArticleInvariants;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and hostile input through the whole cleaner, for every content kind: either a named
 * rejection or an article that keeps every invariant. Seeded, so a failure repeats.
 */
class ArticleCleanerFuzzTest {

  private static final String[] PIECES = {
    "<p>",
    "</p>",
    "<div class=\"content\">",
    "</div>",
    "<br>",
    "<script>x()</script>",
    "<!--c-->",
    "<h1>",
    "</h1>",
    "<a href='u'>",
    "</a>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "\u0000",
    "\r\n",
    "\n\n\n",
    "\t",
    "   ",
    "Subscribe",
    "Moscow",
    "«",
    "»",
    "“",
    "”",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "مرحبا",
    "שלום",
    "Тәжікстан",
    "\u200F",
    "\u202E",
    "...",
    "…",
    "|",
    "**",
    "## ",
    "[a](http://b)",
    "19.05.2021 09:26",
    "(Moscow time)",
    "By ",
    "Written for ",
    " by **X**",
    "Views: 12",
    "The army said on Monday that two people were killed.",
    "<table><tr><td>",
    "</td></tr></table>",
    "<html><head><title>T</title><meta property=\"og:title\" content=\"O\"></head><body>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{}]}</script>",
  };

  private final ArticleCleaner cleaner =
      new ArticleCleaner(
          new HtmlArticleExtractor(), new HtmlMetadataExtractor(), new TextCleaner());

  static Stream<Arguments> seeds() {
    return Stream.of(ContentKind.values())
        .flatMap(kind -> Stream.of(1L, 2L, 3L, 4L, 5L).map(seed -> Arguments.of(kind, seed)));
  }

  private static String randomContent(Random random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(400);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(5) == 0) {
        s.append((char) random.nextInt(0x3000));
      } else {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void clean_randomInput_rejectsByNameOrKeepsInvariants(ContentKind kind, long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      String content = randomContent(random);
      RawDocument raw =
          new RawDocument(
              SourceRef.ofFile("fuzz-" + seed + "-" + round),
              kind,
              content,
              ArticleMetadata.EMPTY,
              false,
              List.of());
      try {
        Article article = cleaner.clean(raw);
        if (kind == ContentKind.CLEAN_TEXT) {
          assertThat(article.text()).isEqualTo(TextSanitizer.wellFormed(content));
          assertThat(article.text()).hasSameSizeAs(content);
        } else {
          ArticleInvariants.check(article);
        }
      } catch (InputRejectedException e) {
        assertThat(e.input()).isEqualTo(raw.name());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void clean_deeplyNestedHtml_doesNotOverflow(ContentKind kind, long seed) {
    if (kind != ContentKind.HTML || seed > 1) {
      return;
    }
    String deep = "<div>".repeat(100_000) + "<p>Deep text.</p>" + "</div>".repeat(100_000);
    RawDocument raw =
        new RawDocument(
            SourceRef.ofFile("deep.html"), kind, deep, ArticleMetadata.EMPTY, false, List.of());
    try {
      ArticleInvariants.check(cleaner.clean(raw));
    } catch (InputRejectedException e) {
      assertThat(e.input()).isEqualTo("deep.html");
    }
  }
}
