package dev.pamir.bench;

import dev.pamir.events.embed.SentenceEncoder;
import dev.pamir.events.story.PreparedArticle;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.events.story.StorySettings;
import dev.pamir.model.Article;
import dev.pamir.model.Story;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The StoryBenchmark times story building alone, on one thread, at growing numbers of articles, and
 * prints articles, events, stories, seconds (wall and the thread's CPU time) and events per second
 * at each size, with how much the time grew for how much the input grew (a ratio near 1 is linear).
 * CPU time is the figure to compare on a shared machine: other work does not inflate it.
 *
 * <p>Input is either synthetic ({@link SyntheticNews}) or the events of a pamir/1 {@code
 * articles.jsonl}, whose first N articles make each size.
 *
 * <p>Usage: {@code StoryBenchmark [--synthetic | --articles FILE] [--sizes 1000,5000,17000] [--seed
 * S] [--days D] [--encoder]}. With {@code --encoder} evidence is compared by sentence embeddings;
 * embedding is timed apart ("prepare"), since the analysis can do it on its worker threads.
 */
public final class StoryBenchmark {

  private StoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path file = null;
    List<Integer> sizes = List.of(1000, 5000, 17000);
    long seed = 1;
    int days = 365;
    boolean encode = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--synthetic" -> file = null;
        case "--articles" -> file = Path.of(args[++i]);
        case "--sizes" -> {
          List<Integer> parsed = new ArrayList<>();
          for (String size : args[++i].split(",")) {
            parsed.add(Integer.parseInt(size.strip()));
          }
          sizes = parsed;
        }
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--days" -> days = Integer.parseInt(args[++i]);
        case "--encoder" -> encode = true;
        default -> {
          System.err.println(
              "usage: StoryBenchmark [--synthetic | --articles FILE] [--sizes 1000,5000,17000]"
                  + " [--seed S] [--days D] [--encoder]");
          System.exit(2);
        }
      }
    }
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Article> articles;
    if (file == null) {
      articles = new SyntheticNews(seed, days).articles(largest);
      System.out.printf(
          "synthetic articles (seed %d, %d days, about 200 states), one thread%n", seed, days);
    } else {
      PamirEventsReader reader = new PamirEventsReader();
      articles = reader.read(file, largest);
      System.out.printf(
          "%d articles from %s (%d malformed events skipped), one thread%n",
          articles.size(), file.getFileName(), reader.skippedEvents());
    }
    Optional<SentenceEncoder> encoder =
        encode ? Optional.of(SentenceEncoder.load()) : Optional.empty();
    System.out.println(encode ? "evidence: sentence embeddings" : "evidence: content words");

    // Warm up the JIT on a slice, then time each size from a fresh builder.
    run(articles.subList(0, Math.min(1000, articles.size())), encoder);

    System.out.printf(
        "%9s %9s %9s %10s %9s %9s %9s %10s %10s%n",
        "articles",
        "events",
        "stories",
        "prepare s",
        "add s",
        "total s",
        "cpu s",
        "events/s",
        "time/size");
    Result previous = null;
    for (int size : sizes) {
      Result result = run(articles.subList(0, Math.min(size, articles.size())), encoder);
      String growth =
          previous == null
              ? "-"
              : String.format(
                  "%.2f",
                  (result.cpuSeconds() / previous.cpuSeconds())
                      / ((double) result.events() / previous.events()));
      System.out.printf(
          "%9d %9d %9d %10.2f %9.2f %9.2f %9.2f %10.0f %10s%n",
          result.articles(),
          result.events(),
          result.stories(),
          result.prepareSeconds(),
          result.addSeconds(),
          result.seconds(),
          result.cpuSeconds(),
          result.events() / result.cpuSeconds(),
          growth);
      previous = result;
    }
    System.out.println(
        "prepare: evidence words (and vectors); add: joining, merging and rendering stories;"
            + " cpu: the building thread's CPU time, which a busy machine does not inflate;"
            + " events/s on CPU time; time/size: growth of CPU time over growth of events since the"
            + " row above");
  }

  private record Result(
      int articles,
      int events,
      int stories,
      double prepareSeconds,
      double addSeconds,
      double cpuSeconds) {
    double seconds() {
      return prepareSeconds + addSeconds;
    }
  }

  private static Result run(List<Article> articles, Optional<SentenceEncoder> encoder) {
    StoryBuilder builder = new StoryBuilder(StorySettings.DEFAULTS, encoder);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    List<PreparedArticle> prepared = new ArrayList<>(articles.size());
    for (Article article : articles) {
      prepared.add(builder.prepare(article));
    }
    long built = System.nanoTime();
    for (PreparedArticle article : prepared) {
      builder.add(article);
    }
    List<Story> stories = builder.stories();
    long end = System.nanoTime();
    long cpuEnd = threads.getCurrentThreadCpuTime();
    return new Result(
        articles.size(),
        builder.eventCount(),
        stories.size(),
        (built - start) / 1e9,
        (end - built) / 1e9,
        (cpuEnd - cpuStart) / 1e9);
  }
}
