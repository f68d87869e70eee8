package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.events.story.PreparedArticle;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.model.Article;
import dev.pamir.model.Story;
import dev.pamir.store.ArticleStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A StoryCollector gathers a run's articles for the story builder and, at the end, groups their
 * events into stories together with those of the articles already in the knowledge base: a new
 * article joins the stories told before, and an article analysed again replaces its old self. Not
 * thread-safe: the batch analyzer calls a sink from one thread.
 */
public final class StoryCollector implements ArticleSink {

  private final StoryBuilder builder;
  private final List<PreparedArticle> prepared = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  public StoryCollector(StoryBuilder builder) {
    this.builder = requireNonNull(builder, "builder is null");
  }

  @Override
  public void accept(Article article) {
    if (ids.add(article.id())) {
      prepared.add(builder.prepare(article));
    }
  }

  /**
   * The stories of every article of the run and of the store's other articles, in the order the
   * store keeps them, then the run's in input order.
   */
  public List<Story> finish(Optional<ArticleStore> store) {
    store.ifPresent(
        s ->
            s.forEachArticle(
                article -> {
                  if (!ids.contains(article.id())) {
                    builder.add(article);
                  }
                }));
    prepared.forEach(builder::add);
    prepared.clear();
    return builder.stories();
  }
}
