package dev.pamir.cli;

import dev.pamir.app.Export;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.EventQuery;
import dev.pamir.store.Paging;
import dev.pamir.store.StoreException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pamir export --db PATH|URL --format csv|geojson|jsonl [filters] [--out FILE]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports a knowledge base: events as CSV (GDELT-like columns plus evidence and status),"
          + " events with a place as GeoJSON, or articles as pamir/1 JSON Lines (those with a"
          + " selected event when filters are given).",
      "Exit codes: 0 written, 1 the database or the output could not be opened, 2 bad usage."
    })
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "PATH|URL",
      description = KnowledgeBases.DESCRIPTION)
  String db;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, geojson or jsonl.")
  Export.Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "File to write (replaced whole at the end); standard output when absent.")
  @Nullable Path out;

  @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER event type.")
  @Nullable EventType type;

  @Option(names = "--country", paramLabel = "ISO3", description = "A country the event involves.")
  @Nullable String country;

  @Option(names = "--actor", paramLabel = "NAME", description = "A source or target actor.")
  @Nullable String actor;

  @Option(names = "--status", paramLabel = "STATUS", description = "reported, claimed, ...")
  @Nullable String status;

  @Option(names = "--from", paramLabel = "DAY", description = "Events dated on or after DAY.")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DAY", description = "Events dated on or before DAY.")
  @Nullable LocalDate to;

  @Option(names = "--q", paramLabel = "WORDS", description = "Words the evidence holds.")
  @Nullable String text;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    EventQuery query;
    try {
      query =
          new EventQuery(
              Optional.ofNullable(type),
              Optional.ofNullable(country),
              Optional.ofNullable(actor),
              Optional.ofNullable(status).map(ExportCommand::status),
              Optional.ofNullable(from),
              Optional.ofNullable(to),
              Optional.ofNullable(text),
              Paging.FIRST);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    boolean file = !db.contains("://") && !db.startsWith("jdbc:");
    if (file && !Files.isRegularFile(Path.of(db))) {
      cli.getErr().println("pamir: " + db + ": no knowledge base there (analyze --db makes one)");
      return Main.FAILURE;
    }
    Optional<ArticleStore> opened = KnowledgeBases.open(cli, db);
    if (opened.isEmpty()) {
      return Main.FAILURE;
    }
    try (ArticleStore store = opened.get()) {
      Export export = new Export(store);
      if (out == null) {
        java.io.PrintWriter stdout = cli.getOut();
        long n = write(export, query, stdout);
        if (stdout.checkError()) {
          cli.getErr().println("pamir: standard output was closed before the export ended");
          return Main.FAILURE;
        }
        cli.getErr().println("pamir: exported " + n + " " + what());
        return 0;
      }
      Path target = out.toAbsolutePath();
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      long n;
      boolean moved = false;
      try {
        try (Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8))) {
          n = write(export, query, w);
        } catch (IOException e) {
          cli.getErr().println("pamir: cannot write " + out + ": " + e.getMessage());
          return Main.FAILURE;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        moved = true;
      } finally {
        if (!moved) {
          Files.deleteIfExists(partial);
        }
      }
      cli.getErr().println("pamir: exported " + n + " " + what() + " to " + out);
      return 0;
    } catch (StoreException e) {
      cli.getErr().println("pamir: " + e.getMessage());
      return Main.FAILURE;
    }
  }

  private long write(Export export, EventQuery query, Writer w) throws IOException {
    return switch (format) {
      case CSV -> export.csv(query, w);
      case GEOJSON -> export.geoJson(query, w);
      case JSONL -> export.jsonLines(query, w);
    };
  }

  private String what() {
    return format == Export.Format.JSONL ? "articles" : "events";
  }

  private static EventStatus status(String label) {
    for (EventStatus s : EventStatus.values()) {
      if (s.label().equalsIgnoreCase(label.strip()) || s.name().equalsIgnoreCase(label.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "--status must be one of reported, claimed, planned, historical, recurring, denied but was "
            + label);
  }
}
