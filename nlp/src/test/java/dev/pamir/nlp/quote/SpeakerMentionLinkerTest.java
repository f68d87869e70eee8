package dev.pamir.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Layer;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Speaker references becoming entity mentions, on hand-built token layers. */
class SpeakerMentionLinkerTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
  private static final SpeakerMentionLinker LINKER = new SpeakerMentionLinker();

  /** A text long enough for the spans the tests make up, with letters everywhere. */
  private static final String TEXT = "x".repeat(300);

  private static Entity person(String id, String name, List<String> roles, Span... mentions) {
    return new Entity(
        id, name, EntityType.PERSON, Optional.empty(), roles, List.of(), List.of(mentions));
  }

  /** The span of the {@code occurrence}-th (from 0) whole-word occurrence of {@code words}. */
  private static Span spanOf(String text, String words, int occurrence) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(words) + "\\b").matcher(text);
    for (int k = 0; k <= occurrence; k++) {
      if (!m.find()) {
        throw new IllegalArgumentException(
            words + " does not occur " + (occurrence + 1) + " times");
      }
    }
    return new Span(m.start(), m.end());
  }

  private static Article analyse(String text, Map<String, String> names, List<Entity> entities) {
    Article quoted = EXTRACTOR.apply(HandTokens.article(text, names, entities), CONTEXT);
    return LINKER.apply(quoted, CONTEXT);
  }

  private static Entity entity(Article article, String id) {
    return article.annotations().entities().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void stage_declaresThatItRefinesEntities() {
    assertThat(LINKER.name()).isEqualTo("speaker-mentions");
    assertThat(LINKER.requires())
        .containsExactlyInAnyOrder(Layer.TEXT, Layer.ENTITIES, Layer.QUOTES);
    assertThat(LINKER.produces()).containsExactly(Layer.ENTITIES);
  }

  @Test
  void apply_pronounAfterTheQuote_becomesAMentionOfTheSpeaker() {
    String text = "Shoigu arrived. \"We will help,\" he said.";
    Entity shoigu = person("E1", "Sergei Shoigu", List.of(), spanOf(text, "Shoigu", 0));
    Article out = analyse(text, Map.of("Shoigu", "PERSON"), List.of(shoigu));

    Quote quote = out.annotations().quotes().get(0);
    Span he = spanOf(text, "he", 0);
    assertThat(quote.speaker()).contains("E1");
    assertThat(quote.speakerSpan()).contains(he);
    assertThat(entity(out, "E1").mentions()).containsExactly(spanOf(text, "Shoigu", 0), he);
  }

  @Test
  void apply_roleDescription_becomesAMentionOfThePersonWithThatRole() {
    String text =
        "Anna Petrova opened the plant.\n\n\"Prices will rise in the winter,\" the minister said.";
    Entity petrova =
        person("E1", "Anna Petrova", List.of("Energy Minister"), spanOf(text, "Anna Petrova", 0));
    Article out = analyse(text, Map.of("Anna Petrova", "PERSON"), List.of(petrova));

    assertThat(out.annotations().quotes().get(0).speaker()).contains("E1");
    assertThat(entity(out, "E1").mentions())
        .containsExactly(spanOf(text, "Anna Petrova", 0), spanOf(text, "the minister", 0));
  }

  @Test
  void apply_descriptionNamingAPlace_addsItsHead() {
    String text =
        "Anna Petrova opened the plant.\n\n\"Prices will rise in the winter,\" the Kazan minister"
            + " said.";
    Entity petrova =
        person("E1", "Anna Petrova", List.of("Energy Minister"), spanOf(text, "Anna Petrova", 0));
    Entity kazan =
        new Entity(
            "E2",
            "Kazan",
            EntityType.LOCATION,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(spanOf(text, "Kazan", 0)));
    Article out = analyse(text, Map.of("Anna Petrova", "PERSON"), List.of(petrova, kazan));

    assertThat(entity(out, "E1").mentions())
        .containsExactly(spanOf(text, "Anna Petrova", 0), spanOf(text, "minister", 0));
    assertThat(entity(out, "E2").mentions()).containsExactly(spanOf(text, "Kazan", 0));
  }

  @Test
  void link_referenceInsideQuotationMarks_isNotAdded() {
    Entity a = person("E1", "A", List.of(), new Span(0, 5));
    Quote direct =
        new Quote(
            new Span(40, 50),
            true,
            Optional.of("E1"),
            Optional.of("A"),
            Optional.of(new Span(42, 44)));
    Quote reported =
        new Quote(
            new Span(60, 90),
            false,
            Optional.of("E1"),
            Optional.of("A"),
            Optional.of(new Span(80, 82)));

    List<Entity> linked = SpeakerMentionLinker.link(TEXT, List.of(a), List.of(direct, reported));

    // a reported clause may run over its own attribution ("X said she felt ..., she said")
    assertThat(linked.get(0).mentions()).containsExactly(new Span(0, 5), new Span(80, 82));
  }

  @Test
  void apply_speakerNamedByName_addsNothing() {
    String text = "\"We will help,\" Shoigu said.";
    Entity shoigu = person("E1", "Sergei Shoigu", List.of(), spanOf(text, "Shoigu", 0));
    Article out = analyse(text, Map.of("Shoigu", "PERSON"), List.of(shoigu));

    assertThat(out.annotations().quotes().get(0).speaker()).contains("E1");
    assertThat(entity(out, "E1").mentions()).containsExactly(spanOf(text, "Shoigu", 0));
  }

  @Test
  void apply_unresolvedPronoun_addsNothing() {
    String text = "\"We will help,\" he said.";
    Article out = analyse(text, Map.of(), List.of());

    assertThat(out.annotations().quotes().get(0).speaker()).isEmpty();
    assertThat(out.annotations().entities()).isEmpty();
  }

  @Test
  void link_spanOverlappingAnotherEntitysMention_isNotAdded() {
    Entity a = person("E1", "A", List.of(), new Span(0, 5));
    Entity b = person("E2", "B", List.of(), new Span(20, 30));
    Quote quote =
        new Quote(
            new Span(40, 50),
            true,
            Optional.of("E1"),
            Optional.of("A"),
            Optional.of(new Span(25, 27)));

    assertThat(SpeakerMentionLinker.link(TEXT, List.of(a, b), List.of(quote)))
        .containsExactly(a, b);
  }

  @Test
  void link_manyQuotes_keepsMentionsSortedAndDisjointAcrossEntities() {
    Entity a = person("E1", "A", List.of(), new Span(0, 5), new Span(100, 105));
    Entity b = person("E2", "B", List.of(), new Span(50, 55));
    List<Quote> quotes = new ArrayList<>();
    int[][] references = {
      {70, 72, 1}, {71, 74, 2}, {10, 12, 2}, {10, 12, 1}, {90, 93, 1}, {3, 6, 2}
    };
    for (int[] r : references) {
      quotes.add(
          new Quote(
              new Span(200, 210),
              true,
              Optional.of("E" + r[2]),
              Optional.of("x"),
              Optional.of(new Span(r[0], r[1]))));
    }

    List<Entity> linked = SpeakerMentionLinker.link(TEXT, List.of(a, b), quotes);

    List<Span> all = new ArrayList<>();
    for (Entity e : linked) {
      assertThat(e.mentions()).isSorted();
      all.addAll(e.mentions());
    }
    all.sort(null);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).end())
          .as("mentions %s and %s overlap", all.get(i - 1), all.get(i))
          .isLessThanOrEqualTo(all.get(i).start());
    }
    assertThat(linked.get(0).mentions())
        .containsExactly(new Span(0, 5), new Span(70, 72), new Span(90, 93), new Span(100, 105));
    assertThat(linked.get(1).mentions()).containsExactly(new Span(10, 12), new Span(50, 55));
  }

  /** Stands for CoreNLP and the entity builder: the hand-built layers with one entity. */
  private record HandLayers(String text) implements Stage {
    @Override
    public String name() {
      return "hand";
    }

    @Override
    public Set<Layer> requires() {
      return EnumSet.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
      return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS, Layer.ENTITIES);
    }

    @Override
    public Article apply(Article in, StageContext context) {
      Entity shoigu = person("E1", "Sergei Shoigu", List.of(), spanOf(text, "Shoigu", 0));
      return HandTokens.article(text, Map.of("Shoigu", "PERSON"), List.of(shoigu));
    }
  }

  @Test
  void pipeline_linkerAfterQuotes_isAcceptedAndRuns() {
    String text = "Shoigu arrived. \"We will help,\" he said.";
    Pipeline pipeline =
        Pipeline.builder().add(new HandLayers(text)).add(EXTRACTOR).add(LINKER).build();

    Article out =
        pipeline.apply(
            Article.cleaned(
                "hand", SourceRef.ofFile("hand.txt"), ArticleMetadata.EMPTY, text, List.of()),
            CONTEXT);

    assertThat(out.annotations().entities().get(0).mentions()).contains(spanOf(text, "he", 0));
  }

  @Test
  void pipeline_linkerBeforeQuotes_isRefused() {
    assertThatThrownBy(() -> Pipeline.builder().add(new HandLayers("Shoigu arrived.")).add(LINKER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QUOTES");
  }
}
