package dev.pamir.events.story;

import static java.util.Objects.requireNonNull;

/**
 * StorySettings are the windows and thresholds by which {@link StoryBuilder} decides that two
 * reports tell of the same happening.
 *
 * @param dateToleranceDays slack when comparing two dates, for reports a day apart across time
 *     zones or "yesterday" counted from different days
 * @param preciseDateDays the longest date (in days, ends included) that still pins a happening
 *     down: a visit or an exercise, not a month
 * @param longestDateDays a date longer than this ("1998/1999") says nothing about which happening
 *     it is and is treated as absent
 * @param hintDaysBefore how long before its article's publication an undated event may have
 *     happened
 * @param hintDaysAfter how long after publication an undated event may be dated (time zones, late
 *     reports of the publication date)
 * @param plannedHintDaysAfter how far after publication an undated planned event may fall
 * @param alikeArticles how alike two articles must be as wholes ({@link ArticleLikeness}) for their
 *     reports to join on that alone, whatever their evidence sentences say and though nothing dates
 *     them
 * @param withEncoder evidence thresholds on the cosine of sentence embeddings
 * @param withoutEncoder evidence thresholds on shared content words, when there is no encoder
 */
public record StorySettings(
    int dateToleranceDays,
    int preciseDateDays,
    int longestDateDays,
    int hintDaysBefore,
    int hintDaysAfter,
    int plannedHintDaysAfter,
    double alikeArticles,
    Thresholds withEncoder,
    Thresholds withoutEncoder) {

  /** The settings the project measures with. */
  public static final StorySettings DEFAULTS =
      new StorySettings(
          1,
          16,
          400,
          30,
          7,
          60,
          0.35,
          new Thresholds(0.15, 0.50, 0.50, 0.55, 0.10),
          new Thresholds(0.0, 0.20, 0.20, 0.25, 0.05));

  public StorySettings {
    nonNegative(dateToleranceDays, "dateToleranceDays");
    nonNegative(preciseDateDays, "preciseDateDays");
    nonNegative(hintDaysBefore, "hintDaysBefore");
    nonNegative(hintDaysAfter, "hintDaysAfter");
    nonNegative(plannedHintDaysAfter, "plannedHintDaysAfter");
    if (longestDateDays < preciseDateDays) {
      throw new IllegalArgumentException(
          "longestDateDays " + longestDateDays + " is below preciseDateDays " + preciseDateDays);
    }
    requireNonNull(withEncoder, "withEncoder is null");
    requireNonNull(withoutEncoder, "withoutEncoder is null");
  }

  /**
   * Thresholds are how similar the evidence of a report must be to a story's, by how well the dates
   * settle the match: from "both precisely dated and overlapping" (little else needed) to "neither
   * dated nor published" (the evidence must carry it).
   *
   * @param precise both dates precise and overlapping
   * @param coarse a month, a year or a long interval overlapping
   * @param hint an undated report placed by its article's publication date
   * @param undated nothing dates either side; joining then also needs the same type and the actors
   *     of one side all among the other's
   * @param bonus taken off the threshold for each further agreement: the same type, the same
   *     actors, the same place
   */
  public record Thresholds(
      double precise, double coarse, double hint, double undated, double bonus) {
    public Thresholds {
      for (double value : new double[] {precise, coarse, hint, undated, bonus}) {
        if (!(value >= -1 && value <= 1)) {
          throw new IllegalArgumentException("a threshold outside [-1, 1]: " + value);
        }
      }
    }
  }

  private static void nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " is negative: " + value);
    }
  }
}
