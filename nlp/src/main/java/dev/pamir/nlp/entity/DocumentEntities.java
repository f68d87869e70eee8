package dev.pamir.nlp.entity;

import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Sentence;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import dev.pamir.nlp.actor.Actor;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.nlp.actor.ActorMatch;
import dev.pamir.nlp.actor.ActorMatch.Form;
import dev.pamir.nlp.entity.Candidate.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DocumentEntities finds the entities of one article: it gathers candidate mentions from the
 * recogniser, the knowledge base and patterns, keeps the best non-overlapping ones and merges them
 * into entities. One instance serves one article on one thread.
 */
final class DocumentEntities {

  private static final Set<String> NAME_LABELS =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "MISC",
          "COUNTRY",
          "CITY",
          "STATE_OR_PROVINCE",
          "NATIONALITY");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** What follows a country word in a hyphenated language or origin: "-language", "-born". */
  private static final Pattern COMPOUND_TAIL =
      Pattern.compile(
          "[-\\u2010\\u2011](language|speaking|speaker|born|americans?)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "s");

  /** Words before a place that show it is a place, not a government: "in Moscow". */
  private static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "to",
          "from",
          "near",
          "into",
          "toward",
          "towards",
          "across",
          "around",
          "outside",
          "inside",
          "via",
          "visit",
          "visited",
          "visiting",
          "visits",
          "reach",
          "reached",
          "arrived",
          "leave",
          "leaves",
          "leaving",
          "left",
          "departed",
          "fled",
          "through",
          "throughout",
          "within",
          "outskirts",
          "embassy",
          "streets");

  /** Words that list names: "the Denver and Tulsa warehouses". */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "&");

  /** Words after a comma that end a person's name: "Martin Luther King, Jr.". */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq");

  /** Recogniser labels of proper nouns that may begin a facility's name. */
  private static final Set<String> NAME_PART_TAGS =
      Set.of("O", "PERSON", "LOCATION", "ORGANIZATION", "CITY");

  /** Legal forms that end a company's name: "Halvorsen Shipping LLC". */
  private static final Set<String> LEGAL_FORMS =
      Set.of("llc", "inc", "corp", "ltd", "plc", "gmbh", "llp");

  /** Last words of names of places built for a purpose. */
  private static final Set<String> FACILITY_HEADS =
      Set.of(
          "base",
          "airbase",
          "airport",
          "airfield",
          "ground",
          "range",
          "cosmodrome",
          "port",
          "dam",
          "plant",
          "station",
          "prison",
          "embassy",
          "consulate",
          "hospital",
          "stadium",
          "bridge",
          "checkpoint",
          "crossing",
          "polygon",
          "palace",
          "square",
          "terminal",
          "pipeline");

  /**
   * Last words that name an armed unit only with a military word before them: a "Military District"
   * or a "Motor Rifle Division" is one, a "School District" or an "Environmental Protection
   * Division" is not.
   */
  private static final Set<String> CIVIL_TOO = Set.of("district", "division", "force");

  /** Words that make a district, a division or a force military. */
  private static final Pattern ARMED_WORD =
      Pattern.compile(
          "(?i)military|infantry|armou?red|airborne|air|tank|rifle|marine|mechani[sz]ed|guards?"
              + "|artillery|cavalry|motori[sz]ed|mountain|panzer|naval|missile|strategic|special"
              + "|operations|army|defen[cs]e|rocket|space|expeditionary|reaction|peacekeeping|joint|\\d+(?:st|nd|rd|th)?");

  /** Last words of names of armed units. */
  private static final Set<String> UNIT_HEADS =
      Set.of(
          "district",
          "division",
          "brigade",
          "regiment",
          "battalion",
          "army",
          "corps",
          "fleet",
          "squadron",
          "command",
          "force",
          "forces",
          "navy",
          "guard",
          "guards",
          "flotilla");

  /** Nouns that show a designation names a weapon or vehicle: "Su-30SM fighters". */
  private static final Set<String> EQUIPMENT_NOUNS =
      Set.of(
          "fighter",
          "fighters",
          "jet",
          "jets",
          "aircraft",
          "plane",
          "planes",
          "helicopter",
          "helicopters",
          "bomber",
          "bombers",
          "drone",
          "drones",
          "uav",
          "uavs",
          "vehicle",
          "vehicles",
          "truck",
          "trucks",
          "tank",
          "tanks",
          "system",
          "systems",
          "missile",
          "missiles",
          "launcher",
          "launchers",
          "rifle",
          "rifles",
          "gun",
          "guns",
          "howitzer",
          "howitzers",
          "carrier",
          "carriers",
          "ship",
          "ships",
          "submarine",
          "submarines",
          "frigate",
          "frigates",
          "corvette",
          "corvettes",
          "complex",
          "complexes",
          "transporter",
          "transporters",
          "interceptor",
          "interceptors",
          "rocket",
          "rockets",
          "radar",
          "radars",
          "armored",
          "armoured",
          "attack",
          "combat",
          "transport",
          "military",
          "airliner",
          "airliners");

  private static final Pattern DESIGNATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])[A-Z][A-Za-z]{0,4}-\\d{1,4}[A-Z0-9]*(?![\\p{L}\\p{N}-])");
  private static final Pattern SERIAL_DESIGNATION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])[A-Z]{1,3}\\d{3,}[A-Z]*(?:\\s+[A-Z][a-z]+(?=\\s+\\p{Ll}))?(?![\\p{L}\\p{N}-])");

  /**
   * A word of a body's name and the space after it, on one line: "Foreign ", "U.S. " (a full stop
   * only in initials, so "Tanzania." ends a sentence; "The" only first, so "U.S. The" does too).
   */
  private static final String NAME_WORD = "(?:[A-Z]\\p{L}+|(?:[A-Z]\\.){1,3})[ \\t\\u00A0]+";

  private static final Pattern MINISTRY =
      Pattern.compile(
          "(?<![\\p{L}])(?<body>(?:"
              + NAME_WORD
              + "(?:(?!The\\b)"
              + NAME_WORD
              + "){0,2})?(?:Ministry|Department)"
              + "(?:\\s+of\\s+(?:the\\s+)?[A-Z]\\p{L}+(?:\\s+(?:and\\s+)?[A-Z]\\p{L}+)*)?)"
              + "(?:\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?"
              + "(?<post>[A-Z]\\p{L}+(?:\\s+[A-Z]\\p{L}+)?))?");
  private static final Pattern NUMBERED_UNIT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])\\d+(?:st|nd|rd|th)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
              + "(?<head>(?i:military base|air base|airbase|naval base|base|division|brigade"
              + "|regiment|battalion|army|corps|fleet|squadron|detachment))(?![\\p{L}])");
  private static final Pattern NAMED_FACILITY =
      Pattern.compile(
          "(?<![\\p{L}])(?<name>[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)?)\\s+"
              + "(?<head>(?i:training ground|air base|airbase|airfield|airport|military base"
              + "|naval base|test site|firing range|cosmodrome|border crossing))(?![\\p{L}])");
  private static final Pattern OUTLET =
      Pattern.compile(
          "[“\"«]?(?<name>[A-Z][\\p{L}\\p{N}.-]*(?:\\s+[A-Z][\\p{L}\\p{N}.-]*){0,3})[”\"»]?\\s+"
              + "(?:news agency|agency|newspaper|news portal|news site|portal|website"
              + "|TV channel|magazine|outlet)(?![\\p{L}])");
  private static final Pattern PARTY_TAG =
      Pattern.compile(
          "\\(\\s*[DRI]\\s*[-–]\\s*[A-Z][A-Za-z.]{0,12}\\s*\\)"
              // "Senate President Ann Ford, D-Ashfield, said": between commas, after a name
              + "|(?<=, )[DRI][-–][A-Z][A-Za-z.]{1,15}(?: [A-Z][a-z]+)?(?=, |\\.\\s|;)");
  private static final Pattern PARENTHESIS_ABBREVIATION =
      Pattern.compile("\\A\\s*\\(\\s*(?<abbr>[A-Z][A-Za-z&.-]{1,9})\\s*\\)");

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<NamedMention> namedMentions;
  private final ActorKnowledgeBase knowledgeBase;
  private final RoleFinder roleFinder;
  private final int[] sentenceOfToken;

  DocumentEntities(
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<NamedMention> namedMentions,
      ActorKnowledgeBase knowledgeBase,
      RoleFinder roleFinder) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.namedMentions = namedMentions;
    this.knowledgeBase = knowledgeBase;
    this.roleFinder = roleFinder;
    this.sentenceOfToken = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int i = sentence.firstToken(); i < Math.min(sentence.endToken(), tokens.size()); i++) {
        sentenceOfToken[i] = s;
      }
    }
  }

  List<Entity> build() {
    List<Candidate> all = new ArrayList<>();
    patterns(all);
    recognised(all);
    knowledgeBaseNames(all);
    TreeMap<Integer, Integer> partyTags = new TreeMap<>();
    Matcher tag = PARTY_TAG.matcher(text);
    while (tag.find()) {
      partyTags.put(tag.start(), tag.end());
    }
    all.removeIf(c -> inPartyTag(c, partyTags));
    List<Candidate> kept = select(all);
    kept = fixTypes(kept);
    kept = withArticles(kept);
    return merge(kept);
  }

  /**
   * Whether a candidate lies in a legislator's party and state or town tag, "(R-Ariz.)",
   * "(D-N.Y.)", ", D-Ashfield,": neither a party's name nor a place of the story. {@code tags} maps
   * the tags' starts to their ends.
   */
  private static boolean inPartyTag(Candidate c, TreeMap<Integer, Integer> tags) {
    Map.Entry<Integer, Integer> tag = tags.floorEntry(c.span().start());
    return tag != null && c.span().end() <= tag.getValue();
  }

  // ---------------------------------------------------------------- candidates from patterns

  private void patterns(List<Candidate> out) {
    ministries(out);
    Matcher m = NUMBERED_UNIT.matcher(text);
    while (m.find()) {
      String head = m.group("head").toLowerCase(Locale.ROOT);
      EntityType type = head.endsWith("base") ? EntityType.FACILITY : EntityType.MILITARY_UNIT;
      out.add(
          Candidate.of(new Span(m.start(), m.end()), type, Source.PATTERN)
              .withCountry(countryWordIn(m.start(), m.end())));
    }
    m = NAMED_FACILITY.matcher(text);
    while (m.find()) {
      int nameStart = m.start("name");
      int token = tokenStartingAt(nameStart);
      if (token < 0
          || !tokens.get(token).tag().startsWith("NNP")
          || knowledgeBase.lookup(m.group("name")).isPresent()) {
        continue;
      }
      int start = tokens.get(facilityNameStart(token)).span().start();
      out.add(Candidate.of(new Span(start, m.end()), EntityType.FACILITY, Source.PATTERN));
    }
    equipment(DESIGNATION, out);
    equipment(SERIAL_DESIGNATION, out);
    m = OUTLET.matcher(text);
    while (m.find()) {
      String name = m.group("name");
      int token = tokenStartingAt(m.start("name"));
      boolean quoted = m.start("name") > m.start();
      if (token < 0
          || !(quoted || tokens.get(token).tag().startsWith("NNP"))
          || knowledgeBase.lookup(name).filter(x -> x.form() != Form.NAME).isPresent()
          || knowledgeBase
              .lookup(name)
              .filter(x -> x.actor().type() == EntityType.COUNTRY)
              .isPresent()
          || ARTICLES.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      out.add(
          Candidate.of(
              new Span(m.start("name"), m.end("name")), EntityType.ORGANIZATION, Source.PATTERN));
    }
  }

  /**
   * "Uzbek Ministry of Defense", "Ministry of Defense of Uzbekistan", "Russian Defense Ministry".
   */
  private void ministries(List<Candidate> out) {
    Matcher m = MINISTRY.matcher(text);
    while (m.find()) {
      int start = m.start("body");
      int end = m.end("body");
      Optional<String> country = Optional.empty();
      List<String> bodyWords = new ArrayList<>(List.of(m.group("body").split("\\s+")));
      // leading words before "Ministry": drop "The", "Yesterday"; keep "Uzbek" and "Defense"
      while (!bodyWords.get(0).equals("Ministry") && !bodyWords.get(0).equals("Department")) {
        String word = bodyWords.get(0);
        Optional<String> code = countryWord(word);
        if (code.isPresent()) {
          country = code;
          break;
        }
        if (RoleFinder.MODIFIERS.contains(lower(word)) || namesItsDepartment(bodyWords, start)) {
          break;
        }
        bodyWords.remove(0);
        start = text.indexOf(bodyWords.get(0), start + word.length());
      }
      if (bodyWords.size() < 2) {
        continue;
      }
      if (m.group("post") != null) {
        Optional<String> code = countryWord(m.group("post"));
        if (code.isPresent()) {
          country = country.or(() -> code);
          end = m.end("post");
        }
      }
      StringBuilder domain = new StringBuilder();
      for (String w : bodyWords) {
        String l = lower(w).replace("defence", "defense");
        if (!Set.of("ministry", "department", "of", "the", "and").contains(l)
            && countryWord(w).isEmpty()) {
          domain.append(l).append(' ');
        }
      }
      if (domain.isEmpty()) {
        continue;
      }
      out.add(
          Candidate.of(new Span(start, end), EntityType.ORGANIZATION, Source.PATTERN)
              .withCountry(country)
              .withGroup("ministry:" + domain.toString().strip() + ":" + country.orElse("")));
    }
  }

  /**
   * A proper name heading "Department of ..." is part of the body's name ("the Oregon Department of
   * Forestry", "Kansas Department of Revenue"), as the state it belongs to.
   */
  private boolean namesItsDepartment(List<String> bodyWords, int start) {
    int token = tokenStartingAt(start);
    return bodyWords.size() >= 3
        && bodyWords.get(1).equals("Department")
        && bodyWords.get(2).equals("of")
        && token >= 0
        && tokens.get(token).tag().startsWith("NNP");
  }

  private void equipment(Pattern pattern, List<Candidate> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int first = tokenStartingAt(m.start());
      if (first < 0) {
        continue;
      }
      int last = first;
      while (last + 1 < tokens.size() && tokens.get(last + 1).span().start() < m.end()) {
        last++;
      }
      boolean lettersAfterDigits = m.group().matches(".*\\d[A-Z]+$");
      if (lettersAfterDigits
          || nearEquipmentNoun(first, last)
          || onItsOwnLine(m.start(), m.end())) {
        out.add(Candidate.of(new Span(m.start(), m.end()), EntityType.EQUIPMENT, Source.PATTERN));
      }
    }
  }

  private boolean nearEquipmentNoun(int first, int last) {
    for (int i = last + 1; i <= Math.min(last + 3, tokens.size() - 1); i++) {
      if (EQUIPMENT_NOUNS.contains(lower(tokens.get(i).word()))) {
        return true;
      }
    }
    for (int i = first - 1; i >= Math.max(0, first - 2); i--) {
      if (EQUIPMENT_NOUNS.contains(lower(tokens.get(i).word()))) {
        return true;
      }
    }
    return false;
  }

  /** A caption: a line that holds little beside the span. */
  private boolean onItsOwnLine(int start, int end) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = text.indexOf('\n', end);
    String rest =
        text.substring(lineStart, start)
            + text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
    return rest.strip().length() <= 2;
  }

  // --------------------------------------------------------- candidates from the recogniser

  private void recognised(List<Candidate> out) {
    for (NamedMention mention : namedMentions) {
      if (!NAME_LABELS.contains(mention.label())) {
        continue;
      }
      int first = tokenStartingAt(mention.span().start());
      if (first < 0) {
        continue;
      }
      int end = first;
      while (end < tokens.size() && tokens.get(end).span().end() <= mention.span().end()) {
        end++;
      }
      boolean person = mention.label().equals("PERSON");
      while (first < end) {
        String w = lower(tokens.get(first).word());
        boolean honorific = RoleFinder.HONORIFICS.contains(w.replace(".", ""));
        boolean title =
            person
                && end - first > 2
                && (RoleFinder.HEADS.contains(w) || RoleFinder.MODIFIERS.contains(w));
        boolean pronoun = tokens.get(first).tag().startsWith("PRP");
        if (ARTICLES.contains(w) || honorific || title || pronoun) {
          first++;
        } else {
          break;
        }
      }
      while (end > first && trailingJunk(tokens.get(end - 1).word())) {
        end--;
      }
      if (first >= end || !startsWithCapitalOrDigit(tokens.get(first).word())) {
        continue;
      }
      if (FACILITY_HEADS.contains(lower(tokens.get(end - 1).word()))) {
        first = facilityNameStart(first);
      }
      int cut = nameBoundary(first, end, person);
      if (cut > first) {
        // "Hewlett Packard, Hewlett", "Halvorsen Shipping LLC Jim Post": two names the recogniser
        // ran
        // together
        classify(first, cut, mention.label(), Source.RECOGNISER).ifPresent(out::add);
        int rest = cut;
        while (rest < end && tokens.get(rest).word().equals(",")) {
          rest++;
        }
        if (rest < end && startsWithCapitalOrDigit(tokens.get(rest).word())) {
          classify(rest, end, mention.label(), Source.RECOGNISER).ifPresent(out::add);
        }
        continue;
      }
      int of = knownNameBeforeOf(first, end);
      if (of > first) {
        // "Central Military District of the Russian Armed Forces": the known name and the rest
        classify(first, of, mention.label(), Source.RECOGNISER).ifPresent(out::add);
        int rest = of + 1;
        if (rest < end && ARTICLES.contains(lower(tokens.get(rest).word()))) {
          rest++;
        }
        if (rest < end && startsWithCapitalOrDigit(tokens.get(rest).word())) {
          classify(rest, end, mention.label(), Source.RECOGNISER).ifPresent(out::add);
        }
        continue;
      }
      classify(first, end, mention.label(), Source.RECOGNISER).ifPresent(out::add);
    }
  }

  /**
   * Where the name in tokens {@code [first, end)} ends when the recogniser ran two names together,
   * or -1: at a comma before a name that repeats a word of the first or a person's name after a
   * comma ("Hewlett Packard, Hewlett", where a name that holds commas, "Hale, Morrow, Quist &
   * Dunn", repeats none), or after a company's legal form followed by more name ("Halvorsen
   * Shipping LLC Jim Post").
   */
  private int nameBoundary(int first, int end, boolean person) {
    for (int i = first + 1; i < end - 1; i++) {
      String w = tokens.get(i).word();
      String next = tokens.get(i + 1).word();
      if (w.equals(",") && startsWithCapitalOrDigit(next)) {
        boolean suffix = NAME_SUFFIXES.contains(lower(next).replace(".", ""));
        if (!suffix && (person || wordsOf(first, i).contains(lower(next)))) {
          return i;
        }
      }
      if (!person
          && LEGAL_FORMS.contains(lower(w).replace(".", ""))
          && startsWithCapitalOrDigit(next)
          && !LEGAL_FORMS.contains(lower(next).replace(".", ""))) {
        return i + 1;
      }
    }
    return -1;
  }

  private Set<String> wordsOf(int first, int end) {
    Set<String> words = new HashSet<>();
    for (int i = first; i < end; i++) {
      words.add(lower(tokens.get(i).word()));
    }
    return words;
  }

  /**
   * Where a facility's name starts when the recogniser left out its first words ("Surat" | "Thani
   * International Airport", "John Wayne" | "Airport"): proper nouns right before it that name no
   * date or number, else {@code first}.
   */
  private int facilityNameStart(int first) {
    int start = first;
    while (start > 0
        && sentenceOfToken[start - 1] == sentenceOfToken[first]
        && tokens.get(start - 1).tag().startsWith("NNP")
        && NAME_PART_TAGS.contains(tokens.get(start - 1).nerTag())
        && startsWithCapitalOrDigit(tokens.get(start - 1).word())
        && tokens.get(start - 1).span().end() < tokens.get(start).span().start()) {
      start--;
    }
    return start;
  }

  /**
   * The index of an "of" in tokens {@code [first, end)} preceded by an organisation or unit the
   * knowledge base knows, or -1: when the whole is not known itself.
   */
  private int knownNameBeforeOf(int first, int end) {
    String whole =
        text.substring(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    if (knowledgeBase.lookup(whole).isPresent()) {
      return -1;
    }
    for (int i = first + 1; i < end - 1; i++) {
      if (tokens.get(i).word().equals("of")) {
        String prefix =
            text.substring(tokens.get(first).span().start(), tokens.get(i - 1).span().end());
        Optional<ActorMatch> m = knowledgeBase.lookup(prefix);
        if (m.isPresent() && m.get().actor().type() != EntityType.COUNTRY) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean startsWithCapitalOrDigit(String word) {
    int c = word.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean trailingJunk(String word) {
    return POSSESSIVES.contains(word) || word.equals(",") || word.equals("-") || word.equals(":");
  }

  /** The candidate for tokens {@code [first, end)} the recogniser labelled {@code label}. */
  private Optional<Candidate> classify(int first, int end, String label, Source source) {
    Span span = new Span(tokens.get(first).span().start(), tokens.get(end - 1).span().end());
    String surface = span.of(text);
    Optional<ActorMatch> match = knowledgeBase.lookup(surface);
    if (match.isEmpty() && end - first >= 3 && !startsWithCapitalOrDigit(surface)) {
      match = knowledgeBase.lookup(titleCase(surface)).filter(m -> m.form() == Form.NAME);
    }
    if (match.isEmpty() && !label.equals("PERSON")) {
      match = knowledgeBase.lookupFuzzy(surface);
    }
    if (match.isPresent()
        && match.get().actor().type() == EntityType.COUNTRY
        && firstOfCompound(span, match.get().form())) {
      // "Spanish-language radio", "a Cuban-American lawyer", "Israeli-born": a language, an
      // origin, not the state
      return Optional.empty();
    }
    if (match.isPresent()) {
      ActorMatch m = match.get();
      switch (m.form()) {
        case NAME, SEAT_OF_GOVERNMENT -> {
          return Optional.of(Candidate.of(span, m, m.actor().type(), source));
        }
        case DEMONYM -> {
          String tag = tokens.get(end - 1).tag();
          return tag.equals("NNPS") || tag.equals("NNS") || onePerson(first, end)
              ? Optional.empty()
              : Optional.of(Candidate.of(span, m, m.actor().type(), source));
        }
        case CAPITAL -> {
          return Optional.of(
              governmentMetonym(first, end)
                  ? Candidate.of(span, m, EntityType.COUNTRY, source)
                  : Candidate.of(span, EntityType.LOCATION, source)
                      .withCountry(m.actor().country()));
        }
      }
    }
    if (label.equals("PERSON")) {
      return Optional.of(Candidate.of(span, EntityType.PERSON, source));
    }
    String head = lower(tokens.get(end - 1).word());
    EntityType type;
    if (DESIGNATION.matcher(surface).matches()) {
      type = EntityType.EQUIPMENT;
    } else if (end - first >= 2 && FACILITY_HEADS.contains(head)) {
      type = EntityType.FACILITY;
    } else if (end - first >= 2 && UNIT_HEADS.contains(head) && armed(first, end, head)) {
      type = EntityType.MILITARY_UNIT;
    } else {
      type =
          switch (label) {
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
            default -> EntityType.OTHER;
          };
    }
    Optional<String> country = countryWordIn(span.start(), span.end());
    if (country.isEmpty() && type == EntityType.OTHER) {
      country = peopleOf(tokens.get(end - 1));
    }
    return Optional.of(Candidate.of(span, type, source).withCountry(country));
  }

  /**
   * Whether a country's name or demonym is the first half of a hyphenated word that makes it a
   * language or an origin: "Spanish-language", "Spanish-speaking", "Cuban-American" (the person is
   * American), "Israeli-born", "Cuba-born".
   */
  private boolean firstOfCompound(Span span, Form form) {
    Matcher after = COMPOUND_TAIL.matcher(text).region(span.end(), text.length());
    if (!after.lookingAt()) {
      return false;
    }
    String tail = after.group(1).toLowerCase(Locale.ROOT);
    return !tail.startsWith("american")
        || form == Form.DEMONYM && !lower(span.of(text)).equals("american");
  }

  /**
   * The country whose people a plural demonym names: "Palestinians", "Nigerians", "Afghans". The
   * people are not the state, so this is only the country of a group.
   */
  private Optional<String> peopleOf(Token token) {
    String word = token.word();
    if (!token.tag().startsWith("NN") || word.length() < 5 || !word.endsWith("s")) {
      return Optional.empty();
    }
    return knowledgeBase
        .lookup(word.substring(0, word.length() - 1))
        .filter(m -> m.form() == Form.DEMONYM && m.actor().type() == EntityType.COUNTRY)
        .flatMap(m -> m.actor().country());
  }

  /**
   * Whether tokens {@code [first, end)}, which end in a unit's head word, name an armed unit: heads
   * that civil bodies share ("district", "division") need a military word before them.
   */
  private boolean armed(int first, int end, String head) {
    if (!CIVIL_TOO.contains(head)) {
      return true;
    }
    for (int i = first; i < end - 1; i++) {
      if (ARMED_WORD.matcher(tokens.get(i).word()).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the capital at tokens {@code [first, end)} stands for its government ("Tashkent
   * agreed") rather than the city ("in Tashkent", "left Bangkok, Thailand"): no country follows it
   * after a comma, and the word before it, skipping a list of names, is not locative.
   */
  private boolean governmentMetonym(int first, int end) {
    if (end + 1 < tokens.size()
        && tokens.get(end).word().equals(",")
        && sentenceOfToken[end + 1] == sentenceOfToken[first]
        && countryNameAt(end + 1)) {
      return false;
    }
    int floor = sentences.isEmpty() ? 0 : sentences.get(sentenceOfToken[first]).firstToken();
    int i = first - 1;
    while (i >= floor) {
      Token t = tokens.get(i);
      String w = lower(t.word());
      boolean listWord = w.equals(",") || w.equals("and") || w.equals("or");
      if (listWord || t.tag().startsWith("NNP")) {
        i--;
        continue;
      }
      return !LOCATIVE.contains(w);
    }
    return true;
  }

  /** Whether a country's name (not its demonym) starts at token {@code first}: "Thailand". */
  private boolean countryNameAt(int first) {
    int last = Math.min(tokens.size(), first + 4);
    for (int j = last; j > first; j--) {
      String surface =
          text.substring(tokens.get(first).span().start(), tokens.get(j - 1).span().end());
      Optional<ActorMatch> m = knowledgeBase.lookup(surface);
      if (m.isPresent()) {
        return m.get().form() == Form.NAME && m.get().actor().type() == EntityType.COUNTRY;
      }
    }
    return false;
  }

  // ------------------------------------------------------ names of the knowledge base in text

  private void knowledgeBaseNames(List<Candidate> out) {
    for (Sentence sentence : sentences) {
      int end = Math.min(sentence.endToken(), tokens.size());
      for (int i = sentence.firstToken(); i < end; i++) {
        Token first = tokens.get(i);
        if (!knowledgeBase.mayStartName(first.word())) {
          continue;
        }
        boolean lowerCase = !Character.isUpperCase(first.word().codePointAt(0));
        for (int j = Math.min(end, i + ActorKnowledgeBase.MAX_WORDS); j > i; j--) {
          if (lowerCase && j - i < 3) {
            break;
          }
          if (!hasLetterOrDigit(tokens.get(j - 1).word())) {
            continue;
          }
          String surface = text.substring(first.span().start(), tokens.get(j - 1).span().end());
          Optional<ActorMatch> match =
              knowledgeBase.lookup(lowerCase ? titleCase(surface) : surface);
          if (match.isEmpty() || lowerCase && match.get().form() != Form.NAME) {
            continue;
          }
          if (match.get().form() == Form.DEMONYM && !first.tag().matches("JJ|NNP")) {
            break;
          }
          String label =
              match.get().actor().type() == EntityType.COUNTRY ? "LOCATION" : "ORGANIZATION";
          classify(i, j, label, Source.KNOWLEDGE_BASE).ifPresent(out::add);
          i = j - 1;
          break;
        }
      }
    }
  }

  /**
   * Whether the demonym at tokens {@code [i, j)} names one person: "complained to an American", "a
   * Russian who lives in Riga" ("an American soldier" is of the country).
   */
  private boolean onePerson(int i, int j) {
    Sentence sentence = sentences.get(sentenceOfToken[i]);
    boolean article =
        i > sentence.firstToken() && Set.of("a", "an").contains(lower(tokens.get(i - 1).word()));
    int end = Math.min(sentence.endToken(), tokens.size());
    boolean headed = j < end && tokens.get(j).tag().matches("NN.*|JJ.*|CD|VBG");
    return article && !headed;
  }

  private static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c);
    }
    return b.toString().replace(" Of ", " of ").replace(" The ", " the ").replace(" And ", " and ");
  }

  // ------------------------------------------------------------------ choosing and merging

  /** The best non-overlapping candidates: patterns first, then the longer, then the recogniser. */
  private static List<Candidate> select(List<Candidate> all) {
    List<Candidate> ordered = new ArrayList<>(all);
    ordered.sort(
        Comparator.comparing((Candidate c) -> c.source() != Source.PATTERN)
            .thenComparing(c -> -c.span().length())
            .thenComparing(Candidate::source)
            .thenComparing(Candidate::span));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : ordered) {
      if (c.span().length() > 0 && kept.stream().noneMatch(c::overlaps)) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparing(Candidate::span));
    return kept;
  }

  /**
   * Corrects the recogniser where the document shows better: a name alone on a line or after "by"
   * is an author ("Ainur Kurmanov." under a title), and a surname of a known person is that person
   * whatever the recogniser said.
   */
  private List<Candidate> fixTypes(List<Candidate> kept) {
    Set<String> surnames = new java.util.HashSet<>();
    Set<String> fullNames = new java.util.HashSet<>();
    List<Candidate> fixed = new ArrayList<>();
    for (Candidate c : kept) {
      if (c.actor().isEmpty()
          && (c.type() == EntityType.LOCATION || c.type() == EntityType.ORGANIZATION)
          && looksLikeByline(c)) {
        c = c.withType(EntityType.PERSON);
      }
      if (c.type() == EntityType.PERSON) {
        List<String> words = words(c.span().of(text));
        if (words.size() >= 2) {
          surnames.add(words.get(words.size() - 1));
          fullNames.add(String.join(" ", words));
        }
      }
      fixed.add(c);
    }
    // the same name takes the type most of its mentions got: one "General Motors" tagged
    // PERSON does not make the company a person
    Map<String, Integer> personVotes = new HashMap<>();
    for (Candidate c : fixed) {
      if (c.actor().isEmpty() && c.group().isEmpty()) {
        personVotes.merge(
            String.join(" ", words(c.span().of(text))),
            c.type() == EntityType.PERSON ? 1 : -1,
            Integer::sum);
      }
    }
    List<Candidate> result = new ArrayList<>();
    for (Candidate c : fixed) {
      if (c.form() == Form.CAPITAL
          && surnames.contains(String.join(" ", words(c.span().of(text))))) {
        // "officers went to Paris' home" after "Carl Paris": the person, not the French government
        c =
            new Candidate(
                c.span(),
                EntityType.PERSON,
                Optional.empty(),
                Form.NAME,
                Optional.empty(),
                c.group(),
                c.source());
      }
      if (c.actor().isEmpty() && c.group().isEmpty() && c.source() != Source.PATTERN) {
        String folded = String.join(" ", words(c.span().of(text)));
        int votes = personVotes.getOrDefault(folded, 0);
        if (c.type() == EntityType.PERSON && votes < 0 && fullNames.contains(folded)) {
          c = c.withType(EntityType.ORGANIZATION);
        } else if (c.type() != EntityType.PERSON
            && c.type() != EntityType.EQUIPMENT
            && (surnames.contains(folded) && !folded.contains(" ")
                || fullNames.contains(folded) && votes > 0)) {
          // "Paris' home" after "Carl Paris": the city's country is not the person's
          c = c.withType(EntityType.PERSON).withCountry(Optional.empty());
        }
      }
      result.add(c);
    }
    return result;
  }

  /**
   * Widens the mention of an organisation or place to the definite article before it when the name
   * heads its phrase: "the Pentagon", "the United States", as mention extents are usually
   * annotated, but not "the US government", where "US" only modifies.
   */
  private List<Candidate> withArticles(List<Candidate> kept) {
    List<Candidate> result = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      int first = tokenStartingAt(c.span().start());
      boolean eligible =
          first > 0
              && c.form() != Form.DEMONYM
              && c.type() != EntityType.PERSON
              && c.type() != EntityType.EQUIPMENT
              && c.type() != EntityType.OTHER
              && lower(tokens.get(first - 1).word()).equals("the")
              && sentenceOfToken[first - 1] == sentenceOfToken[first];
      if (eligible) {
        int after = first;
        while (after < tokens.size() && tokens.get(after).span().end() <= c.span().end()) {
          after++;
        }
        boolean modifier = modifies(after);
        Span previous = tokens.get(first - 1).span();
        boolean free =
            result.isEmpty() || result.get(result.size() - 1).span().end() <= previous.start();
        if (!modifier && free) {
          c =
              new Candidate(
                  new Span(previous.start(), c.span().end()),
                  c.type(),
                  c.actor(),
                  c.form(),
                  c.country(),
                  c.group(),
                  c.source());
        }
      }
      result.add(c);
    }
    return result;
  }

  /**
   * Whether the name that ends before token {@code after} modifies a noun: a noun, adjective,
   * number or hyphen follows it ("the US government", "the Lyon-based maker"), also past other
   * names it is listed with ("the Denver and Tulsa warehouses").
   */
  private boolean modifies(int after) {
    int i = after;
    while (i + 1 < tokens.size()
        && LIST_WORDS.contains(lower(tokens.get(i).word()))
        && tokens.get(i + 1).tag().startsWith("NNP")) {
      i++;
      while (i < tokens.size() && tokens.get(i).tag().startsWith("NNP")) {
        i++;
      }
    }
    String next = i < tokens.size() ? tokens.get(i).tag() : ".";
    return next.startsWith("NN")
        || next.startsWith("JJ")
        || next.equals("CD")
        || next.equals("HYPH");
  }

  private boolean looksLikeByline(Candidate c) {
    String surface = c.span().of(text);
    List<String> parts = List.of(surface.split("\\s+"));
    if (parts.size() < 2 || parts.size() > 3) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("\\p{Lu}\\p{Ll}+")) {
        return false;
      }
    }
    int first = tokenStartingAt(c.span().start());
    if (first > 0 && lower(tokens.get(first - 1).word()).equals("by")) {
      return true;
    }
    return onItsOwnLine(c.span().start(), c.span().end());
  }

  private List<Entity> merge(List<Candidate> kept) {
    Map<String, String> abbreviations = abbreviations(kept);
    kept = addParenthesisAbbreviations(kept);
    Map<String, String> shortNames = shortNames(kept);
    Map<String, List<Candidate>> groups = new LinkedHashMap<>();
    Map<String, String> personKeys = new HashMap<>();
    List<String> fullPersonKeys = new ArrayList<>();
    Map<String, String> knownPeople = new HashMap<>();
    for (Candidate c : kept) {
      String surface = withoutArticle(c.span().of(text));
      String key;
      if (c.actor().isPresent()) {
        key = "actor:" + c.actor().get().type() + ":" + c.actor().get().name();
        if (c.actor().get().type() == EntityType.PERSON) {
          // "Fidel Castro", then "Castro": the surname alone is the known person too
          knownPeople.put(personKey(surface, personKeys, fullPersonKeys), key);
        }
      } else if (c.group().isPresent()) {
        key = c.group().get();
      } else if (c.type() == EntityType.PERSON) {
        key = personKey(surface, personKeys, fullPersonKeys);
        key = knownPeople.getOrDefault(key, key);
      } else if (abbreviations.containsKey(surface)) {
        key = abbreviations.get(surface);
      } else {
        String folded = ActorKnowledgeBase.fold(surface);
        key = "name:" + shortNames.getOrDefault(folded, folded);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Entity> entities = new ArrayList<>();
    List<List<Candidate>> ordered = new ArrayList<>(groups.values());
    ordered.sort(Comparator.comparing(g -> g.get(0).span()));
    for (List<Candidate> group : ordered) {
      entities.add(entity("E" + (entities.size() + 1), group));
    }
    return entities;
  }

  /**
   * The organisations a one-word name stands for: the one longer organisation name in the article
   * that starts with it and comes first, as a full name introduces its short form ("Hewlett" for
   * "Hewlett Packard", "Siemens" for "Siemens Energy"; not "Google" before "Google Maps"), by
   * folded name. A word that starts two such names stands for neither.
   */
  private Map<String, String> shortNames(List<Candidate> kept) {
    Map<String, Set<String>> longer = new HashMap<>();
    Map<String, Integer> firstLonger = new HashMap<>();
    Map<String, Integer> single = new HashMap<>();
    for (Candidate c : kept) {
      if (c.type() != EntityType.ORGANIZATION || c.actor().isPresent() || c.group().isPresent()) {
        continue;
      }
      List<String> words = words(withoutArticle(c.span().of(text)));
      String folded = ActorKnowledgeBase.fold(String.join(" ", words));
      int start = c.span().start();
      if (words.size() == 1) {
        single.merge(folded, start, Math::min);
      } else if (!words.isEmpty()) {
        String first = ActorKnowledgeBase.fold(words.get(0));
        longer.computeIfAbsent(first, k -> new HashSet<>()).add(folded);
        firstLonger.merge(first, start, Math::min);
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Integer> word : single.entrySet()) {
      Set<String> names = longer.get(word.getKey());
      if (names != null && names.size() == 1 && firstLonger.get(word.getKey()) < word.getValue()) {
        out.put(word.getKey(), names.iterator().next());
      }
    }
    return out;
  }

  /** Person mentions share a key when one is the surname or a spelling variant of the other. */
  private String personKey(String surface, Map<String, String> keys, List<String> full) {
    List<String> words = words(surface);
    String folded = String.join(" ", words);
    String known = keys.get(folded);
    if (known != null) {
      return known;
    }
    if (words.size() >= 2) {
      String last = words.get(words.size() - 1);
      for (String other : full) {
        List<String> o = List.of(other.substring("person:".length()).split(" "));
        if (o.size() == words.size()
            && o.get(o.size() - 1).equals(last)
            && o.get(0).charAt(0) == words.get(0).charAt(0)
            && similarFirstName(o.get(0), words.get(0))) {
          keys.put(folded, other);
          return other;
        }
      }
      String key = "person:" + folded;
      full.add(key);
      keys.put(folded, key);
      return key;
    }
    // a single word: the latest full name it ends or begins
    for (int i = full.size() - 1; i >= 0; i--) {
      List<String> o = List.of(full.get(i).substring("person:".length()).split(" "));
      if (o.get(o.size() - 1).equals(folded)) {
        return full.get(i);
      }
    }
    return "person:" + folded;
  }

  private static boolean similarFirstName(String a, String b) {
    int distance = 0;
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        distance++;
      }
    }
    return distance + Math.abs(a.length() - b.length()) <= 2;
  }

  /**
   * Abbreviations the document defines, "Shanghai Cooperation Organization (SCO)", or that spell
   * the initials of a name it uses, mapped to the key of the name's group.
   */
  private Map<String, String> abbreviations(List<Candidate> kept) {
    Map<String, String> map = new HashMap<>();
    for (Candidate c : kept) {
      if (c.actor().isPresent() || c.type() == EntityType.PERSON || c.group().isPresent()) {
        continue;
      }
      String surface = withoutArticle(c.span().of(text));
      String key = "name:" + ActorKnowledgeBase.fold(surface);
      Matcher m =
          PARENTHESIS_ABBREVIATION.matcher(
              text.substring(c.span().end(), Math.min(text.length(), c.span().end() + 16)));
      if (m.find()) {
        map.putIfAbsent(m.group("abbr"), key);
      }
      String initials = initials(surface);
      if (initials.length() >= 2) {
        map.putIfAbsent(initials, key);
      }
    }
    return map;
  }

  /** Adds the abbreviation in "Council of Ministers of Defense (CMO)" when nothing covers it. */
  private List<Candidate> addParenthesisAbbreviations(List<Candidate> kept) {
    List<Candidate> all = new ArrayList<>(kept);
    for (Candidate c : kept) {
      if (c.type() == EntityType.PERSON || c.type() == EntityType.COUNTRY) {
        continue;
      }
      int from = c.span().end();
      Matcher m =
          PARENTHESIS_ABBREVIATION.matcher(
              text.substring(from, Math.min(text.length(), from + 16)));
      if (!m.find()) {
        continue;
      }
      Span span = new Span(from + m.start("abbr"), from + m.end("abbr"));
      Candidate abbreviation =
          new Candidate(span, c.type(), c.actor(), Form.NAME, c.country(), c.group(), c.source());
      if (all.stream().noneMatch(abbreviation::overlaps)) {
        all.add(abbreviation);
      } else {
        // the abbreviation was found on its own: make it join the name's entity
        for (int i = 0; i < all.size(); i++) {
          Candidate other = all.get(i);
          if (other.span().equals(span) && other.actor().isEmpty() && c.actor().isPresent()) {
            all.set(i, abbreviation);
          }
        }
      }
    }
    all.sort(Comparator.comparing(Candidate::span));
    return all;
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private Entity entity(String id, List<Candidate> group) {
    Optional<Actor> actor = group.get(0).actor();
    EntityType type = actor.map(Actor::type).orElseGet(() -> vote(group));
    List<String> surfaces = new ArrayList<>();
    for (Candidate c : group) {
      if (c.form() != Form.DEMONYM) {
        surfaces.add(withoutArticle(c.span().of(text)));
      }
    }
    String name;
    if (actor.isPresent()) {
      name = actor.get().name();
    } else {
      name =
          surfaces.stream()
              .max(
                  Comparator.comparing((String s) -> s.split("\\s+").length)
                      .thenComparing(String::length))
              .orElse(group.get(0).span().of(text));
    }
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    seen.add(ActorKnowledgeBase.fold(name));
    for (String s : surfaces) {
      if (seen.add(ActorKnowledgeBase.fold(s))) {
        aliases.add(s);
      }
    }
    // An organisation's known abbreviations are its aliases; a person's other spellings are not
    // names the article gives.
    if (actor.isPresent()
        && actor.get().type() != EntityType.COUNTRY
        && actor.get().type() != EntityType.PERSON) {
      for (String a : actor.get().aliases()) {
        if (seen.add(ActorKnowledgeBase.fold(a))) {
          aliases.add(a);
        }
      }
    }
    Optional<String> country = actor.flatMap(Actor::country);
    for (Candidate c : group) {
      country = country.or(c::country);
    }
    Set<String> roles = new LinkedHashSet<>();
    if (type == EntityType.PERSON) {
      for (Candidate c : group) {
        int first = tokenStartingAt(c.span().start());
        if (first < 0) {
          continue;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().end() <= c.span().end()) {
          end++;
        }
        Sentence sentence = sentences.get(sentenceOfToken[first]);
        Optional<Role> role =
            roleFinder.find(
                text,
                tokens,
                first,
                end,
                sentence.firstToken(),
                Math.min(sentence.endToken(), tokens.size()));
        if (role.isPresent()) {
          roles.add(role.get().title());
          country = country.or(role.get()::country);
        }
      }
    }
    List<Span> mentions = group.stream().map(Candidate::span).sorted().toList();
    return new Entity(id, name, type, country, List.copyOf(roles), List.copyOf(aliases), mentions);
  }

  private static EntityType vote(List<Candidate> group) {
    for (Candidate c : group) {
      if (c.source() == Source.PATTERN) {
        return c.type();
      }
    }
    Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
    group.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.comparing(Map.Entry<EntityType, Integer>::getValue)
                .thenComparing(e -> -e.getKey().ordinal()))
        .orElseThrow()
        .getKey();
  }

  // ----------------------------------------------------------------------------- helpers

  /** The index of the token that starts at {@code offset}, or -1. */
  private int tokenStartingAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = tokens.get(mid).span().start();
      if (start < offset) {
        lo = mid + 1;
      } else if (start > offset) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * The country a word or name stands for or describes: "Uzbek", "Uzbekistan", "Russian
   * Federation".
   */
  private Optional<String> countryWord(String word) {
    return knowledgeBase
        .lookup(word)
        .filter(m -> m.actor().type() == EntityType.COUNTRY && m.form() != Form.CAPITAL)
        .flatMap(m -> m.actor().country());
  }

  /** The country of the first nationality word or country name inside {@code [start, end)}. */
  private Optional<String> countryWordIn(int start, int end) {
    for (String w : text.substring(start, end).split("\\s+")) {
      Optional<String> code = countryWord(w);
      if (code.isPresent()) {
        return code;
      }
    }
    return Optional.empty();
  }

  private static String withoutArticle(String surface) {
    return surface.startsWith("the ") || surface.startsWith("The ")
        ? surface.substring(4)
        : surface;
  }

  private static List<String> words(String surface) {
    String folded = ActorKnowledgeBase.fold(surface);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
