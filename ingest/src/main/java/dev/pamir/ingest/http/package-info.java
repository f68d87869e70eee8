/** Fetching pages over HTTP(S) within limits on time, size and redirects. */
@NullMarked
package dev.pamir.ingest.http;

import org.jspecify.annotations.NullMarked;
