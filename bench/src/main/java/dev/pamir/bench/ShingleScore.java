package dev.pamir.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ShingleScore is the article-extraction benchmark's measure of one extracted text against its
 * gold text: precision and recall over multisets of word 4-grams ("shingles").
 *
 * <p>Words are runs of Unicode word characters, as Python's {@code \w+}; a text with fewer than
 * four words is one shingle of the words it has. Precision or recall is {@code NaN} when it is
 * undefined for the document (nothing extracted, or an empty gold text), and such documents are
 * left out of that average, as the reference scorer does. Immutable and thread-safe.
 *
 * @param precision shared shingles over extracted shingles
 * @param recall shared shingles over gold shingles
 * @param exact whether the extracted words equal the gold words
 */
public record ShingleScore(double precision, double recall, boolean exact) {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SIZE = 4;

  /** Scores {@code extracted} against {@code gold}. */
  public static ShingleScore of(String gold, String extracted) {
    List<String> goldWords = words(gold);
    List<String> extractedWords = words(extracted);
    Map<List<String>, Integer> truth = shingles(goldWords);
    Map<List<String>, Integer> predicted = shingles(extractedWords);
    long shared = 0;
    for (Map.Entry<List<String>, Integer> e : truth.entrySet()) {
      shared += Math.min(e.getValue(), predicted.getOrDefault(e.getKey(), 0));
    }
    long predictedCount = predicted.values().stream().mapToLong(Integer::longValue).sum();
    long truthCount = truth.values().stream().mapToLong(Integer::longValue).sum();
    long falsePositives = predictedCount - shared;
    long falseNegatives = truthCount - shared;
    boolean perfect = falsePositives == 0 && falseNegatives == 0;
    double precision =
        perfect ? 1.0 : predictedCount > 0 ? (double) shared / predictedCount : Double.NaN;
    double recall = perfect ? 1.0 : truthCount > 0 ? (double) shared / truthCount : Double.NaN;
    return new ShingleScore(precision, recall, goldWords.equals(extractedWords));
  }

  /**
   * The benchmark's summary of {@code scores}: mean precision and mean recall over the documents
   * where each is defined, and the F1 of those two means.
   */
  public static Summary summarize(List<ShingleScore> scores) {
    double precision =
        scores.stream()
            .mapToDouble(ShingleScore::precision)
            .filter(x -> !Double.isNaN(x))
            .average()
            .orElse(0);
    double recall =
        scores.stream()
            .mapToDouble(ShingleScore::recall)
            .filter(x -> !Double.isNaN(x))
            .average()
            .orElse(0);
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    long exact = scores.stream().filter(ShingleScore::exact).count();
    return new Summary(precision, recall, f1, exact, scores.size());
  }

  /**
   * A Summary is the benchmark's figures over a set of documents.
   *
   * @param precision mean precision
   * @param recall mean recall
   * @param f1 the F1 of the two means
   * @param exact documents whose words match the gold exactly
   * @param documents documents scored
   */
  public record Summary(double precision, double recall, double f1, long exact, int documents) {}

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> words) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    if (words.size() < SIZE) {
      out.put(List.copyOf(words), 1);
      return out;
    }
    for (int i = 0; i + SIZE <= words.size(); i++) {
      out.merge(List.copyOf(words.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return out;
  }
}
