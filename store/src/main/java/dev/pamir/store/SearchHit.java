package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * A SearchHit is one piece of stored text that has every word of a full-text query: an article, a
 * quote or an event's evidence.
 *
 * @param article the id of the article it is in
 * @param ref the quote's index in the article's quotes, or the event's id; empty for an article
 * @param snippet the words around the first match, or the whole quote or evidence
 */
public record SearchHit(Kind kind, String article, Optional<String> ref, String snippet) {
  public SearchHit {
    requireNonNull(kind, "kind is null");
    requireNonNull(article, "article is null");
    requireNonNull(ref, "ref is null");
    requireNonNull(snippet, "snippet is null");
  }

  /** What kind of text matched. */
  public enum Kind {
    ARTICLE,
    QUOTE,
    EVENT;

    /** The lower-case name stored and shown. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
