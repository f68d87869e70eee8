/** Cleaning of plain text: page debris out, header metadata read. */
@NullMarked
package dev.pamir.ingest.text;

import org.jspecify.annotations.NullMarked;
