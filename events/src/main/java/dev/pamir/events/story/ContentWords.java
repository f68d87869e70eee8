package dev.pamir.events.story;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * ContentWords compares two sentences by the words that carry their content: the Dice coefficient
 * of their sets of words of three or more letters or digits, function words left out. It stands in
 * for sentence embeddings when the builder has no encoder.
 */
final class ContentWords {

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "and", "for", "that", "this", "with", "from", "has", "have", "had", "was", "were",
          "are", "been", "being", "will", "would", "could", "should", "its", "his", "her", "their",
          "they", "them", "which", "who", "whom", "what", "when", "where", "than", "then", "also",
          "into", "onto", "over", "under", "after", "before", "about", "said", "says", "saying",
          "not", "but", "all", "any", "our", "out", "one", "two", "new", "more", "most", "such",
          "only", "other", "some", "there", "these", "those", "very", "can", "did", "does", "while",
          "during", "between", "against", "upon", "per", "via", "yet", "still", "now");

  private ContentWords() {}

  /** The content words of {@code text}, lower case. */
  static Set<String> of(String text) {
    Set<String> words = new HashSet<>();
    forEach(text, words::add);
    return Set.copyOf(words);
  }

  /** Gives each content word of {@code text}, lower case, in order, as often as it occurs. */
  static void forEach(String text, Consumer<String> action) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        if (i - start >= 3) {
          String word = text.substring(start, i).toLowerCase(Locale.ROOT);
          if (!FUNCTION_WORDS.contains(word)) {
            action.accept(word);
          }
        }
        start = -1;
      }
    }
  }

  /** The Dice coefficient of two word sets: 0 when either is empty. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int shared = 0;
    for (String word : smaller) {
      if (larger.contains(word)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }
}
