package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pamir.testkit.HostileBatch;
import dev.pamir.testkit.LoopbackHttpServer;
import dev.pamir.testkit.PamirContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on one batch of hostile inputs ({@link HostileBatch}) with good ones among
 * them, as a user runs it: every bad input is named on stderr with its reason, no stack trace
 * reaches the user, the good inputs are written in order and keep the contract, and the batch ends
 * in bounded time with exit code 1.
 */
class HostileBatchIT {

  /**
   * Far above what the batch needs with the short timeouts below; a hang fails instead of waiting.
   */
  private static final Duration GUARD = Duration.ofMinutes(3);

  @TempDir Path dir;

  @Test
  void hostileBatch_cleanAnalysis_namesEveryBadInput_andWritesEveryGoodOneInOrder()
      throws Exception {
    try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
      HostileBatch batch = HostileBatch.write(dir.resolve("batch"), server);
      Path out = dir.resolve("out");
      List<String> args = new ArrayList<>(List.of("analyze"));
      args.addAll(batch.arguments());
      args.addAll(
          List.of(
              "--out",
              out.toString(),
              "--analysis",
              "clean",
              "--threads",
              "2",
              "--connect-timeout",
              "2",
              "--fetch-timeout",
              "3"));
      StringWriter err = new StringWriter();
      int code =
          assertTimeoutPreemptively(
              GUARD,
              () ->
                  Main.run(
                      args.toArray(String[]::new),
                      new PrintWriter(new StringWriter()),
                      new PrintWriter(err)));
      String stderr = err.toString();

      assertThat(code).as(stderr).isEqualTo(1);
      List<String> lines = stderr.lines().toList();
      for (HostileBatch.Rejection rejection : batch.rejections()) {
        assertThat(lines)
            .as("stderr names %s with '%s':%n%s", rejection.input(), rejection.reason(), stderr)
            .anySatisfy(
                line ->
                    assertThat(line)
                        .startsWith("rejected " + rejection.input() + ": ")
                        .contains(rejection.reason()));
      }
      assertThat(lines.stream().filter(l -> l.startsWith("rejected ")))
          .as(stderr)
          .hasSize(batch.rejections().size());
      assertThat(stderr)
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain(HostileBatch.SECRET)
          .doesNotContain("root:x:0:0");

      PamirContract.check(out);
      List<JsonNode> articles = PamirContract.read(out.resolve("articles.jsonl"));
      assertThat(articles).extracting(a -> a.get("text").asText()).hasSize(batch.articles().size());
      for (int i = 0; i < articles.size(); i++) {
        assertThat(articles.get(i).get("text").asText())
            .as("article %d", i)
            .contains(batch.articles().get(i).phrase());
      }
      String written = Files.readString(out.resolve("articles.jsonl"), StandardCharsets.UTF_8);
      assertThat(written).doesNotContain(HostileBatch.SECRET).doesNotContain("root:x:0:0");
    }
  }

  /**
   * The inputs that survive cleaning (undeclared Latin-1 and Windows-1252, HTML nested 300,000
   * deep, JSON Lines records with a NUL and a lone surrogate) through the full language layers.
   */
  @Test
  void hostileBatch_survivorsOfCleaning_fullAnalysis_writesEveryArticle() throws Exception {
    try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
      HostileBatch batch = HostileBatch.write(dir.resolve("batch"), server);
      List<String> files = batch.articleFiles();
      List<String> expected =
          batch.articles().stream()
              .filter(a -> files.contains(a.argument()))
              .map(HostileBatch.Written::phrase)
              .toList();
      Path out = dir.resolve("out");
      List<String> args = new ArrayList<>(List.of("analyze"));
      args.addAll(files);
      args.addAll(List.of("--out", out.toString(), "--analysis", "full", "--threads", "2"));
      StringWriter err = new StringWriter();
      int code =
          assertTimeoutPreemptively(
              GUARD,
              () ->
                  Main.run(
                      args.toArray(String[]::new),
                      new PrintWriter(new StringWriter()),
                      new PrintWriter(err)));
      String stderr = err.toString();

      assertThat(code).as(stderr).isEqualTo(1);
      assertThat(stderr)
          .doesNotContain("internal error")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      PamirContract.check(out);
      List<JsonNode> articles = PamirContract.read(out.resolve("articles.jsonl"));
      assertThat(articles).hasSize(expected.size());
      for (int i = 0; i < articles.size(); i++) {
        assertThat(articles.get(i).get("text").asText()).contains(expected.get(i));
      }
      JsonNode latin1 = articles.get(1);
      assertThat(latin1.get("entities")).as("the language layers ran").isNotEmpty();
    }
  }
}
