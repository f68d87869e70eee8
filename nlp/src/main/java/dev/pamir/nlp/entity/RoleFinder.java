package dev.pamir.nlp.entity;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Token;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.nlp.actor.ActorMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The RoleFinder reads a person's title from the words around a mention of the person, with its own
 * lexicon of titles:
 *
 * <ul>
 *   <li>a title before the name: "Russian Defense Minister Sergei Shoigu" gives "Defense Minister"
 *       and Russia; "Minister of Defense of Uzbekistan Bakhodir Kurbanov" gives "Minister of
 *       Defense" and Uzbekistan; "former US President Clinton" gives "former President" and the
 *       United States;
 *   <li>an appositive after the name: "Piotr Svoik, a political scientist," gives "political
 *       scientist";
 *   <li>an appositive before the name: "the Director of the Russian Foreign Intelligence Service,
 *       Sergey Naryshkin" gives "Director of the Foreign Intelligence Service" and Russia.
 * </ul>
 *
 * <p>A phrase is a title only when it holds a head word of the lexicon (minister, president,
 * scientist, ...). Immutable and thread-safe.
 */
final class RoleFinder {

  /** Words a title can end with or be built around. */
  static final Set<String> HEADS =
      Set.of(
          "president",
          "minister",
          "secretary",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "commander",
          "general",
          "colonel",
          "admiral",
          "director",
          "head",
          "chief",
          "chairman",
          "chairwoman",
          "chair",
          "ambassador",
          "envoy",
          "scientist",
          "analyst",
          "researcher",
          "expert",
          "journalist",
          "correspondent",
          "editor",
          "professor",
          "governor",
          "mayor",
          "senator",
          "leader",
          "king",
          "queen",
          "emir",
          "ceo",
          "officer",
          "official",
          "diplomat",
          "representative",
          "adviser",
          "advisor",
          "founder",
          "observer",
          "historian",
          "economist",
          "lawyer",
          "premier",
          "chancellor",
          "speaker",
          "deputy",
          "prosecutor",
          "judge",
          "lieutenant",
          "sergeant",
          "captain",
          "marshal",
          "mufti",
          "imam",
          "columnist",
          "commentator",
          "specialist",
          "author",
          "politician",
          "lawmaker",
          "executive",
          "manager",
          "coordinator",
          "attaché",
          "consul",
          "counselor",
          "councillor",
          "sheikh");

  /** Words that may stand in a title before its head: "Defense" in "Defense Minister". */
  static final Set<String> MODIFIERS =
      Set.of(
          "prime",
          "vice",
          "deputy",
          "former",
          "acting",
          "first",
          "chief",
          "executive",
          "political",
          "military",
          "senior",
          "foreign",
          "defense",
          "defence",
          "interior",
          "finance",
          "economy",
          "economic",
          "trade",
          "energy",
          "justice",
          "health",
          "education",
          "emergency",
          "emergencies",
          "security",
          "intelligence",
          "state",
          "general",
          "assistant",
          "special",
          "permanent",
          "press",
          "national",
          "regional",
          "independent",
          "leading",
          "top",
          "army",
          "air",
          "force",
          "forces",
          "naval",
          "navy",
          "staff",
          "joint",
          "supreme",
          "defense-",
          "affairs",
          "external",
          "internal",
          "public",
          "presidential",
          "government",
          "parliamentary",
          "party",
          "opposition",
          "field",
          "brigadier",
          "major",
          "lead",
          "then",
          "late",
          "retired",
          "ex",
          "outgoing",
          "incoming",
          "current",
          "managing",
          "political-military",
          "international",
          "relations",
          "research",
          "social",
          "and",
          "security-council",
          "commercial",
          "technical",
          "science",
          "sciences",
          "orientalist",
          "turkologist",
          "sinologist",
          "agriculture",
          "transport",
          "culture",
          "sports",
          "information",
          "communications");

  /** Titles written before a name and stripped from the name: "Mr. Piotr Svoik". */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mister", "prof", "gen", "col", "lt");

  private static final int MAX_TITLE_TOKENS = 10;

  private final ActorKnowledgeBase knowledgeBase;

  RoleFinder(ActorKnowledgeBase knowledgeBase) {
    this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase is null");
  }

  /**
   * The role given to the person mentioned by tokens {@code [first, end)} of a sentence whose
   * tokens are {@code [sentenceStart, sentenceEnd)}.
   */
  Optional<Role> find(
      String text, List<Token> tokens, int first, int end, int sentenceStart, int sentenceEnd) {
    Optional<Role> before = titleBefore(text, tokens, first, sentenceStart);
    if (before.isPresent()) {
      return before;
    }
    Optional<Role> after = appositiveAfter(text, tokens, end, sentenceEnd);
    if (after.isPresent()) {
      return after;
    }
    return appositiveBefore(text, tokens, first, sentenceStart);
  }

  /** "Russian Defense Minister Sergei Shoigu": title words directly before the name. */
  private Optional<Role> titleBefore(String text, List<Token> tokens, int first, int floor) {
    int i = first;
    while (i > floor && first - i < MAX_TITLE_TOKENS) {
      Token t = tokens.get(i - 1);
      String w = lower(t);
      if (HONORIFICS.contains(w.replace(".", ""))) {
        i--;
        continue;
      }
      if (HEADS.contains(w) || MODIFIERS.contains(w) || isCountryWord(t)) {
        i--;
        continue;
      }
      if ((w.equals("of") || w.equals("the")) && i - 1 > floor && i < first) {
        i--;
        continue;
      }
      break;
    }
    return role(text, tokens, i, first);
  }

  /** "Piotr Svoik, a political scientist,": a described title after a comma. */
  private Optional<Role> appositiveAfter(String text, List<Token> tokens, int end, int ceiling) {
    if (end >= ceiling || !tokens.get(end).word().equals(",")) {
      return Optional.empty();
    }
    int i = end + 1;
    if (i < ceiling && Set.of("a", "an", "the").contains(lower(tokens.get(i)))) {
      i++;
    }
    int start = i;
    while (i < ceiling && i - start < MAX_TITLE_TOKENS) {
      Token t = tokens.get(i);
      String w = lower(t);
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("who") || w.equals(":")) {
        break;
      }
      boolean capitalized = Character.isUpperCase(t.word().codePointAt(0));
      if (!(HEADS.contains(w)
          || MODIFIERS.contains(w)
          || capitalized
          || w.equals("of")
          || w.equals("the")
          || w.equals("at")
          || w.equals("for"))) {
        return Optional.empty();
      }
      i++;
    }
    return role(text, tokens, start, i);
  }

  /** "the Director of the Russian Foreign Intelligence Service, Sergey Naryshkin". */
  private Optional<Role> appositiveBefore(String text, List<Token> tokens, int first, int floor) {
    int comma = first - 1;
    if (comma <= floor || !tokens.get(comma).word().equals(",")) {
      return Optional.empty();
    }
    int i = comma;
    int headAt = -1;
    while (i > floor && comma - i < MAX_TITLE_TOKENS) {
      Token t = tokens.get(i - 1);
      String w = lower(t);
      boolean capitalized = Character.isUpperCase(t.word().codePointAt(0));
      if (HEADS.contains(w)) {
        headAt = i - 1;
      } else if (!(MODIFIERS.contains(w) || capitalized || w.equals("of") || w.equals("the"))) {
        break;
      }
      i--;
    }
    if (headAt < 0) {
      return Optional.empty();
    }
    int start = i;
    while (start < headAt
        && !HEADS.contains(lower(tokens.get(start)))
        && !MODIFIERS.contains(lower(tokens.get(start)))) {
      start++;
    }
    return role(text, tokens, start, comma);
  }

  /**
   * The role the tokens {@code [start, end)} state: their text without articles and nationality
   * words, which give the country. Empty when no head word is among them.
   */
  private Optional<Role> role(String text, List<Token> tokens, int start, int end) {
    List<Token> words = new ArrayList<>();
    Optional<String> country = Optional.empty();
    for (int i = start; i < end; i++) {
      Token t = tokens.get(i);
      String w = lower(t);
      if (HONORIFICS.contains(w.replace(".", "")) && words.isEmpty()) {
        continue;
      }
      Optional<String> code = countryOf(t);
      if (code.isPresent()) {
        country = country.or(() -> code);
        // "of Uzbekistan", "of the Republic of Uzbekistan" at the end go with the country
        while (i == end - 1
            && !words.isEmpty()
            && Set.of("of", "the", "republic").contains(lower(words.get(words.size() - 1)))) {
          words.remove(words.size() - 1);
        }
        continue;
      }
      words.add(t);
    }
    while (!words.isEmpty() && Set.of("the", "of", "a", "an").contains(lower(words.get(0)))) {
      words.remove(0);
    }
    while (!words.isEmpty()
        && Set.of("the", "of", "and").contains(lower(words.get(words.size() - 1)))) {
      words.remove(words.size() - 1);
    }
    if (words.isEmpty() || words.stream().noneMatch(t -> HEADS.contains(lower(t)))) {
      return Optional.empty();
    }
    StringBuilder title = new StringBuilder();
    Token previous = null;
    for (Token t : words) {
      if (previous != null) {
        title.append(previous.span().end() == t.span().start() ? "" : " ");
      }
      title.append(t.span().of(text));
      previous = t;
    }
    return Optional.of(new Role(title.toString(), country));
  }

  private boolean isCountryWord(Token t) {
    return countryOf(t).isPresent();
  }

  /** The country a single token names or describes: "Russian", "Uzbekistan", "US". */
  private Optional<String> countryOf(Token t) {
    if (!Character.isUpperCase(t.word().codePointAt(0))) {
      return Optional.empty();
    }
    return knowledgeBase
        .lookup(t.word())
        .filter(
            m ->
                m.form() == ActorMatch.Form.DEMONYM
                    || m.form() == ActorMatch.Form.NAME
                        && m.actor().type() == dev.pamir.model.EntityType.COUNTRY)
        .flatMap(m -> m.actor().country());
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
