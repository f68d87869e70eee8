package dev.pamir.ingest.feed;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.ArticleMetadata;
import java.net.URI;

/** One item of a feed: the link to its article and what the feed says about it. */
public record FeedItem(URI link, ArticleMetadata hints) {
  public FeedItem {
    requireNonNull(link, "link is null");
    requireNonNull(hints, "hints is null");
  }
}
