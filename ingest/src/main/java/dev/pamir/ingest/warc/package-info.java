/** Web archives: the pages a WARC file captured, as documents to clean. */
@NullMarked
package dev.pamir.ingest.warc;

import org.jspecify.annotations.NullMarked;
