package dev.pamir.nlp.actor;

import static java.util.Objects.requireNonNull;

/**
 * An ActorMatch says which actor a piece of text names, and how it names it.
 *
 * @param form how the text names the actor
 * @param exact false when the text matched only as a misspelling of a known name
 */
public record ActorMatch(Actor actor, Form form, boolean exact) {

  /** How a piece of text refers to an actor. */
  public enum Form {
    /** One of its names or abbreviations: "Russia", "CSTO". */
    NAME,
    /** The adjective or demonym of a country: "Russian", "Kyrgyz". */
    DEMONYM,
    /** A capital of a country: "Moscow"; a place, or the government when used as its metonym. */
    CAPITAL,
    /** A seat of government standing for it: "the Kremlin". */
    SEAT_OF_GOVERNMENT
  }

  public ActorMatch {
    requireNonNull(actor, "actor is null");
    requireNonNull(form, "form is null");
  }
}
