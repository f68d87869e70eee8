package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An Entity is one person, organisation, country, place, unit or piece of equipment an article
 * names, with every mention of it merged ("Sergei Shoigu", "Shoigu", "the Russian Defense
 * Minister").
 *
 * @param id unique within the article, e.g. {@code E1}
 * @param name the fullest name the article uses
 * @param country ISO 3166-1 alpha-3 code of the country it belongs to or is, when known
 * @param roles titles and descriptions the article gives it ("Defense Minister")
 * @param aliases the other names it goes by in the article or the knowledge base
 * @param mentions where it is mentioned, in text order
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    Optional<String> country,
    List<String> roles,
    List<String> aliases,
    List<Span> mentions) {
  public Entity {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    requireNonNull(country, "country is null");
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
