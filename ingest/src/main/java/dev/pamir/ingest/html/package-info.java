/** The article extractor for HTML pages: main content without the page around it. */
@NullMarked
package dev.pamir.ingest.html;

import org.jspecify.annotations.NullMarked;
