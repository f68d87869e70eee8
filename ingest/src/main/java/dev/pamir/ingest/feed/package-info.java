/** RSS 2.0 and Atom feeds, parsed with DTDs and external entities off. */
@NullMarked
package dev.pamir.ingest.feed;

import org.jspecify.annotations.NullMarked;
