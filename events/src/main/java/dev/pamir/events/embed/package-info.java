/**
 * Sentence embeddings: vectors whose cosine says how close two sentences are in meaning, for
 * comparing the evidence of events across articles.
 */
@NullMarked
package dev.pamir.events.embed;

import org.jspecify.annotations.NullMarked;
