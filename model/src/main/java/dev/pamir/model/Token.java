package dev.pamir.model;

import static java.util.Objects.requireNonNull;

/**
 * A Token is one word or punctuation mark of an article's text with its analysis.
 *
 * @param word the token as written
 * @param lemma its dictionary form
 * @param tag its Penn Treebank part-of-speech tag, e.g. {@code NNP}
 * @param nerTag the named-entity tag the recogniser gave it, {@code O} for none
 */
public record Token(Span span, String word, String lemma, String tag, String nerTag) {
  public Token {
    requireNonNull(span, "span is null");
    requireNonNull(word, "word is null");
    requireNonNull(lemma, "lemma is null");
    requireNonNull(tag, "tag is null");
    requireNonNull(nerTag, "nerTag is null");
  }
}
