package dev.pamir.events.code;

import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Place;
import dev.pamir.model.Quote;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An ArticleIndex finds, by character offset, what the language layer put at a place in the text:
 * the entity mentioned, the place, the time expression, the quote around it.
 */
final class ArticleIndex {

  private final Article article;
  private final TreeMap<Integer, Hit<Entity>> entities = new TreeMap<>();
  private final TreeMap<Integer, Hit<Place>> places = new TreeMap<>();
  private final List<TimeExpression> times;
  private final TreeMap<Integer, Span> timeSpans = new TreeMap<>();
  private final List<Quote> quotes;
  private final Map<String, Entity> byId = new java.util.HashMap<>();
  private final java.util.Set<String> organizationFirstWords = new java.util.HashSet<>();

  record Hit<T>(Span span, T value) {}

  ArticleIndex(Article article) {
    this.article = article;
    for (Entity e : article.annotations().entities()) {
      byId.put(e.id(), e);
      int space = e.name().indexOf(' ');
      if (e.type() == EntityType.ORGANIZATION && space > 0) {
        organizationFirstWords.add(e.name().substring(0, space));
      }
      for (Span m : e.mentions()) {
        entities.putIfAbsent(m.start(), new Hit<>(m, e));
      }
    }
    for (Place p : article.annotations().places()) {
      for (Span m : p.mentions()) {
        places.putIfAbsent(m.start(), new Hit<>(m, p));
      }
    }
    this.times = article.annotations().times();
    for (TimeExpression t : times) {
      timeSpans.putIfAbsent(t.span().start(), t.span());
    }
    this.quotes = article.annotations().quotes();
  }

  Article article() {
    return article;
  }

  String text() {
    return article.text();
  }

  Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Whether a word is the first word of an organisation's name in the article: "Summit" after
   * "Summit Entertainment".
   */
  boolean startsOrganizationName(String word) {
    return organizationFirstWords.contains(word);
  }

  /** The entity mentioned at a span overlapping {@code token}, if any. */
  Optional<Hit<Entity>> entityAt(Span token) {
    return at(entities, token);
  }

  Optional<Hit<Place>> placeAt(Span token) {
    return at(places, token);
  }

  private static <T> Optional<Hit<T>> at(TreeMap<Integer, Hit<T>> map, Span token) {
    Map.Entry<Integer, Hit<T>> e = map.floorEntry(token.end() - 1);
    if (e != null && e.getValue().span().end() > token.start()) {
      return Optional.of(e.getValue());
    }
    return Optional.empty();
  }

  /** Whether a time expression holds the token at {@code token} ("March" in "on March 1"). */
  boolean inTime(Span token) {
    var at = timeSpans.floorEntry(token.start());
    return at != null && at.getValue().end() >= token.end();
  }

  /** The time expressions inside {@code span}, in text order. */
  List<TimeExpression> timesIn(Span span) {
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The last valued time expression that ends in [from, to). */
  Optional<TimeExpression> lastTimeBetween(int from, int to) {
    TimeExpression last = null;
    for (TimeExpression t : times) {
      if (t.value().isPresent() && t.span().start() >= from && t.span().end() <= to) {
        last = t;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The quote whose words contain {@code offset}. */
  Optional<Quote> quoteAround(int offset) {
    for (Quote q : quotes) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }

  /**
   * The countries mentioned before {@code offset}, most recent first, without repeats: what "the
   * two countries" or "the republic" refer back to.
   */
  List<Entity> countriesBefore(int offset, int limit) {
    List<Entity> out = new ArrayList<>();
    for (Hit<Entity> hit : entities.headMap(offset, false).descendingMap().values()) {
      if (hit.value().type() == EntityType.COUNTRY && !out.contains(hit.value())) {
        out.add(hit.value());
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The countries mentioned most before {@code offset}, most mentioned first (the later mention
   * breaks a tie): what "the two countries" and "the republic" mean in an article about them.
   */
  List<Entity> salientCountriesBefore(int offset, int limit) {
    Map<Entity, int[]> counts = new java.util.LinkedHashMap<>();
    for (Hit<Entity> hit : entities.headMap(offset, false).values()) {
      if (hit.value().type() == EntityType.COUNTRY) {
        int[] c = counts.computeIfAbsent(hit.value(), k -> new int[2]);
        c[0]++;
        c[1] = hit.span().start();
      }
    }
    List<Entity> out = new ArrayList<>(counts.keySet());
    out.sort(
        java.util.Comparator.comparingInt((Entity e) -> -counts.get(e)[0])
            .thenComparingInt(e -> -counts.get(e)[1]));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /**
   * The countries the article mentions most, most mentioned first: what "the two countries" and
   * "the republic" mean in an article about them.
   */
  List<Entity> salientCountries(int limit) {
    List<Entity> countries = new ArrayList<>();
    for (Entity e : byId.values()) {
      if (e.type() == EntityType.COUNTRY) {
        countries.add(e);
      }
    }
    countries.sort(
        java.util.Comparator.comparingInt((Entity e) -> -e.mentions().size())
            .thenComparingInt(e -> e.mentions().isEmpty() ? 0 : e.mentions().get(0).start()));
    return countries.subList(0, Math.min(limit, countries.size()));
  }

  /** The start of the paragraph holding {@code offset}: just after the last blank line. */
  int paragraphStart(int offset) {
    int at = article.text().lastIndexOf("\n\n", Math.max(0, offset - 1));
    return at < 0 ? 0 : at + 2;
  }
}
