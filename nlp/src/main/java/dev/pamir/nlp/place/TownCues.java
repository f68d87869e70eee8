package dev.pamir.nlp.place;

import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words around a name that make it a town's in local news, whatever the recogniser labelled it:
 * a locative ("in Liberty"), a home ("Peter Lund of Sheridan", "mayor of Eufaula"), a legislator's
 * district ("R-Mankato"), a dateline ("GREENFIELD -"), a town's service or resident after it
 * ("Salem police", "a Carnegie senior"); and the words that make it something else (a title before
 * it, a speech verb after it, an institution's name).
 */
final class TownCues {

  private TownCues() {}

  /**
   * Whether the words around {@code span}, whose first token is {@code index}, make it a town's
   * name. {@code people}: the entity names a people, and "a Cherokee woman" makes no town of
   * Cherokee.
   */
  static boolean townContext(
      String text,
      List<Token> tokens,
      Span span,
      int index,
      List<Span> personSpans,
      boolean people) {
    String previous = index > 0 ? tokens.get(index - 1).word().toLowerCase(Locale.ROOT) : "";
    // "in Liberty", "near Plainfield"; not "to" or "at", which take people as often
    boolean home =
        previous.equals("from")
            && index >= 2
            && (tokens.get(index - 2).word().equals(",")
                || tokens.get(index - 2).tag().equals("CD"));
    int following = ToponymFinder.firstTokenAt(tokens, span.end());
    // "in Cherokee culture": the name only modifies the noun after it
    boolean modifier = following < tokens.size() && tokens.get(following).tag().matches("NNS?");
    if (((home || TOWN_LOCATIVES.contains(previous)) && !modifier)
        || datelineAt(text, span)
        || partyDistrict(text, span)) {
      return true;
    }
    if (index >= 2 && tokens.get(index - 1).word().equals("of")) {
      String before = tokens.get(index - 2).word();
      if (before.equals(",")
          || TOWN_HEADS.contains(before.toLowerCase(Locale.ROOT))
          || ToponymFinder.overlapsAny(tokens.get(index - 2).span(), personSpans)
          || PlaceWords.DIRECTIONS.contains(before.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    if (following < tokens.size()) {
      String next = tokens.get(following).word();
      // "a Cherokee woman": a people's name before a resident is no town's
      return PlaceWords.LOCAL_OFFICES.contains(next)
          || (!people && PlaceWords.RESIDENT_NOUNS.contains(next))
          || next.equals("home")
          || next.equals("senior")
          || next.equals("area");
    }
    return false;
  }

  /**
   * After "in", "near" or "outside", which take places, not "to" or "at", which take anything; or
   * as a legislator's home ("D-Plainfield").
   */
  static boolean inTown(String text, List<Token> tokens, Span span) {
    int index = ToponymFinder.firstTokenAt(tokens, span.start());
    return (index > 0
            && TOWN_LOCATIVES.contains(tokens.get(index - 1).word().toLowerCase(Locale.ROOT)))
        || partyDistrict(text, span);
  }

  private static boolean partyDistrict(String text, Span span) {
    return PARTY_DISTRICT
        .matcher(text)
        .region(Math.max(0, span.start() - 6), span.start())
        .useTransparentBounds(true)
        .find();
  }

  /** A name in capitals before a dash: "GREENFIELD - Federal officials said". */
  static boolean datelineAt(String text, Span span) {
    String name = span.of(text);
    if (!name.equals(name.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int i = span.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && "-–—".indexOf(text.charAt(i)) >= 0;
  }

  static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Words a town's name follows after "of": "mayor of Eufaula", "the city of Roswell". */
  static final Set<String> TOWN_HEADS =
      Set.of("mayor", "city", "town", "village", "township", "outskirts", "residents", "suburb");

  /** Bodies news names by a single common word, which some town also bears. */
  static final Set<String> INSTITUTIONS =
      Set.of(
          "congress",
          "parliament",
          "senate",
          "house",
          "court",
          "council",
          "assembly",
          "government",
          "church",
          "army",
          "navy",
          "police",
          "commerce",
          "treasury",
          "justice");

  static final Set<String> TOWN_LOCATIVES =
      Set.of("in", "near", "outside", "inside", "within", "throughout", "across");

  static final Set<String> SPEECH_VERBS =
      Set.of("said", "says", "told", "added", "asked", "stated", "wrote", "explained");

  /** Words before a name that make it a person's: "Mr. Henderson", "Coach Nelson". */
  static final Set<String> PERSON_TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "sen",
          "rep",
          "gov",
          "coach",
          "judge",
          "officer",
          "sgt",
          "lt",
          "capt",
          "det",
          "president",
          "senator",
          "prof",
          "rev",
          "father",
          "sister",
          "st");

  /** A legislator's party and home town: "Dana Pruitt, R-Mankato", "Sen. Carl Eide, DFL-Eagan". */
  private static final Pattern PARTY_DISTRICT = Pattern.compile("\\b(?:D|R|I|DFL)-\\z");
}
