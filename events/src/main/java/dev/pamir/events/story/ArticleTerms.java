package dev.pamir.events.story;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * ArticleTerms are the content words of a whole article, its title counted twice, with how often
 * each occurs: what {@link ArticleLikeness} compares when it asks whether two articles tell of the
 * same thing, in sorted order (see {@link ContentWords}).
 *
 * <p>Immutable.
 */
final class ArticleTerms {

  /** Text beyond this many characters is not read: the top of a report names its happening. */
  static final int MAX_CHARS = 20_000;

  static final ArticleTerms EMPTY = new ArticleTerms(new String[0], new int[0]);

  private final String[] words;
  private final int[] counts;

  private ArticleTerms(String[] words, int[] counts) {
    this.words = words;
    this.counts = counts;
  }

  static ArticleTerms of(String title, String text) {
    Map<String, Integer> counts = new TreeMap<>();
    count(title, 2, counts);
    count(text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS), 1, counts);
    String[] words = counts.keySet().toArray(String[]::new);
    int[] values = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      values[i] = counts.get(words[i]);
    }
    return new ArticleTerms(words, values);
  }

  private static void count(String text, int weight, Map<String, Integer> counts) {
    ContentWords.forEach(text, word -> counts.merge(word, weight, Integer::sum));
  }

  int size() {
    return words.length;
  }

  String word(int i) {
    return words[i];
  }

  int count(int i) {
    return counts[i];
  }

  @Override
  public String toString() {
    return Arrays.toString(words);
  }
}
