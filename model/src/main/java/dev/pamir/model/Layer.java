package dev.pamir.model;

/** A Layer is one kind of information an analysis stage can add to an article. */
public enum Layer {
  /** The cleaned text; present on every article. */
  TEXT,
  /** Title, authors, outlet and publication date. */
  METADATA,
  /** The language of the text. */
  LANGUAGE,
  TOKENS,
  SENTENCES,
  ENTITIES,
  PLACES,
  TIMES,
  QUOTES,
  EVENTS
}
