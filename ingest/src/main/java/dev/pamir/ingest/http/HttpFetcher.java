package dev.pamir.ingest.http;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.BoundedBytes;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.pipeline.Limits;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;

/**
 * The HttpFetcher fetches one URL within the limits: connect and total time, body size and number
 * of redirects. HTTP errors, timeouts and broken connections are rejections naming the URL.
 *
 * <p>It follows redirects itself, so that it can count them, see loops and refuse to leave http and
 * https. The {@linkplain Limits#fetchTimeout() fetch timeout} covers the whole fetch: every
 * redirect, waiting for the answer and reading the body; a server that never answers or trickles a
 * body forever is cut off there. The body is bounded by {@linkplain Limits#maxArticleBytes() the
 * article limit} while it streams, before and after undoing gzip or deflate.
 *
 * <p>Thread-safe: one instance serves every worker. Close it to stop its threads, which are daemon
 * threads named {@code pamir-http-N} (the client's) and {@code pamir-http-body-N} (body readers).
 */
public final class HttpFetcher implements AutoCloseable {

  /** How Pamir introduces itself to servers. */
  public static final String USER_AGENT = "Pamir/0.1 (+news analysis)";

  private static final String ACCEPT =
      "text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.9,"
          + "application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,"
          + "text/plain;q=0.7,*/*;q=0.1";

  private final Limits limits;
  private final AddressPolicy addresses;
  private final ExecutorService clientExecutor;
  private final ExecutorService bodyExecutor;
  private final HttpClient client;

  /** A fetcher that keeps every fetch within {@code limits}; close it to stop its threads. */
  public HttpFetcher(Limits limits) {
    this(limits, AddressPolicy.ANY);
  }

  /**
   * A fetcher that keeps every fetch within {@code limits} and reaches only the hosts {@code
   * addresses} allows, checked on every hop; close it to stop its threads.
   */
  public HttpFetcher(Limits limits, AddressPolicy addresses) {
    this.limits = requireNonNull(limits, "limits is null");
    this.addresses = requireNonNull(addresses, "addresses is null");
    this.clientExecutor = Executors.newCachedThreadPool(daemonThreads("pamir-http-"));
    this.bodyExecutor = Executors.newCachedThreadPool(daemonThreads("pamir-http-body-"));
    // HTTP/1.1 only: cancelling a response then closes its own connection, and plain-http
    // servers are not sent h2c upgrade headers that some of them mishandle.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(limits.connectTimeout())
            .executor(clientExecutor)
            .build();
  }

  /**
   * Fetches {@code uri}, following redirects.
   *
   * @throws InputRejectedException naming {@code uri} when it is not http(s), the server cannot be
   *     reached, answers with an error status, redirects too often, in a loop or off the web, or a
   *     limit on time or size is exceeded
   */
  public FetchedPage fetch(URI uri) throws InputRejectedException {
    requireNonNull(uri, "uri is null");
    String name = uri.toString();
    checkFetchable(uri, name, "");
    long deadline = System.nanoTime() + limits.fetchTimeout().toNanos();
    Set<URI> seen = new HashSet<>();
    seen.add(uri.normalize());
    URI current = uri;
    int redirects = 0;
    while (true) {
      HttpResponse<InputStream> response = send(current, name, deadline);
      int status = response.statusCode();
      if (isRedirect(status)) {
        closeQuietly(response.body());
        URI next = redirectTarget(response, current, name);
        redirects++;
        if (!seen.add(next.normalize())) {
          throw InputRejectedException.bad(
              name, "redirect loop: " + current + " leads back to " + next);
        }
        if (redirects > limits.maxRedirects()) {
          throw InputRejectedException.limit(
              name, "more than " + limits.maxRedirects() + " redirects");
        }
        current = next;
        continue;
      }
      if (status >= 300) {
        closeQuietly(response.body());
        String at = current.equals(uri) ? "" : " at " + current;
        throw InputRejectedException.bad(name, "HTTP " + status + reasonPhrase(status) + at);
      }
      ContentType type = ContentType.parse(response.headers().firstValue("Content-Type"));
      byte[] body = readBody(response, name, deadline);
      return new FetchedPage(uri, current, type.mediaType(), type.charset(), body);
    }
  }

  private HttpResponse<InputStream> send(URI target, String name, long deadline)
      throws InputRejectedException {
    Duration left = remaining(deadline, name);
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(target)
              .GET()
              .timeout(left)
              .header("User-Agent", USER_AGENT)
              .header("Accept", ACCEPT)
              .header("Accept-Encoding", "gzip, deflate")
              .build();
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.bad(name, "cannot request " + target + ": " + e.getMessage());
    }
    CompletableFuture<HttpResponse<InputStream>> future =
        client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    try {
      return future.get(left.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      abandon(future);
      throw timedOut(name);
    } catch (InterruptedException e) {
      abandon(future);
      Thread.currentThread().interrupt();
      throw InputRejectedException.bad(name, "interrupted while fetching");
    } catch (ExecutionException e) {
      throw failure(name, target, e.getCause());
    } catch (CancellationException e) {
      throw InputRejectedException.bad(name, "the fetch was cancelled");
    }
  }

  /**
   * Reads the body on a body reader thread while this thread waits for it no longer than the
   * deadline; at the deadline the stream is closed, which frees the reader and the connection.
   */
  private byte[] readBody(HttpResponse<InputStream> response, String name, long deadline)
      throws InputRejectedException {
    InputStream raw = response.body();
    long max = limits.maxArticleBytes();
    OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() > max) {
      closeQuietly(raw);
      throw InputRejectedException.limit(
          name, "page is larger than the limit of " + BoundedBytes.human(max));
    }
    String encoding =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map(e -> e.strip().toLowerCase(Locale.ROOT))
            .orElse("identity");
    Future<byte[]> reading;
    try {
      reading = bodyExecutor.submit(() -> ContentEncoding.decode(raw, encoding, max));
    } catch (RejectedExecutionException e) {
      closeQuietly(raw);
      throw new IllegalStateException("the fetcher is closed", e);
    }
    try {
      return reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      closeQuietly(raw);
      reading.cancel(true);
      throw timedOut(name);
    } catch (InterruptedException e) {
      closeQuietly(raw);
      reading.cancel(true);
      Thread.currentThread().interrupt();
      throw InputRejectedException.bad(name, "interrupted while fetching");
    } catch (ExecutionException e) {
      closeQuietly(raw);
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException || deadline - System.nanoTime() <= 0) {
        // The client's own request timer, or our close at the deadline, broke the stream.
        throw timedOut(name);
      }
      if (cause instanceof BoundedBytes.TooLargeException tooLarge) {
        throw InputRejectedException.limit(name, tooLarge.getMessage());
      }
      if (cause instanceof ContentEncoding.UnsupportedException unsupported) {
        throw InputRejectedException.bad(name, unsupported.getMessage());
      }
      if (cause instanceof ZipException || cause instanceof EOFException) {
        throw InputRejectedException.bad(
            name, "corrupt " + encoding + " body: " + shortMessage(cause));
      }
      if (cause instanceof IOException) {
        throw InputRejectedException.bad(
            name, "connection broke while reading the page: " + shortMessage(cause));
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("reading a body failed", cause);
    }
  }

  private void checkFetchable(URI uri, String name, String via) throws InputRejectedException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw InputRejectedException.bad(
          name,
          via
              + (scheme.isEmpty() ? "no scheme" : "scheme " + scheme)
              + " is not http or https, which are all that can be fetched");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw InputRejectedException.bad(name, via + "URL " + uri + " has no host");
    }
    Optional<String> refused = addresses.refusal(uri.getHost());
    if (refused.isPresent()) {
      throw InputRejectedException.bad(name, via + refused.get());
    }
  }

  private URI redirectTarget(HttpResponse<?> response, URI current, String name)
      throws InputRejectedException {
    int status = response.statusCode();
    String location =
        response
            .headers()
            .firstValue("Location")
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .orElseThrow(
                () ->
                    InputRejectedException.bad(
                        name, "HTTP " + status + " redirect without a Location header"));
    URI next;
    try {
      // Servers send spaces in Location more often than any other character URIs forbid.
      next = current.resolve(new URI(location.replace(" ", "%20")));
    } catch (URISyntaxException e) {
      throw InputRejectedException.bad(name, "redirect to an invalid URL: " + location);
    }
    checkFetchable(next, name, "redirect to " + location + ": ");
    return next;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private Duration remaining(long deadline, String name) throws InputRejectedException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut(name);
    }
    return Duration.ofNanos(left);
  }

  private InputRejectedException timedOut(String name) {
    return InputRejectedException.limit(
        name, "no complete answer within " + seconds(limits.fetchTimeout()));
  }

  /** Turns a failure to get an answer into a short reason without stack trace text. */
  private InputRejectedException failure(String name, URI target, Throwable failure) {
    String host = target.getHost();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return InputRejectedException.limit(
            name, "no connection to " + host + " within " + seconds(limits.connectTimeout()));
      }
      if (t instanceof HttpTimeoutException) {
        return timedOut(name);
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return InputRejectedException.bad(name, "unknown host " + host);
      }
      if (t instanceof SSLException) {
        return InputRejectedException.bad(
            name, "TLS connection to " + host + " failed: " + shortMessage(t));
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return InputRejectedException.bad(name, "connection to " + host + " refused");
      }
    }
    if (failure instanceof IOException) {
      return InputRejectedException.bad(
          name, "connection to " + host + " failed: " + shortMessage(failure));
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw new IllegalStateException("fetching " + name + " failed", failure);
  }

  private static String shortMessage(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static void abandon(CompletableFuture<HttpResponse<InputStream>> future) {
    if (!future.cancel(true)) {
      future.thenAccept(response -> closeQuietly(response.body()));
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing more to free
    }
  }

  private static String reasonPhrase(int status) {
    String phrase =
        switch (status) {
          case 300 -> "Multiple Choices";
          case 304 -> "Not Modified";
          case 400 -> "Bad Request";
          case 401 -> "Unauthorized";
          case 402 -> "Payment Required";
          case 403 -> "Forbidden";
          case 404 -> "Not Found";
          case 405 -> "Method Not Allowed";
          case 406 -> "Not Acceptable";
          case 407 -> "Proxy Authentication Required";
          case 408 -> "Request Timeout";
          case 410 -> "Gone";
          case 429 -> "Too Many Requests";
          case 451 -> "Unavailable For Legal Reasons";
          case 500 -> "Internal Server Error";
          case 501 -> "Not Implemented";
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Timeout";
          default -> "";
        };
    return phrase.isEmpty() ? "" : " " + phrase;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Stops the fetcher's threads; fetches in progress fail. */
  @Override
  public void close() {
    bodyExecutor.shutdownNow();
    clientExecutor.shutdownNow();
  }

  /** The parts of a Content-Type header that matter here. */
  record ContentType(Optional<String> mediaType, Optional<String> charset) {

    static ContentType parse(Optional<String> header) {
      if (header.isEmpty()) {
        return new ContentType(Optional.empty(), Optional.empty());
      }
      String[] parts = header.get().split(";");
      String type = parts[0].strip().toLowerCase(Locale.ROOT);
      Optional<String> mediaType =
          type.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")
              ? Optional.of(type)
              : Optional.empty();
      Optional<String> charset = Optional.empty();
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].strip();
        int equals = parameter.indexOf('=');
        if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
          String value = parameter.substring(equals + 1).strip();
          if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
          }
          if (!value.isEmpty()) {
            charset = Optional.of(value);
          }
        }
      }
      return new ContentType(mediaType, charset);
    }
  }
}
