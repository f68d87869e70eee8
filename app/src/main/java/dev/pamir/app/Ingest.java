package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.events.story.StoryBuilder;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.model.Article;
import dev.pamir.model.Story;
import dev.pamir.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Ingest analyses articles that a server is sent, URLs to fetch or articles as pamir JSON Lines
 * records, stores them and regroups the stories, as {@code analyze --db} does for files.
 *
 * <p>Only http(s) URLs are taken, never file paths; the fetcher the analyzer was built with decides
 * which hosts may be reached. One ingest runs at a time: the store's stories are rebuilt from one
 * consistent set of articles. Thread-safe; close it to stop the analyzer.
 */
public final class Ingest implements AutoCloseable {

  /** The most URLs and articles one ingest takes. */
  public static final int MAX_INPUTS = 100;

  private static final String POSTED = "posted articles";

  private final ArticleStore store;
  private final BatchAnalyzer analyzer;
  private final Supplier<StoryBuilder> stories;

  /** What one ingest stored: each article's id and the input it came from. */
  public record Stored(String id, String input) {}

  /** An input that was not stored, and why. */
  public record Rejected(String input, String reason) {}

  /** What one ingest did. */
  public record Outcome(List<Stored> stored, List<Rejected> rejected) {
    public Outcome {
      stored = List.copyOf(stored);
      rejected = List.copyOf(rejected);
    }
  }

  /**
   * An ingest into {@code store} with {@code analyzer}, grouping stories with a fresh builder from
   * {@code stories} each time.
   */
  public Ingest(ArticleStore store, BatchAnalyzer analyzer, Supplier<StoryBuilder> stories) {
    this.store = requireNonNull(store, "store is null");
    this.analyzer = requireNonNull(analyzer, "analyzer is null");
    this.stories = requireNonNull(stories, "stories is null");
  }

  /**
   * Fetches and analyses {@code urls}, analyses {@code records} (each one pamir JSON Lines record:
   * {@code id} and {@code text} or {@code html}, without line breaks), stores what succeeds and
   * regroups the stories.
   *
   * @throws IllegalArgumentException when there are no inputs or more than {@link #MAX_INPUTS}
   * @throws IOException when the posted records cannot be staged for reading
   */
  public synchronized Outcome ingest(List<String> urls, List<String> records) throws IOException {
    int count = urls.size() + records.size();
    if (count == 0) {
      throw new IllegalArgumentException("nothing to ingest: give urls or articles");
    }
    if (count > MAX_INPUTS) {
      throw new IllegalArgumentException(
          "at most " + MAX_INPUTS + " urls and articles at a time, not " + count);
    }
    List<Rejected> rejected = new ArrayList<>();
    List<String> inputs = new ArrayList<>();
    for (String url : urls) {
      Optional<String> refusal = notAWebUrl(url);
      if (refusal.isPresent()) {
        rejected.add(new Rejected(url, refusal.get()));
      } else {
        inputs.add(URI.create(url).toString());
      }
    }
    Path staging = Files.createTempDirectory("pamir-ingest-");
    try {
      String posted = null;
      if (!records.isEmpty()) {
        // A folder, not a file, is given to the analyzer: its members are named from the folder's
        // own name, so a posted record's id does not depend on where it was staged.
        Path folder = Files.createDirectory(staging.resolve("posted"));
        Path file = folder.resolve("articles.jsonl");
        StringBuilder lines = new StringBuilder();
        for (String record : records) {
          if (record.indexOf('\n') >= 0 || record.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an article record holds a line break");
          }
          lines.append(record).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        posted = folder.toString();
        inputs.add(posted);
      }
      List<Stored> stored = new ArrayList<>();
      if (!inputs.isEmpty()) {
        run(inputs, posted, stored, rejected);
      }
      return new Outcome(stored, rejected);
    } finally {
      try (Stream<Path> files = Files.walk(staging)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private void run(List<String> inputs, String posted, List<Stored> stored, List<Rejected> rejected)
      throws IOException {
    StoreSink sink = new StoreSink(store);
    StoryCollector grouped = new StoryCollector(stories.get());
    BatchListener listener =
        new BatchListener() {
          @Override
          public void rejected(InputRejectedException rejection) {
            rejected.add(new Rejected(named(rejection.input(), posted), rejection.reason()));
          }

          @Override
          public void warning(String input, String message) {}

          @Override
          public void progress(int done, int known) {}
        };
    analyzer.run(
        inputs,
        article -> {
          sink.accept(article);
          grouped.accept(article);
          stored.add(new Stored(article.id(), input(article, posted)));
        },
        listener);
    sink.flush();
    List<Story> all = grouped.finish(Optional.of(store));
    store.replaceStories(all);
  }

  private static String input(Article article, String posted) {
    if (article.source().recordId().isPresent()) {
      return POSTED + ": " + article.source().recordId().get();
    }
    return article.source().url().orElse(named(article.source().file().orElse(""), posted));
  }

  /** An input's name without the staging folder, which is the server's business. */
  private static String named(String input, String posted) {
    return posted != null && input.startsWith(posted)
        ? POSTED + input.substring(posted.length())
        : input;
  }

  /**
   * Why {@code url} is not an absolute http(s) URL, exactly as given (no space or control character
   * around it, which the analyzer would take for a file name), or empty when it is one.
   */
  static Optional<String> notAWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return Optional.of("only http and https URLs are fetched");
      }
      if (uri.getHost() == null) {
        return Optional.of("the URL has no host");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("not a URL: " + e.getReason());
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
