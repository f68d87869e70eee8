/**
 * The document model: an {@link dev.pamir.model.Article} is cleaned text that never changes, with
 * metadata and stand-off annotations that point into the text by {@link dev.pamir.model.Span}.
 *
 * <p>Everything here is an immutable value, safe to share between threads. Nothing here does I/O.
 */
@NullMarked
package dev.pamir.model;

import org.jspecify.annotations.NullMarked;
