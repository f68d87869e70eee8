package dev.pamir.nlp.entity;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.EnumSet;
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
    return EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    return in.withEntities(
        new DocumentEntities(
                in.text(),
                in.annotations().tokens(),
                in.annotations().sentences(),
                in.annotations().namedMentions(),
                knowledgeBase,
                roleFinder)
            .build());
  }
}
