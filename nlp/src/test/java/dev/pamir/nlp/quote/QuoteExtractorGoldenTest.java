package dev.pamir.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.nlp.CoreNlpAnnotator;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractor behind the real tagger: short texts written for this test, their quotes compared
 * with a golden rendering, one quote a line: {@code [start,end) direct speaker="..." "text"}.
 */
class QuoteExtractorGoldenTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static CoreNlpAnnotator annotator;
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
  }

  private static Article analyse(String text) {
    Article in =
        Article.cleaned("g", SourceRef.ofFile("g.txt"), ArticleMetadata.EMPTY, text, List.of());
    return EXTRACTOR.apply(annotator.apply(in, CONTEXT), CONTEXT);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = QuoteExtractorGoldenTest.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"energy", "summit"})
  void apply_goldenText_matchesTheRendering(String name) throws IOException {
    Article out = analyse(resource(name + ".txt").strip());
    QuoteInvariants.check(out);
    List<String> expected = resource(name + ".quotes").strip().lines().toList();
    assertThat(HandTokens.render(out)).containsExactlyElementsOf(expected);
  }

  @Test
  void apply_randomNewsLikeText_keepsInvariants() {
    Random random = new Random(7);
    String[] pieces = {
      "\"",
      "“",
      "”",
      "‘",
      "’",
      "«",
      "»",
      ",",
      ".",
      ":",
      " - ",
      "\n\n",
      "said",
      "he",
      "she",
      "added",
      "according to",
      "that",
      "Almas Nurlanov",
      "Nurlanov",
      "the minister",
      "prices",
      "will",
      "rise",
      "Ministry of Energy",
      "notes",
      "Vlast.",
      "Kz",
      "😀",
      "ب"
    };
    for (int round = 0; round < 15; round++) {
      StringBuilder s = new StringBuilder("Start");
      for (int i = random.nextInt(120); i > 0; i--) {
        s.append(random.nextBoolean() ? " " : "").append(pieces[random.nextInt(pieces.length)]);
      }
      QuoteInvariants.check(analyse(s.toString().strip()));
    }
  }

  @Test
  void apply_noQuotationMarksNorReportedClause_givesNoQuotes() {
    assertThat(HandTokens.render(analyse("The plant opened on Tuesday."))).isEmpty();
  }
}
