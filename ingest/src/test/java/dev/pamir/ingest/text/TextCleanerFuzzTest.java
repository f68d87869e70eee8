package dev.pamir.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamir.model.Article;
import dev.pamir.model.SourceRef;
import dev.pamir.testkit.ArticleInvariants;

/**
 * Coverage-guided fuzzing of the plain-text cleaner with Jazzer: any string, including lone
 * surrogates and control characters, gives text and metadata that keep the article invariants.
 * Every build runs the corpus in {@code TextCleanerFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes
 * (docs/fuzzing.md).
 */
class TextCleanerFuzzTest {

  private final TextCleaner cleaner = new TextCleaner();

  @FuzzTest(maxDuration = "2m")
  void clean(FuzzedDataProvider data) {
    String raw = data.consumeRemainingAsString();

    CleanedText cleaned = cleaner.clean(raw);

    Article article =
        Article.cleaned(
            "fuzz",
            SourceRef.ofFile("fuzz.txt"),
            cleaned.metadata(),
            cleaned.text(),
            cleaned.warnings());
    ArticleInvariants.check(article);
    for (String line : cleaned.text().split("\n", -1)) {
      assertThat(line).isEqualTo(line.strip());
    }
  }
}
