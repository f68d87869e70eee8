package dev.pamir.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamir.ingest.InputRejectedException;
import java.net.URI;
import java.util.Locale;

/**
 * Coverage-guided fuzzing of the feed parser with Jazzer: any bytes give a feed of at most the item
 * limit, whose links are absolute http(s) URLs and whose hints are single trimmed lines, or a
 * rejection naming the feed; no other exception escapes and no outside resource is read. Every
 * build runs the corpus in {@code FeedParserFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/fuzzing.md).
 */
class FeedParserFuzzTest {

  private static final URI FEED = URI.create("https://news.example.org/world/feed.xml");
  private static final int MAX_ITEMS = 20;

  private final FeedParser parser = new FeedParser(MAX_ITEMS);

  @FuzzTest(maxDuration = "2m")
  void parse(byte[] body) {
    Feed feed;
    try {
      feed = parser.parse(body, FEED);
    } catch (InputRejectedException e) {
      assertThat(e.input()).isEqualTo(FEED.toString());
      return;
    }
    assertThat(feed.items()).hasSizeLessThanOrEqualTo(MAX_ITEMS);
    assertThat(feed.warnings()).hasSizeLessThanOrEqualTo(51);
    for (FeedItem item : feed.items()) {
      URI link = item.link();
      assertThat(link.isAbsolute()).as("%s", link).isTrue();
      assertThat(link.getScheme().toLowerCase(Locale.ROOT)).isIn("http", "https");
      assertThat(link.getHost()).as("%s", link).isNotBlank();
      item.hints().title().ifPresent(t -> assertThat(t).isEqualTo(t.strip()).doesNotContain("\n"));
      for (String author : item.hints().authors()) {
        assertThat(author).isEqualTo(author.strip()).isNotEmpty().doesNotContain("\n");
      }
      item.hints().published().ifPresent(p -> assertThat(p.day().getYear()).isBetween(1000, 9999));
    }
  }
}
