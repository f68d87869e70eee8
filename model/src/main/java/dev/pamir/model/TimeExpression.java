package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A TimeExpression is a stretch of text that states a time ("last Monday", "April 26-27"), with its
 * calendar value when it can be resolved. Never a guessed value: empty when unresolved.
 */
public record TimeExpression(Span span, Optional<TimeValue> value) {
  public TimeExpression {
    requireNonNull(span, "span is null");
    requireNonNull(value, "value is null");
  }
}
