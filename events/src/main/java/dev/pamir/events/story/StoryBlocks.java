package dev.pamir.events.story;

import static java.util.Objects.requireNonNull;

import dev.pamir.events.story.StoryBuilder.BlockingKeys;
import dev.pamir.model.Article;
import dev.pamir.model.Event;
import dev.pamir.model.Story;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * StoryBlocks splits a corpus into blocks that can be grouped into stories independently — on
 * several machines — and still give the stories one {@link StoryBuilder} gives the whole corpus in
 * input order.
 *
 * <p>A blocking key ({@link StoryBuilder#blockingKeys(Article)}) that some article files links
 * every article that files or seeks it; a block is a set of articles linked through any chain of
 * keys. Events of different blocks never meet in a builder, so each block goes to a builder of its
 * own, in input order, and {@link #number(Collection)} numbers all blocks' stories in the order one
 * builder would have started them.
 */
public final class StoryBlocks {

  private StoryBlocks() {}

  /**
   * A story and where it started: the input position of the article whose event started it and that
   * event's place among the article's events.
   */
  public record Started(long article, int event, Story story) {
    public Started {
      requireNonNull(story, "story is null");
    }
  }

  /**
   * The block of each article, given the articles' keys in input order: for each position, the
   * smallest position in its block.
   */
  public static int[] blocks(List<BlockingKeys> keys) {
    Map<String, List<Integer>> members = new HashMap<>();
    Map<String, Boolean> filed = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      for (String key : keys.get(i).filed()) {
        members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        filed.put(key, true);
      }
      for (String key : keys.get(i).sought()) {
        if (!keys.get(i).filed().contains(key)) {
          members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
    }
    int[] parent = new int[keys.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    members.forEach(
        (key, positions) -> {
          if (filed.containsKey(key)) {
            for (int position : positions) {
              union(parent, positions.get(0), position);
            }
          }
        });
    for (int i = 0; i < parent.length; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra < rb) {
      parent[rb] = ra;
    } else if (rb < ra) {
      parent[ra] = rb;
    }
  }

  /**
   * Groups one block: adds its articles, in input order, to {@code builder} (a fresh one) and says
   * where each of its stories started.
   *
   * @param positions each article's input position, ascending
   */
  public static List<Started> build(
      StoryBuilder builder, List<Article> articles, long[] positions) {
    if (positions.length != articles.size()) {
      throw new IllegalArgumentException(
          positions.length + " positions for " + articles.size() + " articles");
    }
    Map<String, Long> position = new HashMap<>();
    Map<String, Map<String, Integer>> eventIndex = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      if (i > 0 && positions[i] <= positions[i - 1]) {
        throw new IllegalArgumentException("articles are not in input order at " + article.id());
      }
      position.put(article.id(), positions[i]);
      Map<String, Integer> events = new HashMap<>();
      List<Event> list = article.annotations().events();
      for (int e = 0; e < list.size(); e++) {
        events.put(list.get(e).id(), e);
      }
      eventIndex.put(article.id(), events);
      builder.add(article);
    }
    List<Started> started = new ArrayList<>();
    for (Story story : builder.stories()) {
      Story.EventRef first = story.events().get(0);
      started.add(
          new Started(
              position.get(first.article()),
              eventIndex.get(first.article()).get(first.event()),
              story));
    }
    return started;
  }

  /** Every block's stories, numbered {@code S1}, {@code S2}, ... in the order they started. */
  public static List<Story> number(Collection<Started> started) {
    List<Started> ordered = new ArrayList<>(started);
    ordered.sort(Comparator.comparingLong(Started::article).thenComparingInt(Started::event));
    List<Story> stories = new ArrayList<>(ordered.size());
    for (Started s : ordered) {
      Story story = s.story();
      stories.add(
          new Story(
              "S" + (stories.size() + 1),
              story.summary(),
              story.events(),
              story.articles(),
              story.conflicts()));
    }
    return stories;
  }
}
