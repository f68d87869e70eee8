/**
 * Political events coded from an article's sentences (PLOVER types with CAMEO codes), and stories:
 * the same happening grouped across the articles that report it.
 */
@NullMarked
package dev.pamir.events;

import org.jspecify.annotations.NullMarked;
