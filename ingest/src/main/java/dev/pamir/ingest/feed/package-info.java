/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with DTDs and external entities off; a feed that
 * declares a DTD is rejected.
 */
@NullMarked
package dev.pamir.ingest.feed;

import org.jspecify.annotations.NullMarked;
