package dev.pamir.nlp.language;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The LanguageIdentifier says whether an article is English, the language Pamir analyses, by the
 * share of its words that are English function words ("the", "of", "and", ...): running English
 * prose has well over a fifth, other languages and word lists almost none. An article that is not
 * recognisably English gets no language and a warning, since the later layers will be poor on it.
 *
 * <p>Immutable and thread-safe.
 */
public final class LanguageIdentifier implements Stage {

  /** The share of function words above which a text is English. */
  static final double ENGLISH_THRESHOLD = 0.12;

  /** Words looked at, at most: the start of an article says what language it is in. */
  private static final int MAX_WORDS = 2_000;

  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "as",
          "by", "at", "be", "this", "are", "from", "or", "his", "her", "an", "have", "has", "had",
          "not", "but", "they", "which", "were", "been", "their", "its", "will", "would", "who",
          "we", "he", "she", "said", "there", "than", "into", "also", "after", "about", "more",
          "all", "one", "can", "out", "up", "when", "what", "other", "over", "our", "no");

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.LANGUAGE);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    double share = englishShare(in.text());
    if (share >= ENGLISH_THRESHOLD) {
      return in.withLanguage("en");
    }
    return in.withLanguageUnknown()
        .withWarnings(
            List.of(
                String.format(
                    Locale.ROOT,
                    "the text does not look like English (%.0f%% English function words);"
                        + " later layers may be poor",
                    share * 100)));
  }

  /** The share of the first words of {@code text} that are English function words. */
  static double englishShare(String text) {
    int words = 0;
    int english = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < MAX_WORDS) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words++;
        if (i - start <= 5
            && FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          english++;
        }
      }
    }
    return words == 0 ? 0 : (double) english / words;
  }
}
