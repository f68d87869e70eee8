/**
 * The linguistic stage on Stanford CoreNLP: {@link dev.pamir.nlp.CoreNlpAnnotator} adds tokens,
 * sentences and the recogniser's mentions to an article. CoreNLP is GPL-3.0 and heavy, so it lives
 * in this module alone.
 */
@NullMarked
package dev.pamir.nlp;

import org.jspecify.annotations.NullMarked;
