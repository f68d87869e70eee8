package dev.pamir.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: each {@code text/NAME.txt} cleans to the metadata and text in {@code
 * text/NAME.expected}, rendered one field a line, then {@code ---}, then the text.
 */
class TextCleanerGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"harbour-report", "council-statement", "plain-analysis"})
  void clean_goldenText_matchesExpected(String name) {
    CleanedText cleaned = new TextCleaner().clean(resource(name + ".txt"));

    assertThat(render(cleaned)).isEqualTo(resource(name + ".expected").strip());
  }

  static String render(CleanedText cleaned) {
    ArticleMetadata m = cleaned.metadata();
    return "title: "
        + m.title().orElse("-")
        + "\nauthors: "
        + m.authors()
        + "\noutlet: "
        + m.outlet().orElse("-")
        + "\npublished: "
        + m.published().map(PublicationDate::iso).orElse("-")
        + "\n---\n"
        + cleaned.text();
  }

  private static String resource(String name) {
    try (InputStream in = TextCleanerGoldenTest.class.getResourceAsStream("/text/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource text/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
