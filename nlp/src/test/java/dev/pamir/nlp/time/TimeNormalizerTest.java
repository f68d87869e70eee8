package dev.pamir.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Layer;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import dev.pamir.nlp.CoreNlpAnnotator;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import dev.pamir.testkit.ArticleInvariants;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The time stage on CoreNLP's real output; one CoreNLP pipeline serves the whole class. */
class TimeNormalizerTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static CoreNlpAnnotator annotator;
  private final TimeNormalizer normalizer = new TimeNormalizer();

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
  }

  private Article analyse(String text, Optional<LocalDate> published) {
    ArticleMetadata metadata =
        ArticleMetadata.EMPTY.withPublished(published.map(PublicationDate.Day::new));
    Article in = Article.cleaned("a", SourceRef.ofFile("a.txt"), metadata, text, List.of());
    return normalizer.apply(annotator.apply(in, CONTEXT), CONTEXT);
  }

  /** One line per time: {@code [start,end) "text" = value}. */
  private static String render(Article article) {
    return article.annotations().times().stream()
        .map(
            t ->
                t.span()
                    + " \""
                    + t.span().of(article.text())
                    + "\" = "
                    + t.value().map(TimeValue::iso).orElse("unresolved"))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void apply_goldenTexts_renderAsWritten() throws IOException {
    String golden;
    try (InputStream in = getClass().getResourceAsStream("times.golden")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (String block : golden.split("(?m)^%% ")) {
      if (block.isBlank()) {
        continue;
      }
      String header = block.substring(0, block.indexOf('\n'));
      String[] parts = block.substring(header.length() + 1).split("(?m)^>>>\n", 2);
      String text = parts[0].strip();
      Optional<LocalDate> published =
          header.equals("published none")
              ? Optional.empty()
              : Optional.of(LocalDate.parse(header.substring("published ".length())));
      expected.add(parts[1].strip());
      actual.add(render(analyse(text, published)));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void apply_sutimeLastMonday_isCorrectedToTheLatestMonday() {
    Article out = analyse("Last Monday it became known.", Optional.of(LocalDate.of(2021, 5, 19)));
    assertThat(render(out)).isEqualTo("[0,11) \"Last Monday\" = 2021-05-17");
  }

  @Test
  void apply_weekdayAndPartOfDay_areOneTimeReadWithTheTense() {
    // The recogniser tags "morning" on its own with the value of the coming Sunday.
    Article out =
        analyse(
            "The convoy reached the border on Sunday morning.",
            Optional.of(LocalDate.of(2002, 3, 4)));
    assertThat(render(out)).isEqualTo("[33,47) \"Sunday morning\" = 2002-03-03");
  }

  @Test
  void apply_fourDigitsBeforeATimeZone_areATimeOfDayNotAYear() {
    Article out =
        analyse(
            "The committee meets at 1430 est/1930 gmt on the bill, due in 2017, at 0845 hrs local."
                + " Sales in 2018 est. rose.",
            Optional.of(LocalDate.of(1987, 3, 3)));
    assertThat(render(out)).doesNotContain("1430").doesNotContain("1930").doesNotContain("0845");
    assertThat(render(out)).contains("\"2017\" = 2017").contains("\"2018\" = 2018");
  }

  @Test
  void apply_noDateAnywhere_leavesRelativeTimesEmptyAndNeverReadsTheClock() {
    Article out = analyse("The talks began last week and end on Friday.", Optional.empty());
    assertThat(out.annotations().times()).isNotEmpty().allMatch(t -> t.value().isEmpty());
  }

  @Test
  void apply_anchorFromText_prefersTheNearestDateBeforeTheExpression() {
    Article out =
        analyse(
            "On 10 March 2020 the plan was signed. Officials met yesterday. On 3 June 2021 more"
                + " came.",
            Optional.empty());
    assertThat(render(out)).contains("\"yesterday\" = 2020-03-09");
  }

  @Test
  void stage_declaresWhatItReadsAndWrites_andPipelineAcceptsIt() {
    assertThat(normalizer.requires())
        .isEqualTo(
            EnumSet.of(
                Layer.TEXT, Layer.METADATA, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS));
    assertThat(normalizer.produces()).isEqualTo(EnumSet.of(Layer.TIMES));
    Pipeline.builder().add(annotator).add(normalizer).build();
    Article in =
        Article.cleaned(
            "a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, "On May 8 we met.", List.of());
    Article middle = annotator.apply(in, CONTEXT);
    Article out = normalizer.apply(middle, CONTEXT);
    EnumSet<Layer> added = EnumSet.copyOf(out.layers());
    added.removeAll(middle.layers());
    assertThat(added).isEqualTo(normalizer.produces());
    assertThat(out.annotations().tokens()).isEqualTo(middle.annotations().tokens());
  }

  @Test
  void apply_randomText_keepsTheInvariantsAndNeverThrows() {
    Random random = new Random(20210519L);
    String[] pieces = {
      "April",
      "26",
      "-",
      "27",
      "–",
      "from",
      "to",
      "July 30",
      "2021",
      "1998-1999",
      "31/07/2021",
      "19.05.2021",
      "5/19/2021",
      "Monday",
      "last",
      "next",
      "this",
      "year",
      "week",
      "ago",
      "the",
      "1990s",
      "fall",
      "of",
      "quarter",
      "first",
      "yesterday",
      "will",
      "met",
      ",",
      ".",
      "\n\n",
      "\u0627\u0644\u064a\u0648\u0645",
      "\uD83D\uDE00",
      "99/99/9999",
      "0.0.0000",
      "May",
      "between",
      "and",
      "9999-9999",
      "nineteen ninety-",
      "six",
      "2021-02-29",
      "Feb 29",
      "'80s"
    };
    for (int round = 0; round < 30; round++) {
      StringBuilder text = new StringBuilder("Start");
      int length = 5 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(4) == 0 ? "" : " ")
            .append(pieces[random.nextInt(pieces.length)]);
      }
      Optional<LocalDate> published =
          random.nextBoolean()
              ? Optional.of(LocalDate.of(1990 + random.nextInt(40), 1 + random.nextInt(12), 28))
              : Optional.empty();
      text.append(" end");
      Article out = analyse(text.toString().replaceAll("\\s*\n\\s*\n\\s*", "\n\n"), published);
      ArticleInvariants.check(out);
      int previousEnd = 0;
      for (TimeExpression time : out.annotations().times()) {
        assertThat(time.span().start()).as(text.toString()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(time.span().length()).isPositive();
        assertThat(time.span().fitsIn(out.text().length())).isTrue();
        previousEnd = time.span().end();
      }
    }
  }
}
