package dev.pamir.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pamir demo}: analyses the demo corpus into a fresh embedded knowledge base and serves the
 * web UI on it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the demo corpus (five articles on Russia's military posture in Central Asia) into"
          + " a fresh SQLite knowledge base and serves the web UI on it until stopped (Ctrl-C).",
      "Exit codes: 0 stopped, 1 the corpus could not be analysed or the port opened, 2 bad usage."
    })
final class DemoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "Folder of articles to analyse (default: ${DEFAULT-VALUE}).")
  Path corpus = Path.of("..", "shared", "corpus", "seeds");

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "SQLite file to analyse into; it must not exist yet (default: a new file in a temporary"
              + " folder).")
  @Nullable Path db;

  @CommandLine.Mixin ListenOptions listen = new ListenOptions();

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: 2).")
  int threads = 2;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CommandLine cli = spec.commandLine();
    listen.check(cli);
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(
          cli, "--corpus: " + corpus + " is not a folder (give the demo corpus with --corpus DIR)");
    }
    Path database = db;
    if (database == null) {
      database = Files.createTempDirectory("pamir-demo-").resolve("demo.db");
    } else if (Files.exists(database)) {
      throw new CommandLine.ParameterException(
          cli, "--db: " + database + " exists already; the demo starts from a fresh database");
    }
    cli.getErr().println("pamir demo: analysing " + corpus + " into " + database);
    cli.getErr().flush();
    int analysed =
        Main.run(
            new String[] {
              "analyze", corpus.toString(), "--db", database.toString(), "--threads", "" + threads
            },
            cli.getOut(),
            cli.getErr());
    if (analysed == Main.USAGE || !Files.exists(database)) {
      cli.getErr().println("pamir demo: the corpus could not be analysed");
      return Main.FAILURE;
    }
    return ServeCommand.serve(
        cli,
        database.toString(),
        listen.host,
        listen.port,
        "/",
        store -> java.util.Optional.empty());
  }
}
