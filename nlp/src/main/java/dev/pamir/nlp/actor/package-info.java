/**
 * The actor knowledge base Pamir builds itself: every country with its names, demonyms, capitals
 * and seats of government, and the international organisations, armed groups, state bodies and news
 * outlets news about Central Asia names, with their aliases and abbreviations.
 *
 * <p>{@link dev.pamir.nlp.actor.ActorKnowledgeBase} is built once from the country table and the
 * hand-written tables beside this package, and is immutable and thread-safe.
 */
@NullMarked
package dev.pamir.nlp.actor;

import org.jspecify.annotations.NullMarked;
