package dev.pamir.nlp.entity;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Layer;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The EntityBuilder is the stage that turns the recogniser's mentions into the article's entities:
 * typed (person, organisation, country, place, facility, military unit, equipment), with every
 * mention of one entity merged ("Sergei Shoigu", "Shoigu"; "Shanghai Cooperation Organization" and
 * "SCO"), with roles and countries read from titles and appositives, and with the countries and
 * organisations of the {@link ActorKnowledgeBase} recognised under any of their names.
 *
 * <p>Mentions never overlap across entities; each entity's mentions are in text order and its
 * {@code name} is the fullest name the article or the knowledge base gives it. To find the entity
 * of a stretch of text, look for the entity with a mention span containing it.
 *
 * <p>Immutable and thread-safe: the knowledge base is shared, all other state lives per article.
 */
public final class EntityBuilder implements Stage {

  private final ActorKnowledgeBase knowledgeBase;
  private final RoleFinder roleFinder;

  public EntityBuilder(ActorKnowledgeBase knowledgeBase) {
    this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase is null");
    this.roleFinder = new RoleFinder(knowledgeBase);
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(
        Layer.TEXT, Layer.METADATA, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    List<Entity> entities =
        new DocumentEntities(
                in.text(),
                in.annotations().tokens(),
                in.annotations().sentences(),
                in.annotations().namedMentions(),
                knowledgeBase,
                roleFinder)
            .build();
    return in.withEntities(withAuthors(entities, in.metadata().authors()));
  }

  /**
   * The entities with the article's authors added as persons with the role "author": a byline is
   * cleaned out of the text, but who wrote a report is part of what it says. An author the text
   * also names gets the role on that entity instead.
   */
  static List<Entity> withAuthors(List<Entity> entities, List<String> authors) {
    if (authors.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities);
    int next = entities.size() + 1;
    for (String author : authors) {
      String folded = ActorKnowledgeBase.fold(author);
      int found = -1;
      for (int i = 0; i < out.size(); i++) {
        Entity e = out.get(i);
        if (e.type() == EntityType.PERSON
            && (ActorKnowledgeBase.fold(e.name()).equals(folded)
                || e.aliases().stream().anyMatch(a -> ActorKnowledgeBase.fold(a).equals(folded)))) {
          found = i;
          break;
        }
      }
      if (found >= 0) {
        Entity e = out.get(found);
        if (!e.roles().contains(AUTHOR_ROLE)) {
          List<String> roles = new ArrayList<>(e.roles());
          roles.add(AUTHOR_ROLE);
          out.set(
              found,
              new Entity(
                  e.id(), e.name(), e.type(), e.country(), roles, e.aliases(), e.mentions()));
        }
      } else {
        String id = "E" + next++;
        while (idTaken(out, id)) {
          id = "E" + next++;
        }
        out.add(
            new Entity(
                id,
                author,
                EntityType.PERSON,
                Optional.empty(),
                List.of(AUTHOR_ROLE),
                List.of(),
                List.of()));
      }
    }
    return out;
  }

  private static boolean idTaken(List<Entity> entities, String id) {
    return entities.stream().anyMatch(e -> e.id().equals(id));
  }

  /** The role an article's author gets. */
  static final String AUTHOR_ROLE = "author";
}
