package dev.pamir.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.model.Article;
import dev.pamir.pipeline.Limits;
import dev.pamir.testkit.ArticleInvariants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchAnalyzerTest {

  @TempDir Path dir;

  /** Records what the batch reports. */
  private static final class RecordingListener implements BatchListener {
    final List<String> rejected = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    int lastDone;
    int lastKnown;

    @Override
    public void rejected(InputRejectedException rejection) {
      rejected.add(rejection.getMessage());
    }

    @Override
    public void warning(String input, String message) {
      warnings.add(input + ": " + message);
    }

    @Override
    public void progress(int done, int known) {
      lastDone = done;
      lastKnown = known;
    }
  }

  private final RecordingListener listener = new RecordingListener();
  private final List<Article> written = new ArrayList<>();

  private BatchSummary run(int threads, String... arguments) throws Exception {
    AnalyzeOptions options =
        new AnalyzeOptions(
            Limits.DEFAULTS, threads, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Analysis.CLEAN);
    try (BatchAnalyzer analyzer = Composition.analyzer(options)) {
      return analyzer.run(List.of(arguments), written::add, listener);
    }
  }

  @Test
  void run_manyFilesOnManyThreads_writesInInputOrder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("many"));
    for (int i = 0; i < 60; i++) {
      Files.writeString(
          folder.resolve(String.format("%03d.txt", i)),
          "Article number " + i + " says something.\n\n" + "More text. ".repeat(i * 50));
    }
    BatchSummary summary = run(4, folder.toString());
    assertThat(summary).isEqualTo(new BatchSummary(60, 0));
    assertThat(written)
        .extracting(a -> a.source().file().orElseThrow())
        .containsExactlyElementsOf(
            IntStream.range(0, 60).mapToObj(i -> String.format("many/%03d.txt", i)).toList());
    written.forEach(ArticleInvariants::check);
    assertThat(listener.lastDone).isEqualTo(60);
    assertThat(listener.lastKnown).isEqualTo(60);
  }

  @Test
  void run_badInputsAmongGood_namesEachAndWritesTheRest() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "A real article.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path jsonl =
        Files.writeString(
            dir.resolve("mix.jsonl"),
            "{\"id\":\"1\",\"text\":\"First.\"}\n{broken\n{\"id\":\"3\",\"text\":\"Third.\"}\n");
    BatchSummary summary =
        run(
            2,
            good.toString(),
            dir.resolve("missing.txt").toString(),
            empty.toString(),
            jsonl.toString());
    assertThat(summary).isEqualTo(new BatchSummary(3, 3));
    assertThat(written)
        .extracting(Article::text)
        .containsExactly("A real article.", "First.", "Third.");
    assertThat(listener.rejected)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("missing.txt").contains("no such file"))
        .anySatisfy(m -> assertThat(m).contains("empty.txt").contains("empty file"))
        .anySatisfy(m -> assertThat(m).contains("mix.jsonl:2").contains("malformed JSON"));
  }

  @Test
  void run_sinkRefusesOneArticle_rejectsThatInputWithItsCause_andWritesTheRest() throws Exception {
    Path first = Files.writeString(dir.resolve("first.txt"), "First article.");
    Path refused = Files.writeString(dir.resolve("refused.txt"), "Refused article.");
    Path last = Files.writeString(dir.resolve("last.txt"), "Last article.");
    List<InputRejectedException> rejections = new ArrayList<>();
    BatchListener recording =
        new BatchListener() {
          @Override
          public void rejected(InputRejectedException rejection) {
            rejections.add(rejection);
          }

          @Override
          public void warning(String input, String message) {}

          @Override
          public void progress(int done, int known) {}
        };
    AnalyzeOptions options =
        new AnalyzeOptions(
            Limits.DEFAULTS, 2, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Analysis.CLEAN);
    BatchSummary summary;
    try (BatchAnalyzer analyzer = Composition.analyzer(options)) {
      summary =
          analyzer.run(
              List.of(first.toString(), refused.toString(), last.toString()),
              article -> {
                if (article.text().startsWith("Refused")) {
                  throw new IllegalArgumentException("cannot write " + article.id());
                }
                written.add(article);
              },
              recording);
    }
    assertThat(summary).isEqualTo(new BatchSummary(2, 1));
    assertThat(written)
        .extracting(Article::text)
        .containsExactly("First article.", "Last article.");
    assertThat(rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getMessage())
                  .startsWith(refused + ": internal error (a bug; please report it)");
              assertThat(r.getCause()).isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void run_sameInputTwice_givesSameIds() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Stable text.");
    run(1, file.toString());
    run(2, file.toString());
    assertThat(written).hasSize(2);
    assertThat(written.get(0).id()).isEqualTo(written.get(1).id());
  }

  @Test
  void run_jsonLinesText_isKeptExactly() throws Exception {
    Path jsonl =
        Files.writeString(
            dir.resolve("t.jsonl"),
            "{\"id\":\"x\",\"text\":\"Subscribe to our news.\\n\\nBody.\"}\n");
    run(1, jsonl.toString());
    assertThat(written)
        .singleElement()
        .extracting(Article::text)
        .isEqualTo("Subscribe to our news.\n\nBody.");
  }

  @Test
  void run_sameFileTwice_writesItOnceWithAWarning() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Once.");
    BatchSummary summary = run(2, file.toString(), file.toString());
    assertThat(summary.articles()).isEqualTo(1);
    assertThat(written).hasSize(1);
    assertThat(listener.warnings).singleElement().asString().contains("same input");
  }
}
