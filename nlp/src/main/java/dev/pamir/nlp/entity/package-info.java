/**
 * The entity layer: {@link dev.pamir.nlp.entity.EntityBuilder} turns the recogniser's mentions, the
 * actor knowledge base and a few patterns (ministries, military units and bases, equipment
 * designations, news outlets) into document entities with merged mentions, roles and countries.
 */
@NullMarked
package dev.pamir.nlp.entity;

import org.jspecify.annotations.NullMarked;
