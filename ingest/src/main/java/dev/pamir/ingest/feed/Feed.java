package dev.pamir.ingest.feed;

import java.util.List;

/** A parsed feed: its items in feed order and what parsing noticed. */
public record Feed(List<FeedItem> items, List<String> warnings) {
  public Feed {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
