package dev.pamir.nlp.actor;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.EntityType;
import java.util.List;
import java.util.Optional;

/**
 * An Actor is one country, organisation, armed group or state body the knowledge base knows.
 *
 * @param name the name Pamir prefers for it, e.g. "Collective Security Treaty Organization"
 * @param type {@link EntityType#COUNTRY} for countries, else the entity type its mentions take
 * @param country ISO 3166-1 alpha-3 code: the country itself, or the state a body belongs to
 * @param aliases its other names and abbreviations, e.g. "CSTO" (demonyms and capitals excluded)
 */
public record Actor(String name, EntityType type, Optional<String> country, List<String> aliases) {
  public Actor {
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(country, "country is null");
    aliases = List.copyOf(aliases);
  }
}
