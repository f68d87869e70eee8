package dev.pamir.nlp.entity;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.EntityType;
import dev.pamir.model.Span;
import dev.pamir.nlp.actor.Actor;
import dev.pamir.nlp.actor.ActorMatch;
import java.util.Optional;

/**
 * A Candidate is one mention the entity builder may keep: its span, type, and what it is known to
 * refer to.
 *
 * @param actor the knowledge-base actor it names, if any
 * @param form how it names the actor; {@link ActorMatch.Form#NAME} when there is none
 * @param country ISO 3166-1 alpha-3 code the mention itself gives ("Uzbek Ministry of Defense")
 * @param group what mentions of the same entity share when no actor says so, e.g. the kind of
 *     ministry and its country
 * @param source where it came from, for choosing between overlapping candidates
 */
record Candidate(
    Span span,
    EntityType type,
    Optional<Actor> actor,
    ActorMatch.Form form,
    Optional<String> country,
    Optional<String> group,
    Source source) {

  /** Where a candidate came from, from the strongest evidence to the weakest. */
  enum Source {
    /** A pattern that reads the whole phrase: ministries, units, bases, equipment, outlets. */
    PATTERN,
    /** The recogniser's mention. */
    RECOGNISER,
    /** A name of the knowledge base found in text the recogniser left untagged. */
    KNOWLEDGE_BASE
  }

  Candidate {
    requireNonNull(span, "span is null");
    requireNonNull(type, "type is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(form, "form is null");
    requireNonNull(country, "country is null");
    requireNonNull(group, "group is null");
    requireNonNull(source, "source is null");
  }

  static Candidate of(Span span, EntityType type, Source source) {
    return new Candidate(
        span,
        type,
        Optional.empty(),
        ActorMatch.Form.NAME,
        Optional.empty(),
        Optional.empty(),
        source);
  }

  static Candidate of(Span span, ActorMatch match, EntityType type, Source source) {
    return new Candidate(
        span,
        type,
        Optional.of(match.actor()),
        match.form(),
        match.actor().country(),
        Optional.empty(),
        source);
  }

  Candidate withType(EntityType newType) {
    return new Candidate(span, newType, actor, form, country, group, source);
  }

  Candidate withCountry(Optional<String> newCountry) {
    return new Candidate(span, type, actor, form, newCountry, group, source);
  }

  Candidate withGroup(String newGroup) {
    return new Candidate(span, type, actor, form, country, Optional.of(newGroup), source);
  }

  boolean overlaps(Candidate other) {
    return span.start() < other.span.end() && other.span.start() < span.end();
  }
}
