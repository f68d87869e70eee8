package dev.pamir.cli;

import dev.pamir.app.Analysis;
import dev.pamir.pipeline.Limits;
import dev.pamir.spark.SparkJob;
import dev.pamir.spark.SparkRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pamir spark INPUT... --out DIR [--master URL]}. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles on Apache Spark and writes DIR/articles.jsonl and DIR/stories.jsonl"
          + " (pamir/1, the same as pamir analyze writes), with Parquet tables in DIR/parquet.",
      "INPUT is a file (text, HTML, JSON Lines or a WARC archive, any of them .gz) or a folder,"
          + " local or on any Hadoop file system (hdfs://, s3a://, ...); DIR likewise.",
      "Runs in this process on local[cores] unless --master or spark-submit names a cluster.",
      "Exit codes: 0 every input analysed, 1 some inputs rejected (each named on stderr),"
          + " 2 bad usage."
    })
final class SparkCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders.")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master: local[2], spark://host:7077, yarn, ... (default: local[cores]).")
  @Nullable String master;

  @Option(
      names = "--analysis",
      paramLabel = "DEPTH",
      description = "full (default), language or clean, as for pamir analyze.")
  Analysis analysis = Analysis.FULL;

  @Option(
      names = "--parquet",
      negatable = true,
      description = "Also write Parquet tables of articles, events and stories (default: on).")
  boolean parquet = true;

  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "Also load the results into a knowledge base (a SQLite file or a PostgreSQL URL), from"
              + " the driver.")
  @Nullable String db;

  @CommandLine.Mixin LimitOptions limitOptions = new LimitOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!SparkRunner.sparkPresent()) {
      err.println(
          "pamir: Spark is not on the class path; run ./pamir spark, or spark-submit with"
              + " Pamir's jars (see the README)");
      return Main.FAILURE;
    }
    Limits limits;
    try {
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    SparkJob.Listener listener =
        new SparkJob.Listener() {
          @Override
          public void rejected(String message) {
            err.println("rejected " + message);
          }

          @Override
          public void warning(String input, String message) {
            err.println("warning " + input + ": " + message);
          }

          @Override
          public void phase(String message) {
            err.println("pamir: " + message);
            err.flush();
          }
        };
    SparkJob.Summary summary;
    try {
      summary =
          SparkRunner.run(
              new SparkJob.Options(inputs, out, analysis, limits, parquet, db, Clock.systemUTC()),
              Optional.ofNullable(master),
              listener);
    } catch (IOException e) {
      err.println("pamir: cannot write to " + out + ": " + e.getMessage());
      return Main.FAILURE;
    } catch (RuntimeException e) {
      err.println("pamir: the Spark job failed: " + e);
      return Main.FAILURE;
    }
    err.printf(
        "%d article%s and %d stor%s written to %s%s%n",
        summary.articles(),
        summary.articles() == 1 ? "" : "s",
        summary.stories(),
        summary.stories() == 1 ? "y" : "ies",
        out,
        summary.rejected() == 0 ? "" : "; " + summary.rejected() + " input(s) rejected");
    return summary.allAccepted() ? 0 : Main.FAILURE;
  }
}
