package dev.pamir.model;

import java.util.List;

/**
 * The Annotations of an article: every analysis layer, each a list of stand-off records pointing
 * into the text. A layer the pipeline has not produced is an empty list; {@link Article#layers()}
 * says which were produced.
 */
public record Annotations(
    List<Token> tokens,
    List<Sentence> sentences,
    List<NamedMention> namedMentions,
    List<Entity> entities,
    List<Place> places,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<Event> events) {

  public static final Annotations EMPTY =
      new Annotations(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Annotations {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    namedMentions = List.copyOf(namedMentions);
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }

  /** Throws when a span of any layer does not fit a text of {@code length}. */
  void checkFits(int length) {
    tokens.forEach(t -> fits(t.span(), length, "token"));
    sentences.forEach(s -> fits(s.span(), length, "sentence"));
    namedMentions.forEach(m -> fits(m.span(), length, "named mention"));
    entities.forEach(e -> e.mentions().forEach(m -> fits(m, length, "entity " + e.id())));
    places.forEach(p -> p.mentions().forEach(m -> fits(m, length, "place " + p.name())));
    times.forEach(t -> fits(t.span(), length, "time"));
    quotes.forEach(q -> fits(q.span(), length, "quote"));
    events.forEach(e -> fits(e.evidence(), length, "event " + e.id()));
    sentences.forEach(
        s -> {
          if (s.endToken() > tokens.size()) {
            throw new IllegalArgumentException(
                "sentence " + s.span() + " ends at token " + s.endToken() + " of " + tokens.size());
          }
        });
  }

  private static void fits(Span span, int length, String what) {
    if (!span.fitsIn(length)) {
      throw new IllegalArgumentException(
          what + " span " + span + " is outside a text of " + length);
    }
  }

  Annotations withTokens(List<Token> t, List<Sentence> s, List<NamedMention> m) {
    return new Annotations(t, s, m, entities, places, times, quotes, events);
  }

  Annotations withEntities(List<Entity> e) {
    return new Annotations(tokens, sentences, namedMentions, e, places, times, quotes, events);
  }

  Annotations withPlaces(List<Place> p) {
    return new Annotations(tokens, sentences, namedMentions, entities, p, times, quotes, events);
  }

  Annotations withTimes(List<TimeExpression> t) {
    return new Annotations(tokens, sentences, namedMentions, entities, places, t, quotes, events);
  }

  Annotations withQuotes(List<Quote> q) {
    return new Annotations(tokens, sentences, namedMentions, entities, places, times, q, events);
  }

  Annotations withEvents(List<Event> v) {
    return new Annotations(tokens, sentences, namedMentions, entities, places, times, quotes, v);
  }
}
