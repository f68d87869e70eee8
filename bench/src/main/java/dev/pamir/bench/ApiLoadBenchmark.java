package dev.pamir.bench;

import dev.pamir.app.Composition;
import dev.pamir.model.Article;
import dev.pamir.model.EventType;
import dev.pamir.store.ArticleEvent;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.EventQuery;
import dev.pamir.store.Page;
import dev.pamir.store.Paging;
import dev.pamir.testkit.PostgresCluster;
import dev.pamir.web.ApiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ApiLoadBenchmark measures {@code GET /api/events} with filters on a knowledge base, over
 * loopback HTTP: a bounded load generator (a fixed number of client threads, each sending its next
 * request when the last is answered) runs for a fixed time and the benchmark prints the requests
 * per second held and the latency percentiles. In the same run it measures {@code
 * /api/openapi.json}, which touches no database, as the baseline of what the server and client cost
 * on their own.
 *
 * <p>With {@code --postgres} it copies the SQLite knowledge base into a throwaway PostgreSQL
 * cluster and measures that too.
 *
 * <p>Usage: {@code ApiLoadBenchmark --db KB.db [--seconds 60] [--clients 4] [--postgres]}.
 */
public final class ApiLoadBenchmark {

  private ApiLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db = null;
    int seconds = 60;
    int clients = 4;
    boolean postgres = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db" -> db = args[++i];
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--postgres" -> postgres = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (db == null) {
      System.err.println(
          "usage: ApiLoadBenchmark --db KB.db [--seconds 60] [--clients 4] [--postgres]");
      System.exit(2);
    }
    System.out.printf(
        "%d client threads, %d s per run, %d cores%n",
        clients, seconds, Runtime.getRuntime().availableProcessors());
    try (ArticleStore sqlite = Composition.store(db)) {
      measure("SQLite", sqlite, seconds, clients);
      if (postgres) {
        try (PostgresCluster cluster = PostgresCluster.start();
            ArticleStore pg = Composition.store(cluster.newDatabase())) {
          long start = System.nanoTime();
          copy(sqlite, pg);
          System.out.printf(
              "copied %d articles to PostgreSQL in %.0f s%n",
              pg.articleCount(), (System.nanoTime() - start) / 1e9);
          measure("PostgreSQL", pg, seconds, clients);
        }
      }
    }
  }

  private static void copy(ArticleStore from, ArticleStore to) {
    List<Article> batch = new ArrayList<>();
    from.forEachArticle(
        a -> {
          batch.add(a);
          if (batch.size() == 200) {
            to.save(List.copyOf(batch));
            batch.clear();
          }
        });
    if (!batch.isEmpty()) to.save(batch);
    to.replaceStories(from.loadStories());
  }

  private static void measure(String name, ArticleStore store, int seconds, int clients)
      throws Exception {
    long articles = store.articleCount();
    Page<ArticleEvent> all = store.events(EventQuery.ALL.withPaging(new Paging(500, 0)));
    List<String> queries = queries(all, new Random(7));
    System.out.printf(
        "%n%s: %,d articles, %,d events; %d distinct filtered queries, e.g. %s%n",
        name, articles, all.total(), queries.size(), queries.get(0));
    try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + server.port();
      run(base, List.of("/api/events?limit=50"), 5, clients); // warm-up
      Result events = run(base, queries, seconds, clients);
      Result baseline = run(base, List.of("/api/openapi.json"), Math.max(5, seconds / 4), clients);
      events.print(name + " /api/events with filters");
      baseline.print(name + " /api/openapi.json (no database: the baseline)");
      System.out.printf(
          "%s: /api/events holds %.2f of the baseline's requests/s%n",
          name, events.perSecond() / baseline.perSecond());
    }
  }

  /** Filter combinations users ask for, drawn from what the store holds. */
  private static List<String> queries(Page<ArticleEvent> sample, Random random) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    List<LocalDate> days = new ArrayList<>();
    for (ArticleEvent e : sample.items()) {
      countries.addAll(e.event().countries());
      e.event().source().forEach(a -> actors.add(a.name()));
      e.event().date().ifPresent(d -> days.add(firstDay(d.iso())));
    }
    List<String> c = new ArrayList<>(countries);
    List<String> a = new ArrayList<>(actors);
    if (c.isEmpty()) c.add("USA");
    if (a.isEmpty()) a.add("United States");
    if (days.isEmpty()) days.add(LocalDate.of(1987, 3, 1));
    List<String> out = new ArrayList<>();
    EventType[] types = EventType.values();
    for (int i = 0; i < 400; i++) {
      StringBuilder q = new StringBuilder("/api/events?limit=50");
      switch (i % 5) {
        case 0 -> q.append("&type=").append(types[random.nextInt(types.length)]);
        case 1 -> q.append("&country=").append(c.get(random.nextInt(c.size())));
        case 2 ->
            q.append("&type=")
                .append(types[random.nextInt(types.length)])
                .append("&country=")
                .append(c.get(random.nextInt(c.size())));
        case 3 -> {
          LocalDate from = days.get(random.nextInt(days.size()));
          q.append("&from=").append(from).append("&to=").append(from.plusDays(30));
        }
        default ->
            q.append("&actor=")
                .append(
                    java.net.URLEncoder.encode(
                        a.get(random.nextInt(a.size())), java.nio.charset.StandardCharsets.UTF_8))
                .append("&offset=")
                .append(random.nextInt(3) * 50);
      }
      out.add(q.toString());
    }
    return out;
  }

  /** The first day of an ISO day, month, year or interval. */
  private static LocalDate firstDay(String iso) {
    String start = iso.split("/")[0];
    return switch (start.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(start), 1, 1);
      case 7 -> LocalDate.parse(start + "-01");
      default -> LocalDate.parse(start.substring(0, 10));
    };
  }

  private record Result(long requests, long errors, double seconds, long[] latenciesNanos) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMs(double p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      if (sorted.length == 0) return Double.NaN;
      return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    void print(String what) {
      System.out.printf(
          "%s: %,d requests in %.0f s = %.0f requests/s; latency p50 %.1f ms, p95 %.1f ms,"
              + " p99 %.1f ms; %d errors%n",
          what,
          requests,
          seconds,
          perSecond(),
          percentileMs(0.50),
          percentileMs(0.95),
          percentileMs(0.99),
          errors);
    }
  }

  private static Result run(String base, List<String> paths, int seconds, int clients)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            clients,
            r -> {
              Thread t = new Thread(r, "load-client");
              t.setDaemon(true);
              return t;
            });
    long started = System.nanoTime();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c;
      futures.add(
          pool.submit(
              () -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int i = offset;
                while (System.nanoTime() < end) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(base + paths.get(i++ % paths.size())))
                          .timeout(Duration.ofSeconds(10))
                          .GET()
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) errors.incrementAndGet();
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                  lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    List<long[]> parts = new ArrayList<>();
    for (Future<long[]> f : futures) parts.add(f.get());
    double elapsed = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
    return new Result(all.length, errors.get(), elapsed, all);
  }
}
