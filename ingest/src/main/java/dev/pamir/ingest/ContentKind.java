package dev.pamir.ingest;

/** What a raw document's content is, which decides how it is cleaned. */
public enum ContentKind {
  /** A page to extract the article from. */
  HTML,
  /** Plain text that may carry page debris (subscribe lines, widgets, link lists). */
  PLAIN_TEXT,
  /**
   * Text given as already clean (a JSON Lines {@code text} field): kept as it is, but for an
   * unpaired surrogate, which no UTF-8 writer can encode and which becomes U+FFFD in its place.
   */
  CLEAN_TEXT
}
