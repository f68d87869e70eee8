package dev.pamir.web;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Article;
import dev.pamir.model.EntityType;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.store.ArticleQuery;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.EventQuery;
import dev.pamir.store.Paging;
import dev.pamir.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ApiServer is the knowledge base's REST API on an HTTP port, read-only GET endpoints under
 * {@code /api} with JSON in and out, and the web UI at {@code /} that browses them.
 *
 * <ul>
 *   <li>{@code /api/articles?q,from,to,limit,offset} and {@code /api/articles/{id}} (the article's
 *       pamir/1 JSON as {@code analyze} writes it)
 *   <li>{@code /api/events?type,country,actor,status,from,to,q,limit,offset}
 *   <li>{@code /api/stories?limit,offset} and {@code /api/stories/{id}} (with each article's
 *       report: its outlet, date and the story's events it tells, with their evidence)
 *   <li>{@code /api/entities?q,type,limit,offset} and {@code /api/entities/{id}}
 *   <li>{@code /api/search?q,limit,offset}: articles, quotes and event evidence
 *   <li>{@code /api/openapi.json}: an OpenAPI 3.1 description of all of it
 *   <li>{@code POST /api/ingest}: URLs and articles to analyse and store, only with the bearer
 *       token the server was started with (see {@link IngestEndpoint})
 * </ul>
 *
 * <p>Lists are {@code {"items": [...], "total": n}}. A bad or unknown parameter is a 400 that names
 * it; an unknown id a 404; a failure a 500 with a message and no stack trace.
 *
 * <p>Thread-safe; close it to stop it.
 */
public final class ApiServer implements AutoCloseable {

  private static final Set<String> PAGING = Set.of("limit", "offset");

  private final Javalin app;
  private final Optional<IngestEndpoint> ingest;

  private ApiServer(Javalin app, Optional<IngestEndpoint> ingest) {
    this.app = app;
    this.ingest = ingest;
  }

  /**
   * Starts serving {@code store} on {@code host} and {@code port} (0 for any free port).
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static ApiServer start(ArticleStore store, String host, int port) {
    return start(store, host, port, Optional.empty());
  }

  /**
   * Starts serving {@code store} on {@code host} and {@code port} (0 for any free port), with
   * {@code POST /api/ingest} open to requests that bear {@code ingest}'s token; without {@code
   * ingest} the server is read-only and that endpoint answers 401.
   *
   * @throws IllegalStateException when the port cannot be bound
   */
  public static ApiServer start(
      ArticleStore store, String host, int port, Optional<IngestEndpoint> ingest) {
    requireNonNull(store, "store is null");
    requireNonNull(host, "host is null");
    requireNonNull(ingest, "ingest is null");
    ApiJson json = new ApiJson();
    Routes routes = new Routes(store, json);
    WebAssets assets = WebAssets.load();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.defaultContentType = "application/json";
              config.http.maxRequestSize = IngestEndpoint.MAX_REQUEST_BYTES;
              config.routes.get("/api/articles", routes::articles);
              config.routes.get("/api/articles/{id}", routes::article);
              config.routes.get("/api/events", routes::events);
              config.routes.get("/api/stories", routes::stories);
              config.routes.get("/api/stories/{id}", routes::story);
              config.routes.get("/api/entities", routes::entities);
              config.routes.get("/api/entities/{id}", routes::entity);
              config.routes.get("/api/search", routes::search);
              config.routes.get("/api/openapi.json", ctx -> send(ctx, 200, OpenApi.document()));
              config.routes.post(
                  "/api/ingest",
                  ctx -> {
                    if (ingest.isEmpty()) {
                      ctx.header("WWW-Authenticate", "Bearer");
                      send(
                          ctx,
                          401,
                          json.error(
                              "this server is read-only: start it with PAMIR_API_TOKEN set to"
                                  + " accept ingest",
                              Optional.empty()));
                    } else {
                      ingest.get().handle(ctx, json);
                    }
                  });
              config.routes.get("/", ctx -> assets.send(ctx, "index.html"));
              config.routes.get(
                  "/ui/{file}",
                  ctx -> {
                    if (!assets.send(ctx, ctx.pathParam("file"))) {
                      send(ctx, 404, json.error("no such UI file", Optional.empty()));
                    }
                  });
              config.routes.before(ApiServer::securityHeaders);
              config.routes.exception(
                  BadParameterException.class,
                  (e, ctx) ->
                      send(ctx, 400, json.error(e.getMessage(), Optional.of(e.parameter()))));
              config.routes.exception(
                  StoreException.class,
                  (e, ctx) ->
                      send(
                          ctx,
                          503,
                          json.error("the knowledge base cannot be read", Optional.empty())));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> send(ctx, 500, json.error("internal error", Optional.empty())));
              config.routes.error(
                  404,
                  "*",
                  ctx -> {
                    String answered = ctx.result();
                    if (answered != null && answered.startsWith("{\"error\"")) {
                      return; // an endpoint's own 404: no such article, story or entity
                    }
                    send(ctx, 404, json.error("not found: " + ctx.path(), Optional.empty()));
                  });
            });
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot serve on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    return new ApiServer(app, ingest);
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** Stops serving, then stops the ingestion behind {@code POST /api/ingest}, if any. */
  @Override
  public void close() {
    app.stop();
    ingest.ifPresent(IngestEndpoint::close);
  }

  /**
   * Headers on every answer: the UI's scripts and styles come only from this server (no inline
   * script can run, whatever an article's text holds), nothing may frame it, and no response is
   * sniffed into another type.
   */
  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", WebAssets.CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  static void send(Context ctx, int status, String body) {
    ctx.status(status).contentType("application/json").result(body);
  }

  /** The endpoints. */
  private record Routes(ArticleStore store, ApiJson json) {

    void articles(Context ctx) {
      QueryParameters p = parameters(ctx, "q", "from", "to");
      ArticleQuery query = new ArticleQuery(p.text("q"), p.date("from"), p.date("to"), p.paging());
      checkRange(query.from(), query.to());
      send(ctx, 200, json.page(store.articles(query), ApiJson::articleSummary));
    }

    void article(Context ctx) {
      parameters(ctx);
      String id = ctx.pathParam("id");
      Optional<String> article = store.articleJson(id);
      if (article.isEmpty()) {
        send(ctx, 404, json.error("no article " + id, Optional.empty()));
      } else {
        send(ctx, 200, article.get());
      }
    }

    void events(Context ctx) {
      QueryParameters p = parameters(ctx, "type", "country", "actor", "status", "from", "to", "q");
      Optional<java.time.LocalDate> from = p.date("from");
      Optional<java.time.LocalDate> to = p.date("to");
      checkRange(from, to);
      EventQuery query =
          new EventQuery(
              p.choice("type", EventType.class),
              p.text("country"),
              p.text("actor"),
              p.choice("status", EventStatus.class),
              from,
              to,
              p.text("q"),
              p.paging());
      send(ctx, 200, json.page(store.events(query), ApiJson::articleEvent));
    }

    void stories(Context ctx) {
      QueryParameters p = parameters(ctx);
      send(ctx, 200, json.page(store.stories(p.paging()), ApiJson::story));
    }

    void story(Context ctx) {
      parameters(ctx);
      String id = ctx.pathParam("id");
      store
          .story(id)
          .ifPresentOrElse(
              s -> {
                List<Article> reports = new ArrayList<>();
                for (String article : s.articles()) {
                  store.article(article).ifPresent(reports::add);
                }
                send(ctx, 200, json.render(g -> ApiJson.storyWithReports(g, s, reports)));
              },
              () -> send(ctx, 404, json.error("no story " + id, Optional.empty())));
    }

    void entities(Context ctx) {
      QueryParameters p = parameters(ctx, "q", "type");
      send(
          ctx,
          200,
          json.page(
              store.entities(p.text("q"), p.choice("type", EntityType.class), p.paging()),
              ApiJson::entitySummary));
    }

    void entity(Context ctx) {
      parameters(ctx);
      String id = ctx.pathParam("id");
      store
          .entity(id)
          .ifPresentOrElse(
              e -> send(ctx, 200, json.render(g -> ApiJson.entity(g, e))),
              () -> send(ctx, 404, json.error("no entity " + id, Optional.empty())));
    }

    void search(Context ctx) {
      QueryParameters p = parameters(ctx, "q");
      String q = p.text("q").orElseThrow(() -> new BadParameterException("q", "q is required"));
      Paging paging = p.paging();
      send(ctx, 200, json.page(store.search(q, paging), ApiJson::searchHit));
    }

    private static QueryParameters parameters(Context ctx, String... names) {
      Set<String> known = new java.util.HashSet<>(PAGING);
      known.addAll(java.util.List.of(names));
      return new QueryParameters(ctx.queryParamMap(), known);
    }

    private static void checkRange(
        Optional<java.time.LocalDate> from, Optional<java.time.LocalDate> to) {
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw new BadParameterException("from", "from " + from.get() + " is after to " + to.get());
      }
    }
  }
}
