package dev.pamir.bench;

import dev.pamir.app.Analysis;
import dev.pamir.pipeline.Limits;
import dev.pamir.spark.SparkJob;
import dev.pamir.spark.SparkRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spark {@code local[1]} against {@code local[2]}: the whole job (analysis, stories, pamir/1 JSON
 * Lines and Parquet) on the same articles, in one process, with the executor's models loaded before
 * any timing, as a long-running executor has them. Runs alternate between the masters so a slower
 * spell of the machine does not fall on one of them only.
 *
 * <p>Usage: {@code SparkScalingBenchmark DATA.jsonl [--limit N] [--rounds R] [--warm-up N]}. Needs
 * Spark on the class path and Java opened to it (see docs/benchmarks.md for the command).
 */
public final class SparkScalingBenchmark {

  private SparkScalingBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: SparkScalingBenchmark DATA.jsonl [--limit N] [--rounds R] [--warm-up N]");
      System.exit(2);
    }
    int limit = 200;
    int rounds = 2;
    int warmUp = 100;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("pamir-spark-scaling-");
    TimedSample sample = TimedSample.write(Path.of(args[0]), limit, warmUp, work);
    Path data = sample.timed();
    Path warmData = sample.warmUp();
    // One instant for every run, so the executor's models, keyed by the job's settings, are
    // loaded once and reused.
    Clock clock = Clock.fixed(Clock.systemUTC().instant(), ZoneOffset.UTC);
    System.out.printf(
        "%d articles from %s; %d cores; max heap %d MB%n",
        sample.timedCount(),
        args[0],
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_000_000);

    double loading = run(warmData, work.resolve("warm-1"), "local[2]", clock).seconds;
    System.out.printf(
        "models loaded and warmed on %d other articles in %.1f s%n", sample.warmUpCount(), loading);
    run(warmData, work.resolve("warm-2"), "local[1]", clock);

    System.out.println();
    System.out.println(
        "| round | master | articles | seconds | articles/s | cores busy | start and analysis s |"
            + " stories s | writing s | peak heap MB | peak RSS MB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    double one = 0;
    double two = 0;
    for (int round = 1; round <= rounds; round++) {
      for (String master : List.of("local[1]", "local[2]")) {
        Run r = run(data, work.resolve("out-" + round + "-" + master.charAt(6)), master, clock);
        System.out.printf(
            "| %d | %s | %d | %.1f | %.2f | %.2f | %.1f | %.1f | %.1f | %,d | %,d |%n",
            round,
            master,
            r.articles,
            r.seconds,
            r.articles / r.seconds,
            r.cpu / r.seconds,
            r.analysed,
            r.grouped - r.analysed,
            r.seconds - r.grouped,
            r.peakHeap / 1_000_000,
            r.peakRss / 1_000_000);
        if (master.equals("local[1]")) {
          one += r.seconds;
        } else {
          two += r.seconds;
        }
      }
    }
    System.out.printf("%nlocal[2] runs %.2f times as fast as local[1]%n", one / two);
  }

  /**
   * One job: its articles, its wall time, the CPU time of the process over it, when (seconds from
   * the start) the analysis and the stories were done, from the job's own progress messages, and
   * the peak heap and resident set of the process over it (driver and executor share it).
   */
  private record Run(
      long articles,
      double seconds,
      double cpu,
      double analysed,
      double grouped,
      long peakHeap,
      long peakRss) {}

  private static Run run(Path input, Path out, String master, Clock clock) throws IOException {
    SparkJob.Options options =
        new SparkJob.Options(
            List.of(input.toString()),
            out.toString(),
            Analysis.FULL,
            Limits.DEFAULTS,
            true,
            null,
            clock);
    List<String> problems = new ArrayList<>();
    long start = System.nanoTime();
    double[] marks = new double[2];
    SparkJob.Listener listener =
        new SparkJob.Listener() {
          @Override
          public void rejected(String message) {
            problems.add(message);
          }

          @Override
          public void warning(String name, String message) {}

          @Override
          public void phase(String message) {
            double at = (System.nanoTime() - start) / 1e9;
            if (message.contains(" analysed in ")) {
              marks[0] = at;
            } else if (message.contains(" block(s) after ")) {
              marks[1] = at;
            }
          }
        };
    System.gc();
    MemoryPeaks.reset();
    double cpuStart = TimedSample.processCpuSeconds();
    SparkJob.Summary summary = SparkRunner.run(options, Optional.of(master), listener);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!problems.isEmpty()) {
      System.err.println(problems.size() + " input(s) rejected, the first: " + problems.get(0));
    }
    // The phases are read off the job's progress messages: if their wording changes, say so
    // rather than print a table of zeros.
    if (marks[0] == 0 || marks[1] == 0) {
      throw new IllegalStateException(
          "the Spark job on "
              + master
              + " reported no "
              + (marks[0] == 0 ? "\"analysed in\"" : "\"block(s) after\"")
              + " phase; its progress messages changed");
    }
    return new Run(
        summary.articles(),
        seconds,
        TimedSample.processCpuSeconds() - cpuStart,
        marks[0],
        marks[1],
        MemoryPeaks.heap(),
        MemoryPeaks.rss());
  }
}
