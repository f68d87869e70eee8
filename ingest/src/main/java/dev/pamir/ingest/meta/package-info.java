/** Metadata: title, authors, outlet and publication date from pages, texts and feeds. */
@NullMarked
package dev.pamir.ingest.meta;

import org.jspecify.annotations.NullMarked;
