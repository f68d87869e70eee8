package dev.pamir.web;

import java.io.IOException;
import java.util.List;

/**
 * What the server's {@code POST /api/ingest} hands its work to: analysing URLs and posted articles
 * into the knowledge base it serves.
 */
public interface Ingestion extends AutoCloseable {

  /** An article stored: its id and the input it came from. */
  record Stored(String id, String input) {}

  /** An input not stored, and why. */
  record Rejected(String input, String reason) {}

  /** What one ingest did. */
  record Outcome(List<Stored> stored, List<Rejected> rejected) {}

  /**
   * Analyses and stores {@code urls} and {@code records} (pamir JSON Lines records, one line each).
   *
   * @throws IllegalArgumentException when the request as a whole cannot be taken, e.g. too many
   *     inputs; its message says why
   */
  Outcome ingest(List<String> urls, List<String> records) throws IOException;

  /** Stops what the ingestion runs on; nothing by default. */
  @Override
  default void close() {}
}
