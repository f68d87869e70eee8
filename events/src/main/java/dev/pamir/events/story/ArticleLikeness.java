package dev.pamir.events.story;

import java.util.HashMap;
import java.util.Map;

/**
 * ArticleLikeness says how alike two articles are as wholes: the cosine of their {@link
 * ArticleTerms} weighted by tf-idf, the inverse document frequencies counted over the articles
 * added so far. Two reports of one happening share its rare words (names of people and places,
 * numbers, the ship or the church) far more than two stories on one subject do; words every article
 * uses weigh next to nothing once a few dozen articles are in.
 *
 * <p>The frequencies grow with each article, so the same two articles may compare a little
 * differently early and late in a corpus; the same articles in the same order always compare the
 * same. Smoothed: {@code idf = ln((1 + n) / (1 + df)) + 1}, so a corpus of one or two articles
 * still compares by word counts.
 *
 * <p>Not thread-safe.
 */
final class ArticleLikeness {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<String, ArticleTerms> terms = new HashMap<>();
  private final Map<String, Double> norms = new HashMap<>();
  private int articles;

  /** Counts an article's words; its likeness to others can then be asked. */
  void add(String article, ArticleTerms articleTerms) {
    if (terms.putIfAbsent(article, articleTerms) != null) {
      return;
    }
    articles++;
    for (int i = 0; i < articleTerms.size(); i++) {
      documentFrequency.merge(articleTerms.word(i), 1, Integer::sum);
    }
    norms.clear();
  }

  /** The cosine of the two articles' weighted words, 0 when either is unknown or has none. */
  double between(String a, String b) {
    ArticleTerms ta = terms.get(a);
    ArticleTerms tb = terms.get(b);
    if (ta == null || tb == null || ta.size() == 0 || tb.size() == 0) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.size() && j < tb.size()) {
      int order = ta.word(i).compareTo(tb.word(j));
      if (order < 0) {
        i++;
      } else if (order > 0) {
        j++;
      } else {
        double idf = idf(ta.word(i));
        dot += ta.count(i) * tb.count(j) * idf * idf;
        i++;
        j++;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a, ta) * norm(b, tb));
  }

  private double norm(String article, ArticleTerms articleTerms) {
    Double cached = norms.get(article);
    if (cached != null) {
      return cached;
    }
    double sum = 0;
    for (int i = 0; i < articleTerms.size(); i++) {
      double weight = articleTerms.count(i) * idf(articleTerms.word(i));
      sum += weight * weight;
    }
    double norm = Math.sqrt(sum);
    norms.put(article, norm);
    return norm;
  }

  private double idf(String word) {
    int df = documentFrequency.getOrDefault(word, 0);
    return Math.log((1.0 + articles) / (1.0 + df)) + 1;
  }
}
