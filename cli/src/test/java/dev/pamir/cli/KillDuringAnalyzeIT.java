package dev.pamir.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: {@code analyze --db} killed with SIGKILL at random moments, again and again. After
 * every kill the database opens and every article in it is whole; the last run, left to finish,
 * completes the batch with every article exactly once.
 */
class KillDuringAnalyzeIT {

  /** Enough that a run takes several seconds even on a fast, idle machine: 4,000 could finish. */
  private static final int ARTICLES = 12000;

  private static final int KILLS = 5;

  @Test
  void killedRuns_leaveNoPartialArticle_andTheNextRunCompletesTheBatch(@TempDir Path dir)
      throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < ARTICLES; i++) {
      String name = String.format("article-%05d.txt", i);
      String text =
          "Report number "
              + i
              + "\n\nThe council met in the capital on Monday and agreed on item "
              + i
              + ". Delegates from several countries attended the meeting.";
      Files.writeString(inputs.resolve(name), text, UTF_8);
      texts.put(name, text);
    }
    Path db = dir.resolve("kb.db");
    Random random = new Random(20261125L);
    int cutShort = 0;

    for (int kill = 0; kill < KILLS; kill++) {
      Process run = analyze(inputs, db, dir.resolve("log-" + kill + ".txt"));
      // Let it start, open the database and store some batches; then kill it without warning.
      Thread.sleep(1000 + random.nextInt(2000));
      run.destroyForcibly();
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

      try (ArticleStore store = ArticleStore.open(DatabaseLocation.parse(db.toString()))) {
        List<String> broken = new ArrayList<>();
        store.forEachArticle(
            article -> {
              String name = Path.of(article.source().file().orElse("?")).getFileName().toString();
              String want = texts.get(name);
              if (want == null || !whole(article, store)) {
                broken.add(name);
              }
            });
        assertThat(broken).as("articles left broken by kill " + kill).isEmpty();
        if (store.articleCount() < ARTICLES) {
          cutShort++;
        }
      }
    }

    // The test means something only if kills landed while the batch was being stored.
    assertThat(cutShort).as("kills that cut a run short").isPositive();
    Process last = analyze(inputs, db, dir.resolve("log-last.txt"));
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("log-last.txt"), UTF_8)).isZero();
    try (ArticleStore store = ArticleStore.open(DatabaseLocation.parse(db.toString()))) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      List<String> names = new ArrayList<>();
      store.forEachArticle(
          a -> names.add(Path.of(a.source().file().orElse("?")).getFileName().toString()));
      assertThat(names).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(texts.keySet());
    }
  }

  /** Whether the stored article reads back the same through both of the store's paths. */
  private static boolean whole(Article article, ArticleStore store) {
    return !article.text().isEmpty()
        && store.article(article.id()).map(a -> a.text().equals(article.text())).orElse(false)
        && store.articleJson(article.id()).map(j -> j.contains(article.id())).orElse(false);
  }

  private static Process analyze(Path inputs, Path db, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "dev.pamir.cli.Main",
            "analyze",
            inputs.toString(),
            "--db",
            db.toString(),
            "--analysis",
            "clean",
            "--progress",
            "never")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
