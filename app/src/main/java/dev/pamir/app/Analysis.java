package dev.pamir.app;

/** How far a batch is analysed. */
public enum Analysis {
  /** Clean text and metadata only: fast, no language models loaded. */
  CLEAN,
  /** Every layer: language, entities, places, times, quotes. */
  FULL
}
