package dev.pamir.ingest.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.pipeline.Limits;
import dev.pamir.testkit.LoopbackHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final Limits LIMITS =
      Limits.DEFAULTS
          .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10))
          .withMaxArticleBytes(64 * 1024)
          .withMaxRedirects(3);
  private static final Duration HANG_GUARD = Duration.ofSeconds(15);

  private LoopbackHttpServer server;
  private HttpFetcher fetcher;

  @BeforeEach
  void start() {
    server = LoopbackHttpServer.start();
    fetcher = new HttpFetcher(LIMITS);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void fetch_htmlPage_returnsBodyMediaTypeAndCharset() throws Exception {
    server.serve(
        "/page.html", "text/html; charset=UTF-8", "<html><body><p>Dushanbe</p></body></html>");

    FetchedPage page = fetcher.fetch(server.uri("/page.html"));

    assertThat(page.requested()).isEqualTo(server.uri("/page.html"));
    assertThat(page.finalUri()).isEqualTo(server.uri("/page.html"));
    assertThat(page.mediaType()).contains("text/html");
    assertThat(page.charset()).contains("UTF-8");
    assertThat(new String(page.body(), UTF_8))
        .isEqualTo("<html><body><p>Dushanbe</p></body></html>");
  }

  @Test
  void fetch_plainText_reportsTextPlainWithoutCharset() throws Exception {
    server.serve("/note.txt", "Text/Plain", "Troops moved north.");

    FetchedPage page = fetcher.fetch(server.uri("/note.txt"));

    assertThat(page.mediaType()).contains("text/plain");
    assertThat(page.charset()).isEmpty();
    assertThat(new String(page.body(), UTF_8)).isEqualTo("Troops moved north.");
  }

  @Test
  void fetch_urlWithQueryAndFragment_fetchesThePage() throws Exception {
    server.serve("/story", "text/plain", "story");
    URI withFragment = URI.create(server.uri("/story") + "?utm_source=rss#comments");

    FetchedPage page = fetcher.fetch(withFragment);

    assertThat(new String(page.body(), UTF_8)).isEqualTo("story");
    assertThat(page.requested()).isEqualTo(withFragment);
  }

  @Test
  void fetch_notFound_rejectedNamingUrlAndStatus() {
    server.status("/missing", 404);

    InputRejectedException e = rejection(server.uri("/missing"));

    assertThat(e.input()).isEqualTo(server.uri("/missing").toString());
    assertThat(e.reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
  }

  @Test
  void fetch_serverError_rejectedWithStatus() {
    server.status("/broken", 500);

    InputRejectedException e = rejection(server.uri("/broken"));

    assertThat(e.reason()).isEqualTo("HTTP 500 Internal Server Error");
  }

  @Test
  void fetch_errorAfterRedirect_rejectionNamesWhereItHappened() {
    server.redirect("/moved", 301, "/gone").status("/gone", 410);

    InputRejectedException e = rejection(server.uri("/moved"));

    assertThat(e.input()).isEqualTo(server.uri("/moved").toString());
    assertThat(e.reason()).isEqualTo("HTTP 410 Gone at " + server.uri("/gone"));
  }

  @Test
  void fetch_redirectChainWithinLimit_followedToFinalUrl() throws Exception {
    server
        .redirect("/r/one", 301, "two")
        .redirect("/r/two", 302, "/s/three")
        .redirect("/s/three", 307, server.uri("/final.html").toString())
        .serve("/final.html", "text/html", "<p>arrived</p>");

    FetchedPage page = fetcher.fetch(server.uri("/r/one"));

    assertThat(page.requested()).isEqualTo(server.uri("/r/one"));
    assertThat(page.finalUri()).isEqualTo(server.uri("/final.html"));
    assertThat(new String(page.body(), UTF_8)).isEqualTo("<p>arrived</p>");
  }

  @Test
  void fetch_moreRedirectsThanLimit_rejectedAsLimit() {
    for (int i = 0; i < 5; i++) {
      server.redirect("/hop" + i, 302, "/hop" + (i + 1));
    }
    server.serve("/hop5", "text/html", "<p>too far</p>");

    InputRejectedException e = rejection(server.uri("/hop0"));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
    assertThat(e.input()).isEqualTo(server.uri("/hop0").toString());
    assertThat(e.reason()).isEqualTo("more than 3 redirects");
  }

  @Test
  void fetch_redirectLoop_rejectedAsLoop() {
    server.redirect("/ping", 302, "/pong").redirect("/pong", 302, "/ping");

    InputRejectedException e = rejection(server.uri("/ping"));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
    assertThat(e.reason()).startsWith("redirect loop").contains(server.uri("/ping").toString());
  }

  @Test
  void fetch_redirectToFileUrl_rejectedWithoutFollowing() {
    server.redirect("/sneaky", 302, "file:///etc/passwd");

    InputRejectedException e = rejection(server.uri("/sneaky"));

    assertThat(e.reason()).contains("file:///etc/passwd").contains("scheme file is not http");
  }

  @Test
  void fetch_redirectWithoutLocation_rejected() {
    server.handle(
        "/nowhere",
        exchange -> {
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });

    assertThat(rejection(server.uri("/nowhere")).reason())
        .isEqualTo("HTTP 302 redirect without a Location header");
  }

  @Test
  void fetch_serverNeverAnswers_rejectedAtFetchTimeout() {
    server.hang("/silent");

    try (HttpFetcher impatient =
        new HttpFetcher(LIMITS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
      InputRejectedException e =
          assertTimeoutPreemptively(HANG_GUARD, () -> rejection(impatient, server.uri("/silent")));

      assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
      assertThat(e.reason()).isEqualTo("no complete answer within 1 s");
    }
  }

  @Test
  void fetch_bodyTricklesForever_rejectedAtFetchTimeout() {
    server.trickle("/slow", "text/html", Duration.ofMillis(50));

    try (HttpFetcher impatient =
        new HttpFetcher(LIMITS.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)))) {
      InputRejectedException e =
          assertTimeoutPreemptively(HANG_GUARD, () -> rejection(impatient, server.uri("/slow")));

      assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
      assertThat(e.reason()).isEqualTo("no complete answer within 1 s");
    }
  }

  @Test
  void fetch_endlessBody_rejectedAtSizeLimit() {
    server.endless("/endless", "text/html");

    InputRejectedException e =
        assertTimeoutPreemptively(HANG_GUARD, () -> rejection(server.uri("/endless")));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
    assertThat(e.reason()).isEqualTo("page is larger than the limit of 64 KB");
  }

  @Test
  void fetch_declaredLengthAboveLimit_rejectedAtSizeLimit() {
    server.serve("/big.html", "text/html", new byte[65 * 1024]);

    InputRejectedException e = rejection(server.uri("/big.html"));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
    assertThat(e.reason()).isEqualTo("page is larger than the limit of 64 KB");
  }

  @Test
  void fetch_bodyOfExactlyTheLimit_accepted() throws Exception {
    server.serve("/full.html", "text/html", new byte[64 * 1024]);

    assertThat(fetcher.fetch(server.uri("/full.html")).body()).hasSize(64 * 1024);
  }

  @Test
  void fetch_gzipBody_returnedDecompressed() throws Exception {
    String html = "<html><body>" + "<p>Border talks resumed.</p>".repeat(200) + "</body></html>";
    server.serveGzip("/zipped.html", "text/html", html.getBytes(UTF_8));

    FetchedPage page = fetcher.fetch(server.uri("/zipped.html"));

    assertThat(new String(page.body(), UTF_8)).isEqualTo(html);
  }

  @Test
  void fetch_gzipExpandingPastLimit_rejectedAtSizeLimit() {
    server.serveGzip("/bomb.html", "text/html", new byte[4 * 1024 * 1024]);

    InputRejectedException e = rejection(server.uri("/bomb.html"));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
    assertThat(e.reason()).isEqualTo("page is larger than the limit of 64 KB");
  }

  @Test
  void fetch_corruptGzip_rejectedAsBadInput() {
    server.handle(
        "/corrupt",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackHttpServer.respond(exchange, 200, "text/html", "not gzip at all".getBytes(UTF_8));
        });

    InputRejectedException e = rejection(server.uri("/corrupt"));

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
    assertThat(e.reason()).startsWith("corrupt gzip body");
  }

  @Test
  void fetch_deflateBody_returnedDecompressed() throws Exception {
    byte[] deflated = deflate("<p>Ceasefire holds.</p>".getBytes(UTF_8));
    server.handle(
        "/deflated",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "deflate");
          LoopbackHttpServer.respond(exchange, 200, "text/html", deflated);
        });

    FetchedPage page = fetcher.fetch(server.uri("/deflated"));

    assertThat(new String(page.body(), UTF_8)).isEqualTo("<p>Ceasefire holds.</p>");
  }

  @Test
  void fetch_unknownContentEncoding_rejectedNamingIt() {
    server.handle(
        "/brotli",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "br");
          LoopbackHttpServer.respond(exchange, 200, "text/html", new byte[] {1, 2, 3});
        });

    assertThat(rejection(server.uri("/brotli")).reason())
        .isEqualTo("unsupported content encoding br");
  }

  @Test
  void fetch_sendsUserAgentAcceptAndAcceptEncoding() throws Exception {
    Map<String, String> seen = new ConcurrentHashMap<>();
    server.handle(
        "/headers",
        exchange -> {
          seen.put("User-Agent", exchange.getRequestHeaders().getFirst("User-Agent"));
          seen.put("Accept", exchange.getRequestHeaders().getFirst("Accept"));
          seen.put("Accept-Encoding", exchange.getRequestHeaders().getFirst("Accept-Encoding"));
          LoopbackHttpServer.respond(exchange, 200, "text/plain", "ok".getBytes(UTF_8));
        });

    fetcher.fetch(server.uri("/headers"));

    assertThat(seen.get("User-Agent")).isEqualTo("Pamir/0.1 (+news analysis)");
    assertThat(seen.get("Accept")).startsWith("text/html").contains("application/rss+xml");
    assertThat(seen.get("Accept-Encoding")).contains("gzip");
  }

  @Test
  void fetch_closedPort_rejectedAsConnectionRefused() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/");

    InputRejectedException e = rejection(closed);

    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
    assertThat(e.reason()).isEqualTo("connection to 127.0.0.1 refused");
  }

  @Test
  void fetch_unknownHost_rejectedNamingHost() {
    InputRejectedException e = rejection(URI.create("http://no-such-host.invalid/news"));

    assertThat(e.reason()).isEqualTo("unknown host no-such-host.invalid");
  }

  @Test
  void fetch_httpsToServerSpeakingPlainHttp_rejectedAsTlsFailure() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answerer =
          new Thread(
              () -> {
                try (Socket client = plain.accept()) {
                  // Wait for the client's whole hello, so the answer meets a handshake in
                  // progress rather than a connection closed before it began; closing with part
                  // of the hello unread would reset the connection instead of answering it.
                  client.setSoTimeout(300);
                  byte[] buffer = new byte[4096];
                  try {
                    while (client.getInputStream().read(buffer) >= 0) {
                      // drain
                    }
                  } catch (java.net.SocketTimeoutException hello) {
                    // the client is waiting for the answer
                  }
                  client
                      .getOutputStream()
                      .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(UTF_8));
                  client.getOutputStream().flush();
                  // Leave the connection open until the client gives up on it.
                  client.setSoTimeout(20_000);
                  try {
                    while (client.getInputStream().read(buffer) >= 0) {
                      // drain
                    }
                  } catch (IOException closed) {
                    // the client has failed the handshake
                  }
                } catch (IOException ignored) {
                  // the test fails on its own assertion if nothing answered
                }
              },
              "test-plain-http");
      answerer.setDaemon(true);
      answerer.start();

      // The first TLS handshake in a JVM initialises the security providers, which on a
      // busy machine can outlast the 2 s connect timeout the other tests use; the client
      // counts the handshake as part of connecting.
      HttpFetcher patient =
          new HttpFetcher(LIMITS.withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60)));
      InputRejectedException e =
          rejection(patient, URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/"));

      assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
      assertThat(e.reason())
          .startsWith("TLS connection to 127.0.0.1 failed: ")
          .doesNotContain("\n");
    }
  }

  @Test
  void fetch_ftpUrl_rejectedWithoutConnecting() {
    InputRejectedException e = rejection(URI.create("ftp://example.org/file.txt"));

    assertThat(e.reason())
        .isEqualTo("scheme ftp is not http or https, which are all that can be fetched");
  }

  @Test
  void fetch_manyThreadsAtOnce_eachGetsItsOwnPage() throws Exception {
    int count = 24;
    for (int i = 0; i < count; i++) {
      server.serve("/p" + i, "text/plain", "page " + i);
    }
    ExecutorService workers =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "test-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<FetchedPage>> pages = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        URI uri = server.uri("/p" + i);
        pages.add(workers.submit(() -> fetcher.fetch(uri)));
      }
      for (int i = 0; i < count; i++) {
        assertThat(new String(pages.get(i).get().body(), UTF_8)).isEqualTo("page " + i);
      }
    } finally {
      workers.shutdownNow();
    }
  }

  @Test
  void fetch_anyPage_runsOnNamedDaemonThreads() throws Exception {
    server.serve("/p", "text/plain", "x");

    fetcher.fetch(server.uri("/p"));

    List<Thread> ours =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("pamir-http-"))
            .toList();
    assertThat(ours).isNotEmpty().allMatch(Thread::isDaemon);
  }

  @Test
  void contentType_mixedCaseWithQuotedCharset_normalizesType() {
    HttpFetcher.ContentType type =
        HttpFetcher.ContentType.parse(Optional.of("Text/HTML ; Charset=\"ISO-8859-1\""));

    assertThat(type.mediaType()).contains("text/html");
    assertThat(type.charset()).contains("ISO-8859-1");
  }

  @Test
  void contentType_garbage_isAbsent() {
    HttpFetcher.ContentType type = HttpFetcher.ContentType.parse(Optional.of("nonsense"));

    assertThat(type.mediaType()).isEmpty();
    assertThat(type.charset()).isEmpty();
  }

  private InputRejectedException rejection(URI uri) {
    return rejection(fetcher, uri);
  }

  private static InputRejectedException rejection(HttpFetcher fetcher, URI uri) {
    InputRejectedException e =
        catchThrowableOfType(InputRejectedException.class, () -> fetcher.fetch(uri));
    assertThat(e).as("rejection of " + uri).isNotNull();
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
    return e;
  }

  private static byte[] deflate(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream deflater = new DeflaterOutputStream(out)) {
      deflater.write(bytes);
    }
    return out.toByteArray();
  }
}
