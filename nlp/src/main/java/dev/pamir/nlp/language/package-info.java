/** Which language an article is written in. */
@NullMarked
package dev.pamir.nlp.language;

import org.jspecify.annotations.NullMarked;
