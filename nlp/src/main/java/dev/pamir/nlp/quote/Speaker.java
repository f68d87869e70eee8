package dev.pamir.nlp.quote;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Span;
import java.util.Optional;

/**
 * A Speaker is who a quote is attributed to, as far as the rules could resolve it.
 *
 * @param name the fullest name the article gives the speaker, or the description or pronoun when
 *     nothing better is known
 * @param entity the id of the speaker's entity, when the article has an entity layer and one fits
 * @param person whether the speaker is known to be a person (pronouns "he" and "she" may refer to
 *     it)
 * @param token the token where the article names the speaker, for resolving what comes after
 * @param written the words that refer to the speaker in this attribution: the name, or the pronoun
 *     or description that resolved to it
 */
record Speaker(String name, Optional<String> entity, boolean person, int token, Span written) {
  Speaker {
    requireNonNull(name, "name is null");
    requireNonNull(entity, "entity is null");
    requireNonNull(written, "written is null");
  }

  /** The same speaker, referred to by the words at {@code span}. */
  Speaker writtenAt(Span span) {
    return new Speaker(name, entity, person, token, span);
  }
}
