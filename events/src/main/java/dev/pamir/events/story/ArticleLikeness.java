package dev.pamir.events.story;

import java.util.Arrays;
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
 * <p>Each word is kept once, as a number: an article costs two ints a distinct word.
 *
 * <p>Not thread-safe.
 */
final class ArticleLikeness {

  /** An article's words as word numbers in ascending order, with their counts. */
  private record Words(int[] ids, int[] counts) {}

  private final Map<String, Integer> ids = new HashMap<>();
  private int[] documentFrequency = new int[1024];
  private final Map<String, Words> articles = new HashMap<>();
  private final Map<String, Double> norms = new HashMap<>();

  /** Counts an article's words; its likeness to others can then be asked. */
  void add(String article, ArticleTerms terms) {
    if (articles.containsKey(article)) {
      return;
    }
    int[] wordIds = new int[terms.size()];
    int[] counts = new int[terms.size()];
    Integer[] order = new Integer[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      int id = ids.computeIfAbsent(terms.word(i), w -> ids.size());
      if (id == documentFrequency.length) {
        documentFrequency = Arrays.copyOf(documentFrequency, id * 2);
      }
      documentFrequency[id]++;
      wordIds[i] = id;
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(wordIds[a], wordIds[b]));
    int[] sortedIds = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sortedIds[i] = wordIds[order[i]];
      counts[i] = terms.count(order[i]);
    }
    articles.put(article, new Words(sortedIds, counts));
    norms.clear();
  }

  /** The cosine of the two articles' weighted words, 0 when either is unknown or has none. */
  double between(String a, String b) {
    Words wa = articles.get(a);
    Words wb = articles.get(b);
    if (wa == null || wb == null || wa.ids.length == 0 || wb.ids.length == 0) {
      return 0;
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < wa.ids.length && j < wb.ids.length) {
      if (wa.ids[i] < wb.ids[j]) {
        i++;
      } else if (wa.ids[i] > wb.ids[j]) {
        j++;
      } else {
        double idf = idf(wa.ids[i]);
        dot += wa.counts[i] * wb.counts[j] * idf * idf;
        i++;
        j++;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a, wa) * norm(b, wb));
  }

  private double norm(String article, Words words) {
    Double cached = norms.get(article);
    if (cached != null) {
      return cached;
    }
    double sum = 0;
    for (int i = 0; i < words.ids.length; i++) {
      double weight = words.counts[i] * idf(words.ids[i]);
      sum += weight * weight;
    }
    double norm = Math.sqrt(sum);
    norms.put(article, norm);
    return norm;
  }

  private double idf(int word) {
    return Math.log((1.0 + articles.size()) / (1.0 + documentFrequency[word])) + 1;
  }
}
