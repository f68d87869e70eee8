package dev.pamir.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Layer;
import dev.pamir.model.SourceRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PipelineTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);

  /** A hand-written stage with declared layers and a given behaviour. */
  private record FakeStage(
      String name, Set<Layer> requires, Set<Layer> produces, UnaryOperator<Article> behaviour)
      implements Stage {
    @Override
    public Article apply(Article in, StageContext context) {
      return behaviour.apply(in);
    }
  }

  private static Article article() {
    return Article.cleaned(
        "a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, "Text.", List.of());
  }

  private static final FakeStage LANGUAGE =
      new FakeStage(
          "language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), a -> a.withLanguage("en"));

  @Test
  void add_requirementNoEarlierStageProduces_isRefusedNamingStageAndLayer() {
    FakeStage needsLanguage =
        new FakeStage("tokens", Set.of(Layer.LANGUAGE), Set.of(), UnaryOperator.identity());
    assertThatThrownBy(() -> Pipeline.builder().add(needsLanguage))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tokens")
        .hasMessageContaining("LANGUAGE");
  }

  @Test
  void add_stageRefiningALayerAnEarlierStageProduced_isAcceptedAndRuns() {
    FakeStage refine =
        new FakeStage(
            "refine", Set.of(Layer.LANGUAGE), Set.of(Layer.LANGUAGE), a -> a.withLanguage("de"));
    Pipeline pipeline = Pipeline.builder().add(LANGUAGE).add(refine).build();

    Article out = pipeline.apply(article(), CONTEXT);

    assertThat(out.language()).contains("de");
  }

  @Test
  void add_requirementProducedEarlier_isAccepted() {
    FakeStage needsLanguage =
        new FakeStage("tokens", Set.of(Layer.LANGUAGE), Set.of(), UnaryOperator.identity());
    Pipeline pipeline = Pipeline.builder().add(LANGUAGE).add(needsLanguage).build();
    assertThat(pipeline.stages()).hasSize(2);
  }

  @Test
  void apply_runsStagesInOrder() {
    Article out = Pipeline.builder().add(LANGUAGE).build().apply(article(), CONTEXT);
    assertThat(out.language()).contains("en");
    assertThat(out.layers()).contains(Layer.LANGUAGE);
  }

  @Test
  void apply_stageAddsUndeclaredLayer_failsNamingTheStage() {
    FakeStage sneaky =
        new FakeStage("sneaky", Set.of(Layer.TEXT), Set.of(), a -> a.withLanguage("en"));
    Pipeline pipeline = Pipeline.builder().add(sneaky).build();
    assertThatThrownBy(() -> pipeline.apply(article(), CONTEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sneaky")
        .hasMessageContaining("LANGUAGE");
  }

  @Test
  void apply_stageOmitsDeclaredLayer_fails() {
    FakeStage lazy =
        new FakeStage("lazy", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), UnaryOperator.identity());
    Pipeline pipeline = Pipeline.builder().add(lazy).build();
    assertThatThrownBy(() -> pipeline.apply(article(), CONTEXT))
        .hasMessageContaining("lazy")
        .hasMessageContaining("did not add");
  }

  @Test
  void apply_stageChangesText_fails() {
    FakeStage rewriter =
        new FakeStage(
            "rewriter",
            Set.of(Layer.TEXT),
            Set.of(),
            a ->
                new Article(
                    a.id(),
                    a.source(),
                    a.metadata(),
                    Optional.empty(),
                    "Other.",
                    a.layers(),
                    a.warnings(),
                    a.annotations()));
    assertThatThrownBy(() -> Pipeline.builder().add(rewriter).build().apply(article(), CONTEXT))
        .hasMessageContaining("changed the article text");
  }

  @Test
  void limits_nonPositive_isRejectedNamingTheLimit() {
    assertThatThrownBy(() -> Limits.DEFAULTS.withMaxArticleBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxArticleBytes");
  }
}
