package dev.pamir.cli;

import dev.pamir.app.Analysis;
import dev.pamir.app.AnalyzeOptions;
import dev.pamir.app.ArticleSink;
import dev.pamir.app.BatchAnalyzer;
import dev.pamir.app.BatchListener;
import dev.pamir.app.BatchSummary;
import dev.pamir.app.Composition;
import dev.pamir.app.StoreSink;
import dev.pamir.app.StoryCollector;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.json.OutputFolder;
import dev.pamir.json.PamirJson;
import dev.pamir.model.Story;
import dev.pamir.pipeline.Limits;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pamir analyze INPUT... --out DIR --db PATH|URL}. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles and writes DIR/articles.jsonl and DIR/stories.jsonl (pamir/1),"
          + " stores them in a knowledge base, or both.",
      "INPUT is a file (text, HTML, JSON Lines or a WARC archive, any of them .gz), a folder (read recursively),"
          + " a URL, or an RSS/Atom feed URL.",
      "Exit codes: 0 every input analysed, 1 some inputs rejected (each named on stderr),"
          + " 2 bad usage."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, URLs or feeds.")
  List<String> inputs;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
  @Nullable Path out;

  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "Knowledge base to store the articles in: a SQLite file (created when missing), or"
              + " postgresql://host:port/db?user=... (also jdbc:postgresql://...). An article"
              + " analysed again replaces the stored one.")
  @Nullable String db;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Mixin LimitOptions limitOptions = new LimitOptions();

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      description =
          "Progress bar on stderr: auto (on a terminal, more than 5 inputs), always, never.")
  Progress.When progress = Progress.When.auto;

  @Option(
      names = "--analysis",
      paramLabel = "DEPTH",
      description =
          "full (default): every layer, events and stories too; language: entities, places,"
              + " times and quotes without events; clean: clean text and metadata only, without"
              + " loading language models.")
  Analysis analysis = Analysis.FULL;

  @Option(names = "--verbose", description = "Print stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (out == null && db == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "say where the results go: --out DIR, --db PATH|URL, or both");
    }
    Limits limits;
    try {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1 but was " + threads);
      }
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    AnalyzeOptions options = new AnalyzeOptions(limits, threads, Clock.systemUTC(), analysis);
    Progress bar = new Progress(err, progress, inputs.size());
    BatchListener listener =
        new BatchListener() {
          @Override
          public void rejected(InputRejectedException rejection) {
            bar.clear();
            err.println("rejected " + rejection.getMessage());
            if (verbose && rejection.getCause() != null) {
              rejection.getCause().printStackTrace(err);
            }
          }

          @Override
          public void warning(String input, String message) {
            bar.clear();
            err.println("warning " + input + ": " + message);
          }

          @Override
          public void progress(int done, int known) {
            bar.update(done, known);
          }
        };
    @Nullable ArticleStore store = null;
    if (db != null) {
      try {
        store = Composition.store(db);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
      } catch (StoreException e) {
        err.println("pamir: " + e.getMessage());
        return 1;
      }
    }
    BatchSummary summary;
    try (BatchAnalyzer analyzer = Composition.analyzer(options);
        OutputFolder folder = out == null ? null : OutputFolder.open(out, new PamirJson())) {
      StoreSink stored = store == null ? null : new StoreSink(store);
      StoryCollector stories = new StoryCollector(Composition.storyBuilder(options.analysis()));
      ArticleSink sink =
          article -> {
            if (folder != null) {
              folder.write(article);
            }
            if (stored != null) {
              stored.accept(article);
            }
            stories.accept(article);
          };
      summary = analyzer.run(inputs, sink, listener);
      if (stored != null) {
        stored.flush();
      }
      List<Story> grouped = stories.finish(Optional.ofNullable(store));
      if (store != null) {
        store.replaceStories(grouped);
      }
      if (folder != null) {
        folder.commit(grouped);
      }
    } catch (IOException e) {
      bar.clear();
      err.println("pamir: cannot write to " + out + ": " + e.getMessage());
      return 1;
    } catch (StoreException e) {
      bar.clear();
      err.println("pamir: " + e.getMessage());
      return 1;
    } finally {
      if (store != null) {
        store.close();
      }
    }
    bar.finish();
    List<String> places = new ArrayList<>();
    if (out != null) {
      places.add("written to " + out);
    }
    if (store != null) {
      places.add("stored in " + store.location().display());
    }
    err.printf(
        "%d article%s %s%s%n",
        summary.articles(),
        summary.articles() == 1 ? "" : "s",
        String.join(" and ", places),
        summary.rejected() == 0 ? "" : "; " + summary.rejected() + " input(s) rejected");
    return summary.allAccepted() ? 0 : 1;
  }
}
