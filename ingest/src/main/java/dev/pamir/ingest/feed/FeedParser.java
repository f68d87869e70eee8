package dev.pamir.ingest.feed;

import dev.pamir.ingest.InputRejectedException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The FeedParser reads RSS 2.0 and Atom feeds with DTDs and external entities off.
 *
 * <p>Immutable and thread-safe.
 */
public final class FeedParser {

  private final int maxItems;

  public FeedParser(int maxItems) {
    this.maxItems = maxItems;
  }

  /** Whether a body with this media type and beginning is a feed rather than a page. */
  public static boolean looksLikeFeed(Optional<String> mediaType, byte[] body) {
    return false;
  }

  /** Parses a feed fetched from {@code feedUri}; item links are resolved against it. */
  public Feed parse(byte[] body, URI feedUri) throws InputRejectedException {
    throw InputRejectedException.bad(
        feedUri.toString(), "feeds are not built yet (" + maxItems + ")");
  }

  static List<FeedItem> none() {
    return List.of();
  }
}
