package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An Actor is a side of an event: a state (with its ISO 3166-1 alpha-3 code), an organisation or a
 * named group.
 *
 * @param code the state's ISO 3166-1 alpha-3 code; empty unless the actor is a state
 * @param entity the id of the article entity the actor was found as, when there is one
 */
public record Actor(String name, Optional<String> code, Optional<String> entity) {
  public Actor {
    requireNonNull(name, "name is null");
    requireNonNull(code, "code is null");
    requireNonNull(entity, "entity is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an actor has a name");
    }
  }

  /** The key two actors are the same by: the state code, else the name folded to lower case. */
  public String key() {
    return code.orElseGet(() -> name.toLowerCase(java.util.Locale.ROOT));
  }
}
