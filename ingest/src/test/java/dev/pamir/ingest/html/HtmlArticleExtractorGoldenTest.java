package dev.pamir.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: hand-written pages under {@code golden/} and the exact text the extractor must
 * return for each, in a file with the same name ending in {@code .txt}.
 */
class HtmlArticleExtractorGoldenTest {

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @ParameterizedTest
  @ValueSource(strings = {"harbour-ferry", "village-fete"})
  void extract_goldenPage_returnsGoldenText(String name) throws IOException {
    String html = resource(name + ".html");
    String expected = resource(name + ".txt").strip();

    assertThat(extractor.extract(Jsoup.parse(html, "https://example.org/" + name)))
        .isEqualTo(expected);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in =
        HtmlArticleExtractorGoldenTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("test resource golden/%s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
