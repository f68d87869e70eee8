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
 * with their year ("March 26, 1996", which the recogniser may split), months with a day ("Feb.
 * 10"), and holidays ("Thanksgiving Day").
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

  /**
   * A month and day without a year ("Feb. 10"): the recogniser splits it where the tokenizer takes
   * the abbreviation's dot for the end of a sentence ("until Feb. 10.''"). Kept only where no
   * longer form holds it.
   */
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "(?![\\w%:]|[.,]\\d)");

  private static final String HOLIDAY_NAME =
      "(?:Christmas(?: Day| Eve)?|New Year['\u2019]s (?:Day|Eve)|Thanksgiving(?: Day)?"
          + "|Valentine['\u2019]s Day|Halloween)";

  /**
   * What follows a holiday's name when the name is part of another name or of a thing ("Christmas
   * Island", "Christmas trees"); not what happens on the day ("a New Year's Eve party").
   */
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "\\s+(?:Islands?\\b|trees?\\b|markets?\\b|cards?\\b|gifts?\\b|presents?\\b"
              + "|shopping\\b|sales?\\b|lights\\b|carols?\\b|decorations?\\b)");

  /** Holidays the resolver dates ("Thanksgiving Day", "last Christmas"). */
  private static final Pattern HOLIDAY =
      Pattern.compile("\\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his)\\s+)?" + HOLIDAY_NAME + "\\b" + OF_YEAR);

  private static final Pattern HOLIDAY_ALONE = Pattern.compile(HOLIDAY_NAME);

  private ExpressionFinder() {}

  /**
   * Whether {@code span} is a holiday's name that qualifies what follows it ("Christmas Island",
   * "Christmas trees"): a name, not a time.
   */
  static boolean namesAThing(String text, Span span) {
    String covered = span.of(text);
    int name =
        covered.indexOf(' ') > 0 && covered.matches("(?i)(?:last|next|this) .*")
            ? covered.indexOf(' ') + 1
            : 0;
    return HOLIDAY_ALONE.matcher(covered.substring(name)).matches()
        && QUALIFIED.matcher(text).region(span.end(), text.length()).lookingAt();
  }

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
    Matcher h = HOLIDAY.matcher(text);
    while (h.find()) {
      Span span = new Span(h.start(), h.end());
      if (!namesAThing(text, span)) {
        found.add(span);
      }
    }
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      Span span = new Span(m.start(), m.end());
      if (found.stream().noneMatch(f -> f.start() <= span.start() && span.end() <= f.end())) {
        found.add(span);
      }
    }
    found.sort(null);
    return found;
  }
}
