package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Annotations;
import dev.pamir.model.Article;
import dev.pamir.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;

/**
 * A StoreSink stores analysed articles in the knowledge base in batches, each batch one
 * transaction: a run killed halfway keeps the batches committed before, none of the one in hand,
 * and a re-run stores everything again without duplicates.
 *
 * <p>Articles are held without their tokens, sentences and recogniser mentions, which the store
 * does not keep. Not thread-safe: the batch analyzer calls a sink from one thread.
 */
public final class StoreSink implements ArticleSink {

  /** Articles stored in one transaction. */
  public static final int BATCH = 32;

  private final ArticleStore store;
  private final int batchSize;
  private final List<Article> batch = new ArrayList<>();
  private int stored;

  public StoreSink(ArticleStore store) {
    this(store, BATCH);
  }

  StoreSink(ArticleStore store, int batchSize) {
    this.store = requireNonNull(store, "store is null");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1 but was " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * Adds {@code article} to the batch, storing the batch when it is full.
   *
   * @throws dev.pamir.store.StoreException when the database fails
   */
  @Override
  public void accept(Article article) {
    batch.add(withoutRawLayers(article));
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  /** Stores what is left of the batch. Call once the run is over. */
  public void flush() {
    if (batch.isEmpty()) {
      return;
    }
    store.save(batch);
    stored += batch.size();
    batch.clear();
  }

  /** How many articles were stored so far. */
  public int stored() {
    return stored;
  }

  private static Article withoutRawLayers(Article article) {
    Annotations a = article.annotations();
    return new Article(
        article.id(),
        article.source(),
        article.metadata(),
        article.language(),
        article.text(),
        article.layers(),
        article.warnings(),
        new Annotations(
            List.of(),
            List.of(),
            List.of(),
            a.entities(),
            a.places(),
            a.times(),
            a.quotes(),
            a.events()));
  }
}
