package dev.pamir.app;

/** How far a batch is analysed. */
public enum Analysis {
  /** Clean text and metadata only: fast, no language models loaded. */
  CLEAN,
  /** The language layer: entities, places, times and quotes, but no events or stories. */
  LANGUAGE,
  /**
   * Every layer: language, entities, places, times, quotes, events, and stories across articles.
   */
  FULL
}
