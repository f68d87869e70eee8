package dev.pamir.nlp.place;

import static java.util.Objects.requireNonNull;

import dev.pamir.geodata.GazetteerEntry;
import dev.pamir.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * A Toponym is a stretch of text that names a place, with the gazetteer entries it may be.
 *
 * @param span where the name is, in the article's text
 * @param name the name to look up (the surface text, tidied: no leading "the", no possessive)
 * @param candidates every entry of that name, largest population first; never empty
 * @param evidence how the toponym was found, which says how sure it is a place at all
 * @param locative whether a locative preposition ("in", "near", "from", ...) comes right before
 * @param qualifier the region or country written right after it ("Paris, Texas"), when any
 */
record Toponym(
    Span span,
    String name,
    List<GazetteerEntry> candidates,
    Evidence evidence,
    boolean locative,
    Optional<GazetteerEntry> qualifier) {

  /** How a toponym was found, from the surest to the least sure. */
  enum Evidence {
    /** The entity layer or the recogniser labelled it a location. */
    LOCATION,
    /** The recogniser labelled it something else, but the name is a well-known place. */
    RELABELLED,
    /** A demonym or country adjective, standing for its country. */
    DEMONYM,
    /** Capitalised words the recogniser missed that the gazetteer knows. */
    GAZETTEER
  }

  Toponym {
    requireNonNull(span, "span is null");
    requireNonNull(name, "name is null");
    requireNonNull(evidence, "evidence is null");
    requireNonNull(qualifier, "qualifier is null");
    candidates = List.copyOf(candidates);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("a toponym has candidates: " + name + " " + span);
    }
  }
}
