/**
 * Stories: the events of every analysed article grouped by the real-world happening they report,
 * with the fields on which the reports disagree.
 *
 * <p>{@link dev.pamir.events.story.StoryBuilder} is the entry point. Two events join when their
 * types are the same or neighbours, they share actors and name no different states, their dates
 * overlap (an undated event leans on its article's publication date), their countries meet, and
 * their evidence says similar things; how much the evidence must agree depends on how much the
 * dates settle.
 */
@NullMarked
package dev.pamir.events.story;

import org.jspecify.annotations.NullMarked;
