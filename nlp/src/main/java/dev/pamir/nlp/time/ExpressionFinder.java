package dev.pamir.nlp.time;

import dev.pamir.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ExpressionFinder finds, in raw text, the date forms the recogniser misses or splits: numeric
 * dates ("31/07/2021", "19.05.2021"), ranges of days ("April 26-27", "from July 30 to August 10",
 * "March 23 – 27 of 2021", "26-27 April"), ranges of years ("2021-2025", "in 1998-1999"), and dates
 * with their year ("March 26, 1996", which the recogniser may split).
 *
 * <p>A range's span includes a leading "from" or "between". Stateless and thread-safe.
 */
final class ExpressionFinder {

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String DASH = "\\s*[-\\u2010-\\u2015\\u2212]\\s*";
  private static final String TO = "(?:" + DASH + "|\\s+(?:to|until|till|through)\\s+)";
  private static final String OF_YEAR = "(?:,?\\s*(?:of\\s+)?(?:1[5-9]|20|21)\\d\\d(?!\\d))?";
  private static final String YEAR = "(?:1[5-9]|20|21)\\d\\d";

  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("(?<![\\w./-])\\d{1,2}([./])\\d{1,2}\\1\\d{4}(?![\\w/-])"),
          Pattern.compile("(?<![\\w./-])\\d{1,2}/\\d{1,2}/\\d{2}(?![\\w/.-])"),
          Pattern.compile("(?<![\\w./-])" + YEAR + "-[01]\\d-[0-3]\\d(?![\\w/-])"),
          Pattern.compile(
              "(?:(?:[Ff]rom|[Bb]etween)\\s+)?\\b"
                  + MONTH
                  + "\\s+"
                  + DAY
                  + "(?:,?\\s*"
                  + YEAR
                  + ")?"
                  + TO
                  + "(?:"
                  + MONTH
                  + "\\s+)?"
                  + DAY
                  + "\\b"
                  + OF_YEAR),
          Pattern.compile(
              "[Bb]etween\\s+"
                  + MONTH
                  + "\\s+"
                  + DAY
                  + "\\s+and\\s+(?:"
                  + MONTH
                  + "\\s+)?"
                  + DAY
                  + "\\b"
                  + OF_YEAR),
          Pattern.compile(
              "(?:(?:[Ff]rom|[Bb]etween)\\s+)?(?<![\\w/.-])"
                  + DAY
                  + "(?:\\s+"
                  + MONTH
                  + ")?"
                  + TO
                  + DAY
                  + "\\s+(?:of\\s+)?"
                  + MONTH
                  + "\\b"
                  + OF_YEAR),
          Pattern.compile(
              "(?:(?:[Ff]rom|[Bb]etween)\\s+)?(?<![\\w.,/$-])"
                  + YEAR
                  + "(?:"
                  + TO
                  + "|\\s+and\\s+)(?:"
                  + YEAR
                  + "|\\d\\d)(?![\\w/%-]|[.,]\\d)"),
          Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s*" + YEAR + "(?!\\d)"),
          Pattern.compile(
              "(?<![\\w.])" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "(?!\\d)"),
          Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "(?!\\d)"));

  private ExpressionFinder() {}

  /** The spans of every form found, in text order; they may overlap. */
  static List<Span> find(String text) {
    List<Span> found = new ArrayList<>();
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String match = m.group();
        if (match.contains(" and ")
            && !match.toLowerCase(java.util.Locale.ROOT).startsWith("between")) {
          continue;
        }
        found.add(new Span(m.start(), m.end()));
      }
    }
    found.sort(null);
    return found;
  }
}
