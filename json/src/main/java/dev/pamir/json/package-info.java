/**
 * The pamir/1 output contract (see the project's {@code docs/OUTPUT.md}): one JSON object a line
 * for each article and each story, field names and meanings fixed.
 */
@NullMarked
package dev.pamir.json;

import org.jspecify.annotations.NullMarked;
