package dev.pamir.nlp.quote;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.pamir.model.Article;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random text with random quotation marks, on hand-built layers, through the invariants. */
class QuoteExtractorRandomTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);

  private static final String[] PIECES = {
    "\"",
    "“",
    "”",
    "«",
    "»",
    "‘",
    "’",
    "'",
    "„",
    ",",
    ".",
    ":",
    "-",
    "—",
    "\n",
    "\n\n",
    "said",
    "says",
    "added",
    "told",
    "according",
    "to",
    "that",
    "he",
    "she",
    "they",
    "it",
    "the",
    "minister",
    "head",
    "of",
    "Anna Petrova",
    "Petrova",
    "Ministry of Energy",
    "Nova",
    "Press",
    "prices",
    "will",
    "rise",
    "grid",
    "was",
    "stated",
    "by",
    "This",
    "believes",
    "who",
    "which",
    "Mr.",
    "😀",
    "ب",
    "don’t",
    "workers’",
    "\u00A0",
    "?",
    "!",
    "(",
    ")"
  };

  @Test
  void apply_randomTextAndMarks_keepsInvariants() {
    Random random = new Random(20240917);
    QuoteExtractor extractor = new QuoteExtractor();
    for (int round = 0; round < 2_000; round++) {
      StringBuilder s = new StringBuilder("Start");
      for (int i = random.nextInt(80); i > 0; i--) {
        s.append(random.nextInt(3) == 0 ? "" : " ").append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = s.toString().strip();
      Article in =
          HandTokens.article(
              text,
              Map.of(
                  "Anna Petrova",
                  "PERSON",
                  "Ministry of Energy",
                  "ORGANIZATION",
                  "Petrova",
                  "PERSON"));
      assertThatCode(() -> QuoteInvariants.check(extractor.apply(in, CONTEXT)))
          .as("round %d: %s", round, text)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void apply_noTokens_givesNoQuotes() {
    Article in = HandTokens.article("“”", Map.of());
    QuoteInvariants.check(new QuoteExtractor().apply(in, CONTEXT));
  }
}
