package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Coverage-guided fuzzing of the JSON Lines reader with Jazzer: any bytes give, line by line,
 * documents whose text is well-formed and whose names are the file's, or rejections naming the file
 * and line; only a whole file that is empty or binary is rejected at once, and nothing else
 * escapes. Every build runs the corpus in {@code JsonLinesReaderFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class JsonLinesReaderFuzzTest {

  private static final String FILE = "fuzz.jsonl";

  private final JsonLinesReader reader = new JsonLinesReader(64 * 1024);

  @FuzzTest(maxDuration = "2m")
  void read(byte[] bytes) {
    List<ReadOutcome> outcomes;
    try {
      outcomes = reader.read(bytes, FILE);
    } catch (InputRejectedException e) {
      assertThat(e.input()).isEqualTo(FILE);
      return;
    }
    for (ReadOutcome outcome : outcomes) {
      if (outcome instanceof ReadOutcome.Document d) {
        RawDocument document = d.document();
        assertThat(document.name()).startsWith(FILE + "#");
        assertThat(TextSanitizer.wellFormed(document.content())).isSameAs(document.content());
        assertThat(document.content()).isNotBlank();
        assertThat(document.kind()).isIn(ContentKind.CLEAN_TEXT, ContentKind.HTML);
        document.hints().title().ifPresent(t -> assertThat(t).isEqualTo(t.strip()));
        document
            .hints()
            .published()
            .ifPresent(p -> assertThat(p.day().getYear()).isBetween(1000, 9999));
      } else if (outcome instanceof ReadOutcome.Rejected r) {
        assertThat(r.reason().input()).startsWith(FILE);
        assertThat(r.reason().reason()).isNotBlank().doesNotContain("\n");
      } else {
        throw new AssertionError("a JSON Lines file expanded like a feed: " + outcome);
      }
    }
  }
}
