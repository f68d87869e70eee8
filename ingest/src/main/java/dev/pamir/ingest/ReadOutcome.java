package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What reading one input gave: a document, a rejection, or more inputs (a feed's items). */
public sealed interface ReadOutcome {

  record Document(RawDocument document) implements ReadOutcome {
    public Document {
      requireNonNull(document, "document is null");
    }
  }

  record Rejected(InputRejectedException reason) implements ReadOutcome {
    public Rejected {
      requireNonNull(reason, "reason is null");
    }
  }

  /** The input was a feed; these are its items, in feed order, with the feed's warnings. */
  record Expanded(String feed, List<Input> items, List<String> warnings) implements ReadOutcome {
    public Expanded {
      requireNonNull(feed, "feed is null");
      items = List.copyOf(items);
      warnings = List.copyOf(warnings);
    }
  }
}
