package dev.pamir.nlp.quote;

import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.Layer;
import dev.pamir.model.Quote;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The QuoteExtractor is the stage that finds what an article reports people saying, and who said
 * it, by rules over the token layer.
 *
 * <p>Direct quotes are the words between quotation marks (straight, curly, guillemets, and single
 * curly marks that cannot be apostrophes); their spans exclude the marks. A quote that runs on into
 * the next paragraph, where it opens again, gives one quote per paragraph with the same speaker.
 * Words in marks count as a quote when a speaker is attributed beside them or when they are long
 * enough ({@value QuoteFinder#MIN_UNATTRIBUTED_WORDS} words) not to be a name or a scare quote;
 * titles ("the article “...”") never count. Indirect quotes are reported clauses: "X said that
 * ...", "according to X, ...", "..., X said.", "This was stated by X" (the sentence before).
 *
 * <p>Speakers: persons and organisations the recogniser found, capitalised names it did not ("Avia.
 * Pro notes"), pronouns (the most recent person named outside quotes), surnames (the fullest name
 * of that person in the article), and descriptions ("the head of the department": the person the
 * article gave that role, else the person last quoted, else the description).
 *
 * <p>Optional input: when an earlier stage produced {@link Layer#ENTITIES}, a quote's speaker is
 * the id of the entity with the speaker's mention, or else the one whose name, alias or surname
 * matches the name as written or the fullest name the article gives it, and speakerName is that
 * entity's name. Without entities the speaker id is empty and speakerName still names the speaker.
 * Each quote with a speaker records in speakerSpan the words that referred to it (the name, pronoun
 * or description); {@link SpeakerMentionLinker} makes them a mention of the entity.
 *
 * <p>Immutable and thread-safe: it holds no state; each call builds its own working index.
 */
public final class QuoteExtractor implements Stage {

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.QUOTES);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    return in.withQuotes(quotes(in));
  }

  /** The quotes of {@code article}, in text order. */
  static List<Quote> quotes(Article article) {
    String text = article.text();
    List<QuotedSegment> segments = QuoteMarkScanner.scan(text);
    List<Entity> entities =
        article.layers().contains(Layer.ENTITIES) ? article.annotations().entities() : List.of();
    TokenIndex index =
        new TokenIndex(
            text,
            article.annotations().tokens(),
            article.annotations().sentences(),
            article.annotations().namedMentions(),
            segments);
    return new QuoteFinder(index, segments, entities).find();
  }
}
