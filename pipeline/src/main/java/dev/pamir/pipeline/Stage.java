package dev.pamir.pipeline;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import java.util.Set;

/**
 * A Stage is one analysis step: it reads the layers it {@link #requires()} and returns a new
 * article with the layers it {@link #produces()} added.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every worker thread. Models
 * a stage needs are loaded once, before the first article, and shared.
 */
public interface Stage {

  /** A short stable name for messages and timings, e.g. {@code "quotes"}. */
  String name();

  Set<Layer> requires();

  Set<Layer> produces();

  /**
   * Analyses one article.
   *
   * @return a new article carrying the produced layers; never {@code in} itself modified
   */
  Article apply(Article in, StageContext context);
}
