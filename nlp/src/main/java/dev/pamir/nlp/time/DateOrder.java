package dev.pamir.nlp.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DateOrder of an article's numeric dates: whether "05/07/2021" is the 5th of July or the 7th
 * of May.
 *
 * <p>The rule, kept simple on purpose: dates with dots ("19.05.2021") are always day first; a slash
 * or dash date whose first number exceeds 12 is day first and one whose second number exceeds 12 is
 * month first, whatever the article; an ambiguous one is day first unless the article writes some
 * date month first ("5/19/2021") and none day first. Publication metadata does not decide it.
 */
public enum DateOrder {
  DAY_FIRST,
  MONTH_FIRST;

  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d./-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/-])");

  /** The order the article's own unambiguous numeric dates show, day first when they show none. */
  public static DateOrder of(String text) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    Matcher m = NUMERIC.matcher(text);
    while (m.find()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(3));
      if (first > 12 && second <= 12) {
        dayFirst = true;
      } else if (second > 12 && first <= 12) {
        monthFirst = true;
      }
    }
    return monthFirst && !dayFirst ? MONTH_FIRST : DAY_FIRST;
  }
}
