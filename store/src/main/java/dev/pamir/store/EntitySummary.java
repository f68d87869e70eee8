package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.EntityType;
import java.util.Optional;

/**
 * An EntitySummary is one knowledge-base entity in a list: the entities of every article that share
 * a type and a name (case and punctuation folded), with the number of articles naming it.
 *
 * @param id the knowledge-base id, e.g. {@code person:sergei-shoigu}; stable across runs
 */
public record EntitySummary(
    String id, String name, EntityType type, Optional<String> country, int articles) {
  public EntitySummary {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(country, "country is null");
  }
}
