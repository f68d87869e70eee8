package dev.pamir.events.code;

import dev.pamir.model.EventAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Attributes reads the numbers of an event's clause: killed, injured, troops, contracts. */
final class Attributes {

  private static final String NUMBER =
      "(\\d{1,3}(?:,\\d{3})+|\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
          + "fifty|hundreds|dozens|a dozen)";

  /** A few words between a number and its verb, not reaching over "and" into another count. */
  private static final String UP_TO_FOUR_WORDS = "(?:(?!and\\b|or\\b)[\\w'-]+\\s+){0,4}?";

  private static final Pattern KILLED =
      Pattern.compile(
          "\\b(?:killing|killed|left)\\s+(?:at least\\s+|about\\s+|some\\s+|nearly\\s+)?"
              + NUMBER
              + "\\b|\\b"
              + NUMBER
              + "\\s+"
              + UP_TO_FOUR_WORDS
              + "(?:(?:were|was|have been|had been|are|being)\\s+)?(?:killed|dead|died)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern INJURED =
      Pattern.compile(
          "\\b(?:injuring|wounding|wounded|injured)\\s+(?:at least\\s+|about\\s+|some\\s+)?"
              + NUMBER
              + "\\b|\\b"
              + NUMBER
              + "\\s+"
              + UP_TO_FOUR_WORDS
              + "(?:(?:were|was|have been|had been|are|being)\\s+)?(?:injured|wounded|hurt)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TROOPS =
      Pattern.compile(
          "\\b"
              + NUMBER
              + "\\s+(?:[\\w-]+\\s+){0,3}?(?:soldiers|troops|servicemen|service members|personnel|"
              + "fighters)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTRACTS =
      Pattern.compile(
          "\\b" + NUMBER + "\\s+(?:[\\w-]+\\s+)?contracts\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("a dozen", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50));

  private Attributes() {}

  static EventAttributes read(String clause, List<String> equipment) {
    return new EventAttributes(
        first(KILLED, clause),
        first(INJURED, clause),
        first(TROOPS, clause),
        equipment,
        first(CONTRACTS, clause),
        Optional.empty());
  }

  private static OptionalInt first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          OptionalInt value = number(m.group(g));
          if (value.isPresent()) {
            return value;
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /** The value of a written number; vague ones ("dozens") have none. */
  static OptionalInt number(String written) {
    String w = written.toLowerCase(Locale.ROOT);
    Integer word = WORDS.get(w);
    if (word != null) {
      return OptionalInt.of(word);
    }
    String digits = w.replace(",", "");
    if (!digits.matches("\\d{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(digits));
  }
}
