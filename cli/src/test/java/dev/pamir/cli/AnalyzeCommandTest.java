package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pamir.testkit.PamirContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Runs analyze without the language models, which these tests do not need. */
  private int clean(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--analysis";
    all[args.length + 1] = "clean";
    return run(all);
  }

  @Test
  void help_describesInputsAndExitCodes() {
    assertThat(run("analyze", "--help")).isZero();
    assertThat(out.toString()).contains("INPUT").contains("--out").contains("Exit codes");
  }

  @Test
  void internalError_oneLineForTheUser_stackTraceOnlyWithVerbose() {
    for (boolean verbose : new boolean[] {false, true}) {
      StringWriter captured = new StringWriter();
      CommandLine cli = new CommandLine(new Main());
      cli.setErr(new PrintWriter(captured));
      CommandLine.ParseResult parsed =
          verbose
              ? cli.parseArgs("analyze", "a.txt", "--out", "o", "--verbose")
              : cli.parseArgs("analyze", "a.txt", "--out", "o");

      int code = Main.internalError(new IllegalStateException("boom"), cli, parsed);

      assertThat(code).isEqualTo(1);
      assertThat(captured.toString())
          .startsWith(
              "pamir: internal error (a bug; please report it):"
                  + " java.lang.IllegalStateException: boom");
      if (verbose) {
        assertThat(captured.toString()).contains("\tat ");
      } else {
        assertThat(captured.toString()).doesNotContain("\tat ").contains("--verbose");
      }
    }
  }

  @Test
  void pathWithNul_isRejectedByName_withoutAStackTrace() {
    int code = clean("analyze", "a\u0000b.txt", "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("rejected a\\u0000b.txt: not a valid path")
        .doesNotContain("\tat ");
  }

  @Test
  void noCommand_isUsageError() {
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void missingOut_isUsageErrorNamingTheOption() {
    assertThat(run("analyze", "x.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }

  @Test
  void zeroThreads_isUsageError() {
    assertThat(run("analyze", "x.txt", "--out", dir.toString(), "--threads", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--threads");
  }

  @Test
  void goodInputs_exitZero_andWriteContractOutput() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "Headline here\n\nThe body of the article.");
    Path b =
        Files.writeString(dir.resolve("b.html"), "<html><body><p>Body of b.</p></body></html>");
    Path outDir = dir.resolve("out");
    assertThat(clean("analyze", a.toString(), b.toString(), "--out", outDir.toString())).isZero();
    PamirContract.check(outDir);
    List<JsonNode> articles = PamirContract.read(outDir.resolve("articles.jsonl"));
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).get("source").get("file").asText()).endsWith("a.txt");
    assertThat(err.toString()).contains("2 articles written");
  }

  @Test
  void badInputs_exitOne_nameEachWithoutStackTrace_andWriteTheRest() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "A good article.");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("photo.html"), new byte[] {1, 0, 2, 0, 3, 0});
    Path outDir = dir.resolve("out");
    int code =
        clean(
            "analyze",
            good.toString(),
            empty.toString(),
            binary.toString(),
            dir.resolve("missing.txt").toString(),
            "--out",
            outDir.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("empty.txt: empty file")
        .contains("photo.html: binary content, not text")
        .contains("missing.txt: no such file or folder")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(PamirContract.read(outDir.resolve("articles.jsonl"))).hasSize(1);
  }

  @Test
  void progressAlways_drawsABarOnStderr_forMoreThanAHandfulOfInputs() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(folder.resolve(i + ".txt"), "Article " + i + ".");
    }
    int code =
        clean(
            "analyze",
            folder.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--progress",
            "always");
    assertThat(code).isZero();
    assertThat(err.toString()).contains("8/8").contains("[#");
  }

  @Test
  void progressNever_drawsNoBar() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("in"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(folder.resolve(i + ".txt"), "Article " + i + ".");
    }
    clean(
        "analyze",
        folder.toString(),
        "--out",
        dir.resolve("out").toString(),
        "--progress",
        "never");
    assertThat(err.toString()).doesNotContain("[#");
  }

  @Test
  void unknownAnalysisDepth_isUsageError() {
    assertThat(run("analyze", "x.txt", "--out", dir.toString(), "--analysis", "deep")).isEqualTo(2);
    assertThat(err.toString()).contains("--analysis");
  }
}
