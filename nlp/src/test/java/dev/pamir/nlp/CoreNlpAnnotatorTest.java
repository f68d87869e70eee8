package dev.pamir.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.NamedMention;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Sentence;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Token;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

  private static CoreNlpAnnotator annotator;
  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
  }

  private static Article annotate(String text, LocalDate published) {
    ArticleMetadata meta =
        ArticleMetadata.EMPTY.withPublished(
            Optional.ofNullable(published).map(PublicationDate.Day::new));
    Article in = Article.cleaned("a", SourceRef.ofFile("a.txt"), meta, text, List.of());
    return annotator.apply(in, CONTEXT);
  }

  private static List<String> mentions(Article article, String label) {
    return article.annotations().namedMentions().stream()
        .filter(m -> m.label().equals(label))
        .map(m -> m.span().of(article.text()))
        .toList();
  }

  /** The invariants of the token layer: ordered, in bounds, sentences cover their tokens. */
  private static void checkLayer(Article article) {
    String text = article.text();
    List<Token> tokens = article.annotations().tokens();
    int previousEnd = 0;
    for (Token token : tokens) {
      assertThat(token.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(token.span().fitsIn(text.length())).isTrue();
      previousEnd = token.span().end();
    }
    int next = 0;
    for (Sentence sentence : article.annotations().sentences()) {
      assertThat(sentence.firstToken()).isEqualTo(next);
      next = sentence.endToken();
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        Token t = tokens.get(i);
        assertThat(t.span().start()).isGreaterThanOrEqualTo(sentence.span().start());
        assertThat(t.span().end()).isLessThanOrEqualTo(sentence.span().end());
      }
    }
    assertThat(next).isEqualTo(tokens.size());
    for (NamedMention m : article.annotations().namedMentions()) {
      assertThat(m.span().fitsIn(text.length())).isTrue();
    }
  }

  @Test
  void apply_newsSentence_findsPeoplePlacesAndDates() {
    Article out =
        annotate(
            "Russian Defense Minister Sergei Shoigu visited Dushanbe on April 27. He met officials.",
            LocalDate.of(2021, 5, 19));
    checkLayer(out);
    assertThat(mentions(out, "PERSON")).contains("Sergei Shoigu");
    assertThat(mentions(out, "LOCATION")).contains("Dushanbe");
    assertThat(out.annotations().namedMentions())
        .anySatisfy(
            m -> {
              assertThat(m.label()).isEqualTo("DATE");
              assertThat(m.normalized()).contains("2021-04-27");
            });
    assertThat(out.annotations().sentences()).hasSize(2);
    assertThat(out.annotations().tokens().get(3).word()).isEqualTo("Sergei");
    assertThat(out.annotations().tokens().get(3).tag()).isEqualTo("NNP");
  }

  @Test
  void apply_astralAndRightToLeftText_keepsUtf16Offsets() {
    String text = "😀 Emomali Rahmon said ﴿يَا أَيُّهَا﴾ in Dushanbe.";
    Article out = annotate(text, null);
    checkLayer(out);
    assertThat(out.annotations().tokens())
        .anySatisfy(t -> assertThat(t.span().of(text)).isEqualTo("Dushanbe"));
  }

  @Test
  void apply_noSentences_givesEmptyLayersNotAnError() {
    Article out = annotate("...", null);
    checkLayer(out);
  }

  @Test
  void apply_wallOfOneWord_isBoundedAndSound() {
    Article out = annotate("word ".repeat(20_000).strip(), null);
    checkLayer(out);
    assertThat(out.annotations().tokens()).hasSize(20_000);
  }

  @Test
  void apply_randomText_keepsLayerInvariants() {
    Random random = new Random(11);
    String[] words = {
      "Moscow",
      "said",
      ".",
      "\n\n",
      "“",
      "”",
      "Tajikistan",
      "on",
      "Monday",
      "2021",
      "😀",
      "ب",
      "the",
      "-",
      "U.S.",
      "$",
      "40",
      "%",
      "Kurbanov",
      ",",
      "\u00A0",
      "’s"
    };
    for (int round = 0; round < 20; round++) {
      StringBuilder s = new StringBuilder("Start");
      for (int i = random.nextInt(200); i > 0; i--) {
        s.append(random.nextBoolean() ? " " : "").append(words[random.nextInt(words.length)]);
      }
      checkLayer(annotate(s.toString(), LocalDate.of(2020, 1, 1)));
    }
  }

  @Test
  void apply_textPastTheLimit_isAnnotatedUpToAParagraphBreak_withAWarning() {
    String first = "Shoigu visited Dushanbe and met officials there on Monday morning.";
    String text = first + "\n\n" + "More words here. ".repeat(100);
    Article in =
        Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, text, List.of());
    Article out =
        annotator.apply(
            in,
            new StageContext(
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                Limits.DEFAULTS.withMaxAnalyzedChars(100)));
    checkLayer(out);
    assertThat(out.text()).isEqualTo(text);
    assertThat(out.annotations().tokens().get(out.annotations().tokens().size() - 1).span().end())
        .isLessThanOrEqualTo(first.length());
    assertThat(out.warnings()).singleElement().asString().contains("first " + first.length());
  }

  @Test
  void analyzedLength_withoutBreaks_cutsAtASpace_andNeverSplitsASurrogatePair() {
    assertThat(CoreNlpAnnotator.analyzedLength("short", 10)).isEqualTo(5);
    assertThat(CoreNlpAnnotator.analyzedLength("aaaa bbbb cccc", 12)).isEqualTo(9);
    String astral = "x".repeat(9) + "\uD83D\uDE00" + "y".repeat(10);
    assertThat(CoreNlpAnnotator.analyzedLength(astral, 10)).isEqualTo(9);
  }
}
