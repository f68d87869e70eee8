package dev.pamir.nlp.place;

import dev.pamir.geodata.GazetteerEntry;
import dev.pamir.geodata.GazetteerEntry.Kind;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ToponymNarrowing keeps, of a toponym's candidates, the kind the text around it shows: a state
 * where it is written as one ("Washington state", a list of states), a town where the name is the
 * home of a local body or a resident ("Mexico Middle School", "a Mexico man").
 */
final class ToponymNarrowing {

  private ToponymNarrowing() {}

  /**
   * The toponyms of {@code found}, in order, each with its candidates narrowed where the text says.
   */
  static List<Toponym> apply(String text, List<Token> tokens, List<Toponym> found) {
    return townsOfLocalBodies(tokens, statesWhereWritten(text, tokens, found));
  }

  /**
   * Toponyms that the text shows to be first-level regions keep only their region candidates:
   * "Washington state", "the state of Washington", and a name listed among regions ("Oregon,
   * Washington and Montana"), where the capital or a town of the name would otherwise win.
   */
  private static List<Toponym> statesWhereWritten(
      String text, List<Token> tokens, List<Toponym> found) {
    List<Toponym> result = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Toponym t = found.get(k);
      List<GazetteerEntry> regions =
          t.candidates().stream().filter(c -> c.kind() == Kind.REGION).toList();
      boolean before = listedWithRegion(text, found, k, -1);
      // "Washington, Missouri" alone is the town; "Washington, Missouri and Kansas" a list.
      boolean after =
          listedWithRegion(text, found, k, 1)
              && (t.qualifier().isEmpty() || before || listedWithRegion(text, found, k + 1, 1));
      if (!regions.isEmpty()
          && regions.size() < t.candidates().size()
          && (stateWord(text, tokens, t.span()) || before || after)) {
        t = new Toponym(t.span(), t.name(), regions, t.evidence(), t.locative(), t.qualifier());
      }
      result.add(t);
    }
    return result;
  }

  /** "Washington state", "New York State", "the state of Washington". */
  private static boolean stateWord(String text, List<Token> tokens, Span span) {
    int first = ToponymFinder.firstTokenAt(tokens, span.start());
    int after = ToponymFinder.firstTokenAt(tokens, span.end());
    boolean stateAfter =
        after < tokens.size()
            && tokens.get(after).word().equalsIgnoreCase("state")
            && !(after + 1 < tokens.size() && tokens.get(after + 1).tag().startsWith("NNP"));
    boolean stateOfBefore =
        first >= 2
            && tokens.get(first - 1).word().equals("of")
            && tokens.get(first - 2).word().equalsIgnoreCase("state");
    return stateAfter || stateOfBefore;
  }

  /**
   * Whether the toponym next to {@code found[k]} in direction {@code step} is a region, separated
   * from it only by a comma, "and" or "or": a list of states.
   */
  private static boolean listedWithRegion(String text, List<Toponym> found, int k, int step) {
    int j = k + step;
    if (j < 0 || j >= found.size()) {
      return false;
    }
    Toponym a = step < 0 ? found.get(j) : found.get(k);
    Toponym b = step < 0 ? found.get(k) : found.get(j);
    if (a.span().end() > b.span().start()) {
      return false;
    }
    String between = text.substring(a.span().end(), b.span().start()).strip();
    boolean separator =
        between.equals(",")
            || between.equals(", and")
            || between.equals("and")
            || between.equals(", or")
            || between.equals("or");
    return separator && found.get(j).candidates().get(0).kind() == Kind.REGION;
  }

  /**
   * Toponyms named as the home of a local body or of a resident keep only their towns and
   * districts, when they have any: the country of that name is not what a school or a fire
   * department is named after, nor where "a Mexico man" lives.
   */
  private static List<Toponym> townsOfLocalBodies(List<Token> tokens, List<Toponym> found) {
    List<Toponym> result = new ArrayList<>(found.size());
    for (Toponym t : found) {
      int after = ToponymFinder.firstTokenAt(tokens, t.span().end());
      String next = after < tokens.size() ? tokens.get(after).word().toLowerCase(Locale.ROOT) : "";
      // "a Mexico resident", "the Mexico Middle School": for the country, "Mexican".
      boolean local =
          PlaceWords.LOCAL_BODIES.contains(next) || PlaceWords.RESIDENT_NOUNS.contains(next);
      if (local && t.candidates().get(0).kind() == Kind.COUNTRY) {
        List<GazetteerEntry> towns =
            t.candidates().stream()
                .filter(c -> c.kind() == Kind.PLACE || c.kind() == Kind.DISTRICT)
                .toList();
        if (!towns.isEmpty()) {
          t = new Toponym(t.span(), t.name(), towns, t.evidence(), t.locative(), t.qualifier());
        }
      }
      result.add(t);
    }
    return result;
  }
}
