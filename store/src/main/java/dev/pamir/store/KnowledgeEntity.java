package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.EntityType;
import dev.pamir.model.Span;
import java.util.List;

/**
 * A KnowledgeEntity is one knowledge-base entity in full: what every article that names it says of
 * it, merged.
 *
 * @param id the knowledge-base id, e.g. {@code person:sergei-shoigu}
 * @param countries every country the articles give it, without repeats
 * @param roles every role, without repeats, in the order first seen
 * @param aliases every other name, without repeats, in the order first seen
 * @param occurrences the article entities it is made of, in the order the articles were stored
 */
public record KnowledgeEntity(
    String id,
    String name,
    EntityType type,
    List<String> countries,
    List<String> roles,
    List<String> aliases,
    List<Occurrence> occurrences) {
  public KnowledgeEntity {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(type, "type is null");
    countries = List.copyOf(countries);
    roles = List.copyOf(roles);
    aliases = List.copyOf(aliases);
    occurrences = List.copyOf(occurrences);
  }

  /**
   * An Occurrence is the entity as one article has it.
   *
   * @param article the article's id
   * @param entity the entity's id within the article, e.g. {@code E1}
   */
  public record Occurrence(String article, String entity, String name, List<Span> mentions) {
    public Occurrence {
      requireNonNull(article, "article is null");
      requireNonNull(entity, "entity is null");
      requireNonNull(name, "name is null");
      mentions = List.copyOf(mentions);
    }
  }
}
