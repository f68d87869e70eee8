package dev.pamir.cli;

import dev.pamir.app.Analysis;
import dev.pamir.app.AnalyzeOptions;
import dev.pamir.app.Composition;
import dev.pamir.app.Ingest;
import dev.pamir.ingest.http.AddressPolicy;
import dev.pamir.pipeline.Limits;
import dev.pamir.store.ArticleStore;
import dev.pamir.web.ApiServer;
import dev.pamir.web.IngestEndpoint;
import dev.pamir.web.Ingestion;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pamir serve --db PATH|URL [--port 7070]}: the knowledge base's web UI and REST API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the knowledge base until stopped (Ctrl-C): the web UI at /, and the REST API"
          + " under /api (articles, events, stories, entities and full-text search, as JSON;"
          + " described at /api/openapi.json).",
      "Exit codes: 0 stopped, 1 the database or the port could not be opened, 2 bad usage."
    })
final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "PATH|URL",
      description = KnowledgeBases.DESCRIPTION)
  String db;

  @CommandLine.Mixin ListenOptions listen = new ListenOptions();

  @Option(
      names = "--allow-private-fetch",
      description =
          "Let POST /api/ingest fetch URLs on loopback, private, link-local and metadata"
              + " addresses (refused by default, on every redirect too).")
  boolean allowPrivateFetch;

  @Override
  public Integer call() throws InterruptedException {
    listen.check(spec.commandLine());
    String token = System.getenv(TOKEN_VARIABLE);
    Function<ArticleStore, Optional<IngestEndpoint>> ingest = store -> Optional.empty();
    if (token != null && !token.isBlank()) {
      if (token.strip().length() < 16) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), TOKEN_VARIABLE + " must be at least 16 characters long");
      }
      AddressPolicy addresses = allowPrivateFetch ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY;
      PrintWriter err = spec.commandLine().getErr();
      ingest = store -> Optional.of(ingestEndpoint(err, store, token, addresses));
    }
    return serve(spec.commandLine(), db, listen.host, listen.port, "/", ingest);
  }

  /** The environment variable that holds the token ingest requests must bear. */
  static final String TOKEN_VARIABLE = "PAMIR_API_TOKEN";

  /**
   * The ingest endpoint: full analysis into {@code store}, fetching only what {@code addresses}
   * allows.
   */
  static IngestEndpoint ingestEndpoint(
      PrintWriter err, ArticleStore store, String token, AddressPolicy addresses) {
    err.println("pamir: loading the language models for POST /api/ingest");
    err.flush();
    AnalyzeOptions options =
        new AnalyzeOptions(Limits.DEFAULTS, 2, Clock.systemUTC(), Analysis.FULL);
    Ingest ingest =
        new Ingest(
            store,
            Composition.analyzer(options, addresses),
            Composition.storyBuilders(Analysis.FULL));
    return new IngestEndpoint(
        token,
        new Ingestion() {
          @Override
          public Outcome ingest(List<String> urls, List<String> records) throws IOException {
            Ingest.Outcome done = ingest.ingest(urls, records);
            return new Outcome(
                done.stored().stream().map(a -> new Stored(a.id(), a.input())).toList(),
                done.rejected().stream().map(r -> new Rejected(r.input(), r.reason())).toList());
          }

          @Override
          public void close() {
            ingest.close();
          }
        });
  }

  /**
   * Opens the knowledge base {@code db} and serves it until the process is stopped; tells on stderr
   * where, ending the URL with {@code path}.
   *
   * @return 1 when the database or the port cannot be opened; 0 once stopped
   */
  static int serve(
      CommandLine cli,
      String db,
      String host,
      int port,
      String path,
      Function<ArticleStore, Optional<IngestEndpoint>> ingest)
      throws InterruptedException {
    PrintWriter err = cli.getErr();
    Optional<ArticleStore> opened = KnowledgeBases.open(cli, db);
    if (opened.isEmpty()) {
      return Main.FAILURE;
    }
    ArticleStore store = opened.get();
    Optional<IngestEndpoint> endpoint = ingest.apply(store);
    ApiServer server;
    try {
      server = ApiServer.start(store, host, port, endpoint);
    } catch (IllegalStateException e) {
      endpoint.ifPresent(IngestEndpoint::close);
      store.close();
      err.println("pamir: " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                  stopped.countDown();
                },
                "pamir-serve-stop"));
    err.println(
        "serving "
            + store.location().display()
            + " on http://"
            + host
            + ":"
            + server.port()
            + path
            + (endpoint.isPresent() ? "; POST /api/ingest takes the token" : "; read-only")
            + " (Ctrl-C stops)");
    err.flush();
    stopped.await();
    return 0;
  }
}
