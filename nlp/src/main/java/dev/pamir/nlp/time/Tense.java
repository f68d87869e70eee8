package dev.pamir.nlp.time;

/**
 * The Tense of the clause around a time expression: which way a bare "Monday" or "April" points
 * from the anchor.
 */
public enum Tense {
  /** Told as done or happening: the nearest such time on or before the anchor. */
  PAST,
  /** Told as to come: the nearest such time on or after the anchor. */
  FUTURE,
  /**
   * Naming a thing rather than telling when it happens ("Wednesday's ruling", "Sunday's vote"): the
   * nearest such time either way.
   */
  NEAREST
}
