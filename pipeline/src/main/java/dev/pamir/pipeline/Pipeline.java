package dev.pamir.pipeline;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Pipeline runs stages in order over an article. It is checked when built: every layer a stage
 * requires must be produced by an earlier stage or be present on every cleaned article.
 *
 * <p>Immutable and thread-safe when its stages are.
 */
public final class Pipeline {

  /** The layers every cleaned article has before the first stage. */
  public static final Set<Layer> INITIAL_LAYERS = EnumSet.of(Layer.TEXT, Layer.METADATA);

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage over {@code article}.
   *
   * @throws IllegalStateException when a stage adds a layer it did not declare, or does not add one
   *     it did: that is a bug in the stage
   */
  public Article apply(Article article, StageContext context) {
    Article current = article;
    for (Stage stage : stages) {
      Article next = requireNonNull(stage.apply(current, context), stage.name() + " returned null");
      checkLayers(stage, current, next);
      current = next;
    }
    return current;
  }

  private static void checkLayers(Stage stage, Article before, Article after) {
    if (!after.text().equals(before.text())) {
      throw new IllegalStateException("stage " + stage.name() + " changed the article text");
    }
    EnumSet<Layer> added = EnumSet.noneOf(Layer.class);
    added.addAll(after.layers());
    added.removeAll(before.layers());
    added.removeAll(stage.produces());
    if (!added.isEmpty()) {
      throw new IllegalStateException(
          "stage " + stage.name() + " added layers it does not declare: " + added);
    }
    if (!after.layers().containsAll(stage.produces())) {
      EnumSet<Layer> missing = EnumSet.copyOf(stage.produces());
      missing.removeAll(after.layers());
      throw new IllegalStateException(
          "stage " + stage.name() + " did not add layers it declares: " + missing);
    }
  }

  /** Collects stages and checks their order. Not thread-safe; the pipeline it builds is. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();
    private final EnumSet<Layer> available = EnumSet.copyOf(INITIAL_LAYERS);

    private Builder() {}

    /**
     * Adds a stage after the ones already added.
     *
     * @throws IllegalArgumentException naming the stage and the missing layers when no earlier
     *     stage produces what it requires
     */
    public Builder add(Stage stage) {
      requireNonNull(stage, "stage is null");
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage " + stage.name() + " requires " + missing + " but no earlier stage produces it");
      }
      stages.add(stage);
      available.addAll(stage.produces());
      return this;
    }

    public Pipeline build() {
      return new Pipeline(stages);
    }
  }
}
