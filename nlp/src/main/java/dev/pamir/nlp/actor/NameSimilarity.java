package dev.pamir.nlp.actor;

import java.util.List;

/**
 * NameSimilarity decides whether a name in a text is a misspelling of a known name, strictly enough
 * that a different organisation with a similar name is not taken for it.
 *
 * <p>Both names are compared folded (see {@link ActorKnowledgeBase#fold}), word by word:
 *
 * <ul>
 *   <li>names of one word match only when the word is long (at least {@value #MIN_SINGLE_WORD}
 *       characters) and one edit apart: "Tadjikistan" for "Tajikistan";
 *   <li>names of several words need the same number of words and the same last word; every other
 *       word must be equal or one edit apart (both at least 5 letters long); names of four or more
 *       words may have one word wholly different: "Collective Cooperation Treaty Organization" for
 *       "Collective Security Treaty Organization".
 * </ul>
 *
 * <p>Abbreviations and short names never match fuzzily. Stateless and thread-safe.
 */
public final class NameSimilarity {

  /** The shortest single word that may match a known word one edit away. */
  static final int MIN_SINGLE_WORD = 8;

  private NameSimilarity() {}

  /** Whether {@code text} (folded) is a misspelling of {@code known} (folded). */
  public static boolean similar(String text, String known) {
    if (text.equals(known)) {
      return true;
    }
    List<String> a = List.of(text.split(" "));
    List<String> b = List.of(known.split(" "));
    if (a.size() != b.size()) {
      return false;
    }
    if (a.size() == 1) {
      return text.length() >= MIN_SINGLE_WORD
          && known.length() >= MIN_SINGLE_WORD
          && editDistance(text, known, 1) <= 1;
    }
    if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    int different = 0;
    for (int i = 0; i < a.size() - 1; i++) {
      String x = a.get(i);
      String y = b.get(i);
      if (x.equals(y)) {
        continue;
      }
      if (x.length() >= 5 && y.length() >= 5 && editDistance(x, y, 1) <= 1) {
        continue;
      }
      different++;
    }
    return different == 0 || (different == 1 && a.size() >= 4);
  }

  /**
   * The Levenshtein distance of {@code a} and {@code b}, or {@code bound + 1} as soon as it is
   * known to exceed {@code bound}.
   */
  static int editDistance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > bound) {
        return bound + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], bound + 1);
  }
}
