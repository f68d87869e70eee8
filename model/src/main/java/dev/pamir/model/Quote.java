package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Quote is something an article reports someone saying: the words quoted (direct, the span
 * excludes the quotation marks) or reported (indirect), and who said it.
 *
 * @param speaker the id of the speaking entity in the same article, when resolved
 * @param speakerName the speaker as the article names them, when known
 * @param speakerSpan where the attribution refers to the speaker (a name, pronoun or description),
 *     when known
 */
public record Quote(
    Span span,
    boolean direct,
    Optional<String> speaker,
    Optional<String> speakerName,
    Optional<Span> speakerSpan) {
  public Quote {
    requireNonNull(span, "span is null");
    requireNonNull(speaker, "speaker is null");
    requireNonNull(speakerName, "speakerName is null");
    requireNonNull(speakerSpan, "speakerSpan is null");
  }

  /** A quote without a known place where its speaker is referred to. */
  public Quote(Span span, boolean direct, Optional<String> speaker, Optional<String> speakerName) {
    this(span, direct, speaker, speakerName, Optional.empty());
  }
}
