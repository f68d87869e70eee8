/**
 * Quotes and their speakers: {@link dev.pamir.nlp.quote.QuoteExtractor} finds direct quotes between
 * quotation marks and reported (indirect) speech, and attributes each to a speaker, by rules over
 * the token layer. It needs no model of its own. {@link dev.pamir.nlp.quote.SpeakerMentionLinker}
 * then makes each resolved speaker pronoun or description a mention of the speaker's entity.
 */
@NullMarked
package dev.pamir.nlp.quote;

import org.jspecify.annotations.NullMarked;
