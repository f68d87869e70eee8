package dev.pamir.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A LoopbackHttpServer is a real HTTP server on 127.0.0.1 and a free port, for tests that fetch
 * pages, feeds, redirects, errors and slow responses. Close it to stop it.
 *
 * <p>Besides plain answers it can misbehave the ways real servers do: never answer, trickle a body
 * byte by byte, stream a body without end. Those handlers run until the client hangs up or the
 * server is closed.
 *
 * <p>Handlers may be added while it runs; it serves each request on its own daemon thread.
 */
public final class LoopbackHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 with a port the system picks. */
  public static LoopbackHttpServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AtomicInteger count = new AtomicInteger();
      ExecutorService executor =
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "loopback-http-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      server.start();
      return new LoopbackHttpServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a loopback HTTP server", e);
    }
  }

  /** The URI of {@code path} on this server, e.g. {@code http://127.0.0.1:41234/feed.xml}. */
  public URI uri(String path) {
    return URI.create(
        "http://127.0.0.1:"
            + server.getAddress().getPort()
            + (path.startsWith("/") ? "" : "/")
            + path);
  }

  /** Serves {@code body} with status 200 and the given content type at {@code path}. */
  public LoopbackHttpServer serve(String path, String contentType, String body) {
    return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public LoopbackHttpServer serve(String path, String contentType, byte[] body) {
    return handle(path, exchange -> respond(exchange, 200, contentType, body));
  }

  /** Answers {@code path} with a redirect to {@code location}. */
  public LoopbackHttpServer redirect(String path, int status, String location) {
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Location", location);
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
  }

  /** Answers {@code path} with the given status and a short body. */
  public LoopbackHttpServer status(String path, int status) {
    return handle(
        path,
        exchange ->
            respond(
                exchange,
                status,
                "text/plain",
                ("status " + status).getBytes(StandardCharsets.UTF_8)));
  }

  /** Serves {@code body} gzip-compressed, with {@code Content-Encoding: gzip}, at {@code path}. */
  public LoopbackHttpServer serveGzip(String path, String contentType, byte[] body) {
    byte[] compressed = gzip(body);
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          respond(exchange, 200, contentType, compressed);
        });
  }

  /** Accepts requests to {@code path} and never answers them, until the server is closed. */
  public LoopbackHttpServer hang(String path) {
    return handle(
        path,
        exchange -> {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            exchange.close();
          }
        });
  }

  /**
   * Answers {@code path} with status 200 at once, then sends one byte of body every {@code
   * interval} and never finishes, until the client hangs up or the server is closed.
   */
  public LoopbackHttpServer trickle(String path, String contentType, Duration interval) {
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            while (true) {
              out.write('x');
              out.flush();
              Thread.sleep(interval.toMillis());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } catch (IOException clientHungUp) {
            // the client gave up, which is what a test of this handler expects
          }
        });
  }

  /**
   * Answers {@code path} with status 200 and a body that never ends, as fast as the client reads
   * it, until the client hangs up or the server is closed.
   */
  public LoopbackHttpServer endless(String path, String contentType) {
    byte[] chunk = new byte[16 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    return handle(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            while (!Thread.currentThread().isInterrupted()) {
              out.write(chunk);
            }
          } catch (IOException clientHungUp) {
            // the client gave up, which is what a test of this handler expects
          }
        });
  }

  /** Registers a handler for {@code path} and everything below it. */
  public LoopbackHttpServer handle(String path, HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  /** Writes a complete response. */
  public static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code bytes} gzip-compressed. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot gzip in memory", e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
