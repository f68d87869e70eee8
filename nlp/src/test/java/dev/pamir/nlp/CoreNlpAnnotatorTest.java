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
  void apply_headlineWithoutFullStop_endsAtItsLineBreak() {
    String text =
        "Ferry captain detained after harbour collision\n"
            + "Portland ferry captain Martin Okafor was detained on Thursday.\n"
            + "He was freed on bail that evening.";
    Article out = annotate(text, null);
    checkLayer(out);
    assertThat(out.annotations().sentences())
        .extracting(s -> s.span().of(text))
        .containsExactly(
            "Ferry captain detained after harbour collision",
            "Portland ferry captain Martin Okafor was detained on Thursday.",
            "He was freed on bail that evening.");
  }

  @Test
  void apply_textWrappedAtTheMargin_keepsSentencesAcrossLines() {
    String text =
        "Steady rain fell for most of the week on\n"
            + "the northern wheat belt, easing the dry spell that began in\n"
            + "February, the growers' cooperative Agrovale said in a bulletin.\n"
            + "The late rain means sowing will start\n"
            + "later than usual.";
    Article out = annotate(text, null);
    checkLayer(out);
    assertThat(out.annotations().sentences()).hasSize(2);
  }

  @Test
  void hardWrapped_tellsLinesBrokenAtTheMarginFromLinesThatAreParagraphs() {
    assertThat(CoreNlpAnnotator.hardWrapped("Rain fell in\nthe valley.\nIt stopped.")).isTrue();
    assertThat(CoreNlpAnnotator.hardWrapped("Headline\nFirst line.\nSecond line.")).isFalse();
    assertThat(CoreNlpAnnotator.hardWrapped("Headline\n\nBody\nmore")).isTrue();
    assertThat(CoreNlpAnnotator.hardWrapped("Headline\n\nbody text.")).isFalse();
    assertThat(CoreNlpAnnotator.hardWrapped("")).isFalse();
    // One run-on line among many headings, captions and datelines does not make text wrapped.
    assertThat(
            CoreNlpAnnotator.hardWrapped(
                "Title\nBy Author\n29.04.2021\nViews: 4243\nTags, Policy\nMay 2024\nMenu\nthe end"))
        .isFalse();
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

  /** Time expressions of many kinds, each beside sentences that hold none. */
  private static final String TIMES =
      String.join(
          "\n\n",
          "The talks in Geneva ended on Monday. Delegates from both sides shook hands.",
          "Exercises will be held from July 30 to August 10 near the border, officials said.",
          "The minister visited Dushanbe last week and will return next month.",
          "Troops arrived on 31/07/2021 and stayed until mid-September of that year.",
          "The base was built in 1998-1999. It houses about 7,000 soldiers.",
          "The drills lasted three days and ended at dawn on Sunday.",
          "Talks resumed this morning after a pause of two hours, a spokesman said.",
          "Prices rose 5 percent in the fourth quarter, the bank said in its annual report.",
          "The ceasefire took hold shortly before Christmas and lasted until Easter.",
          "Earlier, the rebels had seized the town; they were driven out a decade ago.",
          "Relations between the two neighbours have never been warm.",
          "In the 1990s and early 2000s the group operated from the mountains.",
          "He said the deal may be signed in May, or perhaps in the fall.",
          "The Kremlin has recently increased its presence, according to analysts.",
          "Tonight the council meets again; it met yesterday and the day before.",
          "A spokesman declined to comment on the reports.",
          "The treaty, signed on 14 March 2021 at 10:30 a.m., runs for 25 years.");

  @Test
  void apply_readsTimesOnlyWhereCuesAre_andTagsExactlyAsReadingEverySentence() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    texts.add(TIMES);
    java.nio.file.Path seeds = java.nio.file.Path.of("../../shared/corpus/seeds");
    if (java.nio.file.Files.isDirectory(seeds)) {
      try (var files = java.nio.file.Files.list(seeds)) {
        for (java.nio.file.Path f : files.sorted().toList()) {
          texts.add(java.nio.file.Files.readString(f));
        }
      }
    }
    ArticleMetadata meta =
        ArticleMetadata.EMPTY.withPublished(
            Optional.of(new PublicationDate.Day(LocalDate.of(2021, 5, 19))));
    int screened = 0;
    for (String text : texts) {
      Article in = Article.cleaned("a", SourceRef.ofFile("a.txt"), meta, text, List.of());
      Article fast = annotator.apply(in, CONTEXT);
      Article reference = annotator.applyReadingEverySentence(in, CONTEXT);
      assertThat(fast.annotations().tokens()).isEqualTo(reference.annotations().tokens());
      assertThat(fast.annotations().namedMentions())
          .isEqualTo(reference.annotations().namedMentions());
      for (Sentence sentence : fast.annotations().sentences()) {
        List<String> words =
            fast.annotations().tokens().subList(sentence.firstToken(), sentence.endToken()).stream()
                .map(Token::word)
                .toList();
        if (words.stream().noneMatch(TimeCues::isCue)) {
          screened++;
        }
      }
    }
    // The time tags really come from SUTime, and screening really skips sentences.
    Article times =
        annotator.apply(
            Article.cleaned("t", SourceRef.ofFile("t.txt"), meta, TIMES, List.of()), CONTEXT);
    assertThat(times.annotations().namedMentions())
        .filteredOn(m -> m.label().equals("DATE"))
        .extracting(m -> m.normalized().orElse(""))
        .contains("2021-03-14T10:30", "2020-12-25");
    assertThat(screened).isGreaterThanOrEqualTo(4);
  }

  @Test
  void timeCues_knowDigitsAbbreviationsAndWords_butNotEveryWord() {
    assertThat(TimeCues.isCue("2021")).isTrue();
    assertThat(TimeCues.isCue("Sept.")).isTrue();
    assertThat(TimeCues.isCue("Yesterday")).isTrue();
    assertThat(TimeCues.isCue("weekend")).isTrue();
    assertThat(TimeCues.isCue("Kremlin")).isFalse();
    assertThat(TimeCues.isCue("said")).isFalse();
  }
}
