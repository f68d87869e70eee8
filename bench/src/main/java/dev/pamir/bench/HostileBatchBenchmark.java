package dev.pamir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.cli.Main;
import dev.pamir.testkit.HostileBatch;
import dev.pamir.testkit.LoopbackHttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The HostileBatchBenchmark runs {@code pamir analyze} with the default limits and full analysis on
 * the {@link HostileBatch} (binary data, undeclared Latin-1 and Windows-1252, a 60 MB file, a 30 MB
 * JSON Lines field, gzip bombs, HTML nested 300,000 deep, malformed JSON Lines, XXE and
 * billion-laughs feeds, a redirect loop, and servers that hang, trickle and stream without end), in
 * this process, and prints the wall time, the peak resident set size ({@code VmHWM} of {@code
 * /proc/self/status}), and whether every bad input was named with its reason and every good one
 * written in order. The target: under 120 s and 4 GB, every bad input named.
 *
 * <p>Usage: {@code HostileBatchBenchmark [--threads N] [--analysis full|clean] [--keep DIR]}. The
 * batch is written to a temporary folder, removed at the end unless {@code --keep} names one.
 */
public final class HostileBatchBenchmark {

  private static final double MAX_SECONDS = 120;
  private static final double MAX_RSS_GB = 4;

  private HostileBatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    String analysis = "full";
    Path keep = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--analysis" -> analysis = args[++i];
        case "--keep" -> keep = Path.of(args[++i]);
        default -> {
          System.err.println(
              "usage: HostileBatchBenchmark [--threads N] [--analysis full|clean] [--keep DIR]");
          System.exit(2);
        }
      }
    }
    Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("hostile");
    boolean pass;
    try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
      HostileBatch batch = HostileBatch.write(dir.resolve("batch"), server);
      Path out = dir.resolve("out");
      List<String> command = new ArrayList<>(List.of("analyze"));
      command.addAll(batch.arguments());
      command.addAll(
          List.of(
              "--out",
              out.toString(),
              "--threads",
              String.valueOf(threads),
              "--analysis",
              analysis));
      System.out.printf(
          "hostile batch: %d arguments, %d bad inputs, %d good articles; %s analysis, %d threads,"
              + " default limits%n",
          batch.arguments().size(),
          batch.rejections().size(),
          batch.articles().size(),
          analysis,
          threads);

      StringWriter err = new StringWriter();
      long start = System.nanoTime();
      int code =
          Main.run(
              command.toArray(String[]::new),
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true));
      double seconds = (System.nanoTime() - start) / 1e9;
      long peakKb = peakRssKb();

      String stderr = err.toString();
      List<String> lines = stderr.lines().toList();
      List<String> unnamed = new ArrayList<>();
      for (HostileBatch.Rejection rejection : batch.rejections()) {
        boolean named =
            lines.stream()
                .anyMatch(
                    l ->
                        l.startsWith("rejected " + rejection.input() + ": ")
                            && l.contains(rejection.reason()));
        if (!named) {
          unnamed.add(rejection.input() + " (" + rejection.reason() + ")");
        }
      }
      List<String> missing =
          missingArticles(
              out.resolve("articles.jsonl"),
              batch.articles().stream().map(HostileBatch.Written::phrase).toList());
      boolean traces = stderr.contains("\tat ") || stderr.contains("Exception");

      System.out.println(stderr.strip());
      System.out.printf("exit code: %d (expected 1)%n", code);
      System.out.printf(
          "bad inputs named with their reason: %d of %d%s%n",
          batch.rejections().size() - unnamed.size(),
          batch.rejections().size(),
          unnamed.isEmpty() ? "" : "; not named: " + unnamed);
      System.out.printf(
          "good articles written in order: %d of %d%s%n",
          batch.articles().size() - missing.size(),
          batch.articles().size(),
          missing.isEmpty() ? "" : "; missing: " + missing);
      System.out.printf("stack traces on stderr: %s%n", traces ? "yes" : "none");
      System.out.printf("wall time: %.1f s (target under %.0f s)%n", seconds, MAX_SECONDS);
      System.out.printf(
          "peak RSS (VmHWM, this JVM): %.2f GB (target under %.0f GB)%n",
          peakKb / 1024.0 / 1024.0, MAX_RSS_GB);
      pass =
          code == 1
              && unnamed.isEmpty()
              && missing.isEmpty()
              && !traces
              && seconds < MAX_SECONDS
              && peakKb < MAX_RSS_GB * 1024 * 1024;
      System.out.println(pass ? "PASS" : "FAIL");
    } finally {
      if (keep == null) {
        delete(dir);
      }
    }
    System.exit(pass ? 0 : 1);
  }

  /** The expected phrases that the written articles, in order, do not hold. */
  private static List<String> missingArticles(Path file, List<String> expected) throws IOException {
    List<String> texts = new ArrayList<>();
    if (Files.exists(file)) {
      ObjectMapper mapper = new ObjectMapper();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        JsonNode article = mapper.readTree(line);
        texts.add(article.path("text").asText());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      if (i >= texts.size() || !texts.get(i).contains(expected.get(i))) {
        missing.add(expected.get(i));
      }
    }
    if (texts.size() > expected.size()) {
      missing.add((texts.size() - expected.size()) + " unexpected article(s)");
    }
    return missing;
  }

  /** The peak resident set size of this process in KB, from Linux's /proc; -1 elsewhere. */
  private static long peakRssKb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
