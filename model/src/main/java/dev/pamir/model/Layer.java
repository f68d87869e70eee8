package dev.pamir.model;

/** A Layer is one kind of information an analysis stage can add to an article. */
public enum Layer {
  /** The cleaned text; present on every article. */
  TEXT,
  /** Title, authors, outlet and publication date. */
  METADATA,
  /** The language of the text. */
  LANGUAGE,
  /** Tokens with part of speech, lemma and named-entity tag. */
  TOKENS,
  SENTENCES,
  /** The recogniser's raw name, number and time mentions. */
  NAMED_MENTIONS,
  ENTITIES,
  PLACES,
  TIMES,
  QUOTES,
  EVENTS
}
