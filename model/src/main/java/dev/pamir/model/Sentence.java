package dev.pamir.model;

import static java.util.Objects.requireNonNull;

/**
 * A Sentence is a span of the text and the range {@code [firstToken, endToken)} of its tokens in
 * the article's token list.
 */
public record Sentence(Span span, int firstToken, int endToken) {
  public Sentence {
    requireNonNull(span, "span is null");
    if (firstToken < 0 || firstToken > endToken) {
      throw new IllegalArgumentException(
          "token range [" + firstToken + "," + endToken + ") is not a range");
    }
  }
}
