package dev.pamir.ingest.http;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.pipeline.Limits;
import java.net.URI;

/**
 * The HttpFetcher fetches one URL within the limits: connect and total time, body size and number
 * of redirects. HTTP errors, timeouts and broken connections are rejections naming the URL.
 *
 * <p>Thread-safe: one instance serves every worker.
 */
public final class HttpFetcher implements AutoCloseable {

  private final Limits limits;

  public HttpFetcher(Limits limits) {
    this.limits = limits;
  }

  public FetchedPage fetch(URI uri) throws InputRejectedException {
    throw InputRejectedException.bad(
        uri.toString(), "fetching is not built yet (" + limits.maxRedirects() + ")");
  }

  @Override
  public void close() {}
}
