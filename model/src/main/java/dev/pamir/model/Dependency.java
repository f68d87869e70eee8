package dev.pamir.model;

import static java.util.Objects.requireNonNull;

/**
 * A Dependency is one arc of a sentence's dependency tree (Universal Dependencies relations).
 * Tokens are numbered from 0 within the sentence.
 *
 * @param head the governing token, or -1 for the root
 * @param dependent the governed token
 * @param relation e.g. {@code nsubj}, {@code obj}, {@code obl:in}
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    requireNonNull(relation, "relation is null");
    if (head < -1 || dependent < 0 || head == dependent) {
      throw new IllegalArgumentException("not an arc: " + head + " -> " + dependent);
    }
  }
}
