package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A NamedMention is a stretch of text the recogniser labelled: a name ({@code PERSON}, {@code
 * ORGANIZATION}, {@code LOCATION}, {@code MISC}) or a number or time ({@code DATE}, {@code NUMBER},
 * ...), with the recogniser's normalised value when it gives one.
 *
 * <p>These are raw material for the entity, place and time stages, not output.
 */
public record NamedMention(Span span, String label, Optional<String> normalized) {
  public NamedMention {
    requireNonNull(span, "span is null");
    requireNonNull(label, "label is null");
    requireNonNull(normalized, "normalized is null");
  }
}
