package dev.pamir.nlp.place;

import static java.util.Objects.requireNonNull;

import dev.pamir.geodata.Gazetteer;
import dev.pamir.geodata.GazetteerEntry;
import dev.pamir.geodata.GazetteerEntry.Kind;
import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Layer;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ToponymFinder lists the toponyms of an article: the location entities (or, without the entity
 * layer, the recogniser's location mentions), mentions the recogniser labelled otherwise whose name
 * is a well-known place, and capitalised words it missed that the gazetteer knows in a place-like
 * context. Toponyms do not overlap and come in text order.
 *
 * <p>Immutable and thread-safe.
 */
final class ToponymFinder {

  /** The longest run of capitalised words tried as one name. */
  private static final int MAX_WORDS = 4;

  /** A place this big (or a capital, or a region) is a place even when labelled otherwise. */
  private static final long WELL_KNOWN_POPULATION = 100_000;

  /** How many live in a city that is well known by any of its names. */
  private static final long GREAT_CITY_POPULATION = 1_000_000;

  /**
   * A state abbreviation as AP writes it: one capitalised word with a full stop ("Ind.", "Calif.")
   * or two dotted parts ("W.Va.", "S.C.", "D.C."), not inside a longer word.
   */
  private static final Pattern STATE_ABBREVIATION =
      Pattern.compile("(?<![\\p{L}\\p{N}.])([A-Z][a-z]{0,4}\\.(?: ?[A-Z][a-z]{0,2}\\.)?)");

  /**
   * A dateline near the start of the text: a place in capitals, maybe a state or country after a
   * comma, then a dash or the agency ("GREENFIELD —", "BECKLEY, W.Va. --", "DAYTON, Ohio (AP)").
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,3})"
              + "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)? ?(?:\u2014|--|-|\\((?:AP|Reuters)\\))");

  /** How far into the text a dateline may start: past a headline, not into the story. */
  private static final int DATELINE_REACH = 400;

  private final Gazetteer gazetteer;
  private final CountryWords countryWords;

  ToponymFinder(Gazetteer gazetteer, CountryWords countryWords) {
    this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
    this.countryWords = requireNonNull(countryWords, "countryWords is null");
  }

  /** The toponyms of {@code article}, which has tokens and named mentions. */
  List<Toponym> find(Article article) {
    String text = article.text();
    List<Token> tokens = article.annotations().tokens();
    List<Toponym> found = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    List<Span> organisations = new ArrayList<>();
    List<Span> units = new ArrayList<>();
    List<Span> groups = new ArrayList<>();
    List<Span> personSpans =
        article.layers().contains(Layer.ENTITIES)
            ? article.annotations().entities().stream()
                .filter(e -> e.type() == EntityType.PERSON)
                .flatMap(e -> e.mentions().stream())
                .toList()
            : List.of();
    if (article.layers().contains(Layer.ENTITIES)) {
      for (Entity entity : article.annotations().entities()) {
        boolean place =
            entity.type() == EntityType.LOCATION
                || entity.type() == EntityType.COUNTRY
                || entity.type() == EntityType.FACILITY;
        boolean townInDisguise =
            (entity.type() == EntityType.PERSON
                    || entity.type() == EntityType.ORGANIZATION
                    || entity.type() == EntityType.OTHER)
                && townTakenForSomethingElse(entity, text, tokens, personSpans);
        for (Span span : entity.mentions()) {
          taken.add(span);
          if (entity.type() == EntityType.OTHER
              || (entity.type() == EntityType.ORGANIZATION && demonymOnly(span.of(text)))) {
            // "the Palestinians": a people, whose demonym still counts; "the Abkhaz" labelled an
            // organisation
            groups.add(span);
          }
          Optional<Toponym> toponym =
              place
                  ? countryOf(entity, text, tokens, span)
                      .or(
                          () ->
                              toponym(
                                  text,
                                  tokens,
                                  span,
                                  Toponym.Evidence.LOCATION,
                                  List.of(entity.name())))
                  : townInDisguise
                      ? toponym(text, tokens, span, Toponym.Evidence.RELABELLED, List.of())
                      : relabelled(text, tokens, span, entity.type());
          if (toponym.isPresent()) {
            found.add(toponym.get());
          } else if (entity.type() == EntityType.FACILITY
              || entity.type() == EntityType.ORGANIZATION
              || entity.type() == EntityType.LOCATION
              || entity.type() == EntityType.OTHER
              || (entity.type() == EntityType.PERSON && endsWithTownBody(span.of(text)))) {
            // "Termez training ground", "Salem Police Department", "Polk County Jail",
            // "the Polk County Rodeo Queen"
            organisations.add(span);
          } else if (entity.type() == EntityType.MILITARY_UNIT) {
            units.add(span); // "Kentucky National Guard", "Sudan Liberation Army"
          }
        }
      }
    }
    dateline(text, tokens, taken)
        .ifPresent(
            t -> {
              taken.add(t.span());
              found.add(t);
            });
    List<NamedMention> mentions = article.annotations().namedMentions();
    for (NamedMention mention : mentions) {
      if (overlapsAny(mention.span(), taken)) {
        continue;
      }
      switch (mention.label()) {
        case "LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> {
          taken.add(mention.span());
          toponym(text, tokens, mention.span(), Toponym.Evidence.LOCATION, List.of())
              .ifPresent(found::add);
        }
        case "ORGANIZATION", "PERSON", "MISC" -> {
          Optional<Toponym> relabelled =
              toponym(text, tokens, mention.span(), Toponym.Evidence.RELABELLED, List.of())
                  .filter(t -> wellKnown(t, mention.label()));
          if (relabelled.isPresent()) {
            taken.add(mention.span());
            found.add(relabelled.get());
          } else if (mention.label().equals("ORGANIZATION")) {
            organisations.add(mention.span());
          }
        }
        default -> {}
      }
    }
    List<Toponym> regionDemonyms = new ArrayList<>();
    found.addAll(
        demonyms(tokens, taken.stream().filter(s -> !groups.contains(s)).toList(), regionDemonyms));
    List<Toponym> states = stateAbbreviations(text, tokens, found);
    List<Span> stateSpans = states.stream().map(Toponym::span).toList();
    taken.addAll(stateSpans);
    found.addAll(states);
    Set<String> documentCountries = new HashSet<>(countryWords.count(tokens).keySet());
    Set<String> names = new HashSet<>();
    for (Toponym toponym : found) {
      toponym.candidates().get(0).country().ifPresent(documentCountries::add);
      names.add(Gazetteer.fold(toponym.name()));
    }
    // "Ohioans" in an American story; "Gunman" is no one from Gunma
    for (Toponym demonym : regionDemonyms) {
      if (demonym.candidates().get(0).country().filter(documentCountries::contains).isPresent()) {
        found.add(demonym);
        names.add(Gazetteer.fold(demonym.name()));
      }
    }
    List<Toponym> named = new ArrayList<>();
    for (Span organisation : organisations) {
      leadingPlace(text, tokens, organisation, documentCountries, names)
          .or(() -> trailingPlace(text, tokens, organisation, names))
          .or(() -> governmentOf(tokens, organisation))
          .or(() -> regionAfterDirection(text, tokens, organisation))
          .filter(t -> !overlapsAny(t.span(), stateSpans))
          .ifPresent(named::add);
    }
    for (Span unit : units) {
      leadingPlace(text, tokens, unit, t -> large(t.candidates().get(0)))
          .or(() -> governmentOf(tokens, unit))
          .filter(t -> !overlapsAny(t.span(), stateSpans))
          .ifPresent(named::add);
    }
    // "Yorkville Police" makes "a Yorkville woman" a place too
    for (Toponym toponym : named) {
      toponym.candidates().get(0).country().ifPresent(documentCountries::add);
      names.add(Gazetteer.fold(toponym.name()));
    }
    found.addAll(named);
    List<Span> labelled = mentions.stream().map(NamedMention::span).toList();
    found.addAll(
        unlabelled(text, tokens, taken, labelled, documentCountries, personNames(article)));
    found.addAll(byLocalContext(text, tokens, found, groups, documentCountries, names));
    found.addAll(inListsOfPlaces(text, tokens, found, mentions, documentCountries));
    List<Toponym> counties = countiesListed(text, tokens);
    List<Span> countySpans = counties.stream().map(Toponym::span).toList();
    found.removeIf(t -> overlapsAny(t.span(), countySpans));
    found.addAll(counties);
    found.sort(Comparator.comparing(Toponym::span));
    found.replaceAll(t -> hyphenated(text, tokens, t));
    found.addAll(hyphenatedPairs(text, tokens, found, personSpans));
    found.sort(Comparator.comparing(Toponym::span));
    return ToponymNarrowing.apply(text, tokens, found);
  }

  /**
   * Two places joined by a hyphen that the gazetteer does not know as one name: "Champaign-Urbana",
   * "Joplin-Jasper County", "Livingston–Polk County". Each part is a place by its own name when
   * both are; a part already found stays as found. A person's double-barrelled name is not a pair.
   */
  private List<Toponym> hyphenatedPairs(
      String text, List<Token> tokens, List<Toponym> found, List<Span> personSpans) {
    List<Span> placed = new ArrayList<>(found.stream().map(Toponym::span).toList());
    List<Toponym> more = new ArrayList<>();
    Matcher m = PLACE_PAIR.matcher(text);
    while (m.find()) {
      Span whole = new Span(m.start(), m.end());
      if (gazetteer.contains(whole.of(text)) || overlapsAny(whole, personSpans)) {
        continue; // "Denton-Carver warned": a double-barrelled surname
      }
      List<Toponym> parts = new ArrayList<>();
      for (int g = 1; g <= 2; g++) {
        Span span = new Span(m.start(g), m.end(g));
        toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
            .filter(t -> t.candidates().stream().noneMatch(c -> c.kind() == Kind.COUNTRY))
            .filter(t -> !countryWords.isCountryWord(t.name()))
            .filter(t -> townByItsOwnName(t.candidates(), t.name()))
            .ifPresent(parts::add);
      }
      if (parts.size() == 2) {
        for (Toponym part : parts) {
          if (!overlapsAny(part.span(), placed)) {
            more.add(part);
            placed.add(part.span());
          }
        }
      }
    }
    return more;
  }

  private static final Pattern PLACE_PAIR =
      Pattern.compile(
          "(?<![\\p{L}-])([A-Z][\\p{L}.]{2,}(?: [A-Z][\\p{L}.]{2,})?)[-–]"
              + "([A-Z][\\p{L}.]{2,}(?: (?:County|Parish|[A-Z][\\p{L}.]{2,}))?)(?![\\p{L}-])");

  /**
   * The whole hyphenated name a toponym is part of, when the gazetteer knows it: the recogniser may
   * label only "Natal" of "KwaZulu-Natal" or "Saxony" of "Saxony-Anhalt", and the part is another
   * place (Natal, Brazil).
   */
  private Toponym hyphenated(String text, List<Token> tokens, Toponym t) {
    int start = t.span().start();
    int end = t.span().end();
    if (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) {
      int from = start - 1;
      while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      start = from;
    }
    if (end + 1 < text.length()
        && text.charAt(end) == '-'
        && Character.isUpperCase(text.charAt(end + 1))) {
      int to = end + 1;
      while (to < text.length() && Character.isLetter(text.charAt(to))) {
        to++;
      }
      end = to;
    }
    if (start == t.span().start() && end == t.span().end()) {
      return t;
    }
    Span whole = new Span(start, end);
    List<GazetteerEntry> candidates = gazetteer.lookup(whole.of(text));
    if (candidates.isEmpty()) {
      return t;
    }
    return new Toponym(
        whole, whole.of(text), candidates, t.evidence(), locative(tokens, whole), t.qualifier());
  }

  /**
   * Names listed before a plural county word, each one a county: "Butler, Reno and Sedgwick
   * counties", "Orleans and Jefferson parishes". Whatever else the names are (Reno, Nevada; Butler,
   * Pennsylvania), the text says they are counties.
   */
  private List<Toponym> countiesListed(String text, List<Token> tokens) {
    List<Toponym> found = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (!word.equals("counties") && !word.equals("parishes")) {
        continue;
      }
      String suffix = word.equals("counties") ? " County" : " Parish";
      int end = i;
      while (end > 0) {
        int start = end;
        while (start > 0 && properNoun(tokens.get(start - 1)) && end - start < 3) {
          start--;
        }
        if (start == end) {
          break;
        }
        Span span = new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
        // "Washington and Oregon counties" are the counties of two states.
        List<GazetteerEntry> bare = gazetteer.lookup(tidy(span.of(text)));
        if (bare.isEmpty() || !large(bare.get(0))) {
          county(text, tokens, span, suffix).ifPresent(found::add);
        }
        // Step back over ",", "and", "or" and ", and" to the next name of the list.
        int before = start - 1;
        if (before < 0 || !listWord(tokens.get(before))) {
          break;
        }
        if (before > 0
            && !tokens.get(before).word().equals(",")
            && tokens.get(before - 1).word().equals(",")) {
          before--; // ", and"
        }
        end = before;
      }
    }
    return found;
  }

  private static boolean large(GazetteerEntry entry) {
    return entry.kind() == Kind.COUNTRY || entry.kind() == Kind.REGION;
  }

  /**
   * Names that local news shows to be places by the words around them, whatever the recogniser made
   * of them: the seat of a local office ("Roswell Mayor Dana Whitcomb", "Ogle Sheriff Ray Tillman",
   * "Greene County Coroner") and the home of a person ("a Carnegie woman", "two Yorkville
   * residents"). The name is a capitalised run of at most three words right before the word; when
   * the run is longer, its last words are tried. Taken when the gazetteer knows it as a town,
   * county or region that the document names elsewhere, lies in a country the document is about, or
   * is a county, parish or state by its name.
   */
  private List<Toponym> byLocalContext(
      String text,
      List<Token> tokens,
      List<Toponym> found,
      List<Span> peoples,
      Set<String> documentCountries,
      Set<String> names) {
    List<Span> placed = new ArrayList<>(found.stream().map(Toponym::span).toList());
    List<Toponym> more = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      boolean office = PlaceWords.LOCAL_OFFICES.contains(word.toLowerCase(Locale.ROOT));
      boolean home = PlaceWords.RESIDENT_NOUNS.contains(word);
      if (office
          && !Character.isUpperCase(word.codePointAt(0))
          && !LOWER_CASE_SERVICES.contains(word)) {
        continue; // "the Smith council" is no town's; "Roswell Council", "Plainfield police" are
      }
      if (!office && !home) {
        continue;
      }
      int first = i;
      while (first > 0
          && i - first < MAX_WORDS
          && capitalisedWord(tokens.get(first - 1))
          && !sentenceStartArticle(tokens, first - 1)) {
        first--;
      }
      if (first == i) {
        continue;
      }
      for (int from = first; from < i; from++) {
        if (PlaceWords.OFFICE_MODIFIERS.contains(
            tokens.get(from).word().toLowerCase(Locale.ROOT))) {
          continue; // "Deputy Mayor", "Capitol Police", "Former County Commissioner"
        }
        Span span = new Span(tokens.get(from).span().start(), tokens.get(i - 1).span().end());
        Span withWord = new Span(span.start(), tokens.get(i).span().end());
        if (!gazetteer.lookup(tidy(withWord.of(text))).isEmpty()) {
          break; // "Oklahoma City" is a town of its own, not Oklahoma's
        }
        if (overlapsAny(span, placed) || overlapsAny(span, peoples)) {
          continue; // "a Cherokee woman" is no one from Cherokee, Iowa
        }
        Optional<Toponym> toponym =
            toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
                .or(() -> office ? county(text, tokens, span) : Optional.empty())
                .filter(t -> t.name().length() >= 4 && !countryWords.isCountryWord(t.name()))
                .filter(
                    t ->
                        t.candidates().stream()
                            .anyMatch(
                                c ->
                                    c.kind() != Kind.MACRO_REGION
                                        && c.kind() != Kind.FEATURE
                                        && (c.kind() != Kind.DISTRICT
                                            || office
                                            || countyWord(t.name()))
                                        && (large(c)
                                            || countyWord(t.name())
                                            || names.contains(Gazetteer.fold(t.name()))
                                            || c.country()
                                                .filter(documentCountries::contains)
                                                .isPresent())));
        if (toponym.isPresent()) {
          more.add(toponym.get());
          placed.add(span);
          break;
        }
      }
    }
    return more;
  }

  /**
   * The county a local office names without the word: "Ogle Sheriff" is Ogle County's. The
   * toponym's name is the county's, so "Ogle County" elsewhere in the text is the same place.
   */
  private Optional<Toponym> county(String text, List<Token> tokens, Span span) {
    return county(text, tokens, span, " County");
  }

  /**
   * The county or parish ({@code suffix}) of the name at {@code span}, when the gazetteer has one.
   */
  private Optional<Toponym> county(String text, List<Token> tokens, Span span, String suffix) {
    String name = tidy(span.of(text)) + suffix;
    List<GazetteerEntry> districts =
        gazetteer.lookup(name).stream().filter(c -> c.kind() == Kind.DISTRICT).toList();
    return districts.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Toponym(
                span,
                name,
                districts,
                Toponym.Evidence.GAZETTEER,
                locative(tokens, span),
                Optional.empty()));
  }

  /**
   * Names the recogniser took for people or organisations inside a list of places: "Newton" in
   * "Salina, Newton and Emporia". A name counts when a place found already stands right before or
   * after it, separated by a comma or "and"/"or", and the gazetteer has it in a country the
   * document is about.
   */
  private List<Toponym> inListsOfPlaces(
      String text,
      List<Token> tokens,
      List<Toponym> found,
      List<NamedMention> mentions,
      Set<String> documentCountries) {
    List<Span> placed = new ArrayList<>(found.stream().map(Toponym::span).toList());
    List<Span> named =
        found.stream()
            .filter(t -> t.evidence() != Toponym.Evidence.DEMONYM)
            .map(Toponym::span)
            .toList(); // "Western and American" is no list of places
    List<Toponym> more = new ArrayList<>();
    for (NamedMention mention : mentions) {
      Span span = mention.span();
      if (!(mention.label().equals("PERSON")
              || mention.label().equals("ORGANIZATION")
              || mention.label().equals("MISC"))
          || overlapsAny(span, placed)) {
        continue;
      }
      int first = firstTokenAt(tokens, span.start());
      int last = first;
      while (last + 1 < tokens.size() && tokens.get(last + 1).span().end() <= span.end()) {
        last++;
      }
      if (first >= tokens.size() || last - first >= 3 || !allCapitalised(tokens, first, last + 1)) {
        continue;
      }
      boolean listed =
          (first >= 2
                  && listWord(tokens.get(first - 1))
                  && endsAPlace(tokens.get(first - 2).span().end(), named))
              || (last + 2 < tokens.size()
                  && listWord(tokens.get(last + 1))
                  && startsAPlace(tokens.get(last + 2).span().start(), named));
      if (!listed) {
        continue;
      }
      toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
          .filter(t -> t.name().length() >= 4 && !countryWords.isCountryWord(t.name()))
          .filter(
              t ->
                  t.candidates().stream()
                      .anyMatch(
                          c ->
                              (c.kind() == Kind.PLACE || c.kind() == Kind.DISTRICT)
                                  && c.country().filter(documentCountries::contains).isPresent()))
          .ifPresent(
              t -> {
                more.add(t);
                placed.add(t.span());
              });
    }
    return more;
  }

  private static boolean listWord(Token token) {
    String word = token.word();
    return word.equals(",") || word.equals("and") || word.equals("or") || word.equals("&");
  }

  private static boolean endsAPlace(int end, List<Span> placed) {
    return placed.stream().anyMatch(s -> s.end() == end);
  }

  private static boolean startsAPlace(int start, List<Span> placed) {
    return placed.stream().anyMatch(s -> s.start() == start);
  }

  private static boolean capitalisedWord(Token token) {
    String word = token.word();
    return !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0))
        && Character.isLetter(word.codePointAt(0));
  }

  /** "The" or "A" opening a sentence or a headline is no part of a name. */
  private static boolean sentenceStartArticle(List<Token> tokens, int index) {
    String word = tokens.get(index).word();
    return word.equals("The") || word.equals("A") || word.equals("An");
  }

  /**
   * The place of the dateline, when the gazetteer knows it: datelines name the place the story is
   * from, in capitals the recogniser often leaves unlabelled.
   */
  private Optional<Toponym> dateline(String text, List<Token> tokens, List<Span> taken) {
    Matcher matcher = DATELINE.matcher(text);
    matcher.region(0, Math.min(text.length(), DATELINE_REACH + 60));
    if (!matcher.find() || matcher.start(1) > DATELINE_REACH) {
      return Optional.empty();
    }
    Span span = new Span(matcher.start(1), matcher.end(1));
    if (overlapsAny(span, taken) || span.length() < 4) {
      return Optional.empty();
    }
    return toponym(text, tokens, span, Toponym.Evidence.LOCATION, List.of())
        .filter(t -> !countryWords.isCountryWord(t.name()));
  }

  /**
   * The country a country entity's demonym stands for, whatever else the word names: "Canadian" in
   * "Canadian snow" is Canada, not Canadian, Texas. Capitals standing for their government ("Moscow
   * said") stay the cities they are.
   */
  private Optional<Toponym> countryOf(Entity entity, String text, List<Token> tokens, Span span) {
    if (entity.type() != EntityType.COUNTRY
        || entity.country().isEmpty()
        || !countryWords.country(tidy(span.of(text))).equals(entity.country())) {
      return Optional.empty();
    }
    return gazetteer
        .country(entity.country().get())
        .map(
            c ->
                new Toponym(
                    span,
                    c.name(),
                    List.of(c),
                    Toponym.Evidence.LOCATION,
                    locative(tokens, span),
                    Optional.empty()));
  }

  /**
   * A person or organisation entity whose mention is a well-known place by the same test as the
   * recogniser's mentions ("DRC" and "Washington" taken for organisations), so the entity layer
   * does not hide places the recogniser's labels alone would have let through.
   */
  private Optional<Toponym> relabelled(
      String text, List<Token> tokens, Span span, EntityType type) {
    String label =
        switch (type) {
          case PERSON -> "PERSON";
          case ORGANIZATION -> "ORGANIZATION";
          default -> "";
        };
    if (label.isEmpty()) {
      return Optional.empty();
    }
    return toponym(text, tokens, span, Toponym.Evidence.RELABELLED, List.of())
        .filter(t -> wellKnown(t, label));
  }

  /**
   * Whether the recogniser took a town for a person or an organisation: the entity is only ever
   * written as one name, a town's, never after a title, and somewhere the words around it make it a
   * place: a locative ("in Liberty"), a home ("Peter Lund of Sheridan", "Okafor, of Eufaula",
   * "southwest of Emporia"), a legislator's district ("R-Mankato"), a dateline ("GREENFIELD -") or
   * a local service or resident after it ("Plainfield police", "a Carnegie senior").
   */
  private boolean townTakenForSomethingElse(
      Entity entity, String text, List<Token> tokens, List<Span> personSpans) {
    String name = Gazetteer.fold(entity.name());
    if (TownCues.INSTITUTIONS.contains(name)) {
      return false; // "in Congress" is no town in Arizona
    }
    boolean placeContext = false;
    for (Span span : entity.mentions()) {
      String written = text.substring(span.start(), span.end());
      if (!Gazetteer.fold(written).equals(name)) {
        return false;
      }
      if (written.length() <= 4
          && written.equals(written.toUpperCase(Locale.ROOT))
          && !TownCues.datelineAt(text, span)) {
        return false; // "the SEC": initials name a body
      }
      int index = firstTokenAt(tokens, span.start());
      if (index > 0
          && TownCues.PERSON_TITLES.contains(TownCues.bare(tokens.get(index - 1).word()))) {
        return false;
      }
      int after = firstTokenAt(tokens, span.end());
      if (after < tokens.size() && TownCues.SPEECH_VERBS.contains(tokens.get(after).word())) {
        return false; // "Colby said"
      }
      placeContext |=
          TownCues.townContext(
              text, tokens, span, index, personSpans, entity.type() == EntityType.OTHER);
    }
    // by its own name, not an alternate one: "Markel" is also a name of Marcellus, France
    return placeContext && townByItsOwnName(gazetteer.lookup(entity.name()), entity.name());
  }

  /** Whether a town or district among {@code candidates} bears {@code name} as its own name. */
  private static boolean townByItsOwnName(List<GazetteerEntry> candidates, String name) {
    String folded = Gazetteer.fold(name);
    return candidates.stream()
        .anyMatch(
            c ->
                (c.kind() == Kind.PLACE || c.kind() == Kind.DISTRICT)
                    && Gazetteer.fold(c.name()).equals(folded));
  }

  /**
   * The county a long capitalised run begins with ("Clark County Public Health Office", "Polk
   * County Rodeo Association Parade"): a name that says it is a county is one.
   */
  private Optional<Toponym> countyInRun(String text, List<Token> tokens, int start, int end) {
    for (int k = start + 1; k <= Math.min(start + 2, end - 1); k++) {
      String word = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (word.equals("county") || word.equals("parish")) {
        Span span = new Span(tokens.get(start).span().start(), tokens.get(k).span().end());
        return toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
            .filter(t -> t.candidates().stream().allMatch(c -> c.kind() == Kind.DISTRICT));
      }
    }
    return Optional.empty();
  }

  /**
   * The state or country named after the direction words an organisation starts with: "Northeast
   * Iowa Food Bank", "North Central Iowa Housing Council", "Southwestern Ontario Rail Services".
   */
  private Optional<Toponym> regionAfterDirection(
      String text, List<Token> tokens, Span organisation) {
    int first = firstTokenAt(tokens, organisation.start());
    if (first < tokens.size() && tokens.get(first).word().equalsIgnoreCase("the")) {
      first++;
    }
    int from = first;
    while (from < first + 2
        && from < tokens.size()
        && COMPASS_WORDS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
      from++;
    }
    if (from == first) {
      return Optional.empty();
    }
    for (int length = 2; length >= 1; length--) {
      int stop = from + length;
      if (stop > tokens.size() || tokens.get(stop - 1).span().end() > organisation.end()) {
        continue;
      }
      Span span = new Span(tokens.get(from).span().start(), tokens.get(stop - 1).span().end());
      Optional<Toponym> large =
          toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
              .filter(t -> large(t.candidates().get(0)));
      if (large.isPresent()) {
        return large;
      }
    }
    return Optional.empty();
  }

  private static final Set<String> COMPASS_WORDS =
      PlaceWords.union(PlaceWords.REGION_DIRECTIONS, Set.of("upstate", "downstate"));

  /** "Dover Council" labelled a person is a council. */
  private static boolean endsWithTownBody(String name) {
    int space = name.lastIndexOf(' ');
    return space > 0
        && PlaceWords.TOWN_BODIES.contains(name.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  private boolean demonymOnly(String words) {
    return countryWords.isCountryWord(words) || regionOfDemonym(words).isPresent();
  }

  /** A demonym or an adjective of a place as a mention of that place: "Georgian", "Ohioans". */
  private static Toponym demonym(Span span, GazetteerEntry place) {
    return new Toponym(
        span, place.name(), List.of(place), Toponym.Evidence.DEMONYM, false, Optional.empty());
  }

  /**
   * The region a demonym names ("Ohioans", "Minnesotan", "Texan", "New Yorkers", "South Ossetian",
   * "Abkhaz", "Dagestani"): the word's stem, with the endings English demonyms drop, is a
   * first-level region's or a named region's own name. Towns' demonyms are left alone.
   */
  private Optional<GazetteerEntry> regionOfDemonym(String word) {
    if (word.length() < 5 || !Character.isUpperCase(word.codePointAt(0))) {
      return Optional.empty();
    }
    String base = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    List<String> stems = new ArrayList<>();
    if (base.endsWith("an")) {
      String a = base.substring(0, base.length() - 1); // Minnesotan, Virginian, Ossetian
      String b = base.substring(0, base.length() - 2); // Ohioan, Hawaiian
      stems.addAll(List.of(a, b, b + "as", b + "o")); // Texan, Ontarian
      if (base.endsWith("ian")) {
        String c = base.substring(0, base.length() - 3);
        stems.addAll(List.of(c + "a", c + "o", c + "y")); // Floridian, Ontarian, Kentuckian
      }
    } else if (base.endsWith("er") && base.indexOf(' ') > 0) {
      stems.add(base.substring(0, base.length() - 2)); // New Yorker, not "Grader"
    } else if (base.endsWith("i")) {
      stems.add(base.substring(0, base.length() - 1)); // Dagestani
    } else if (base.endsWith("z")) {
      stems.add(base + "ia"); // Abkhaz
    }
    for (String stem : stems) {
      String folded = Gazetteer.fold(stem);
      for (GazetteerEntry c : gazetteer.lookup(stem)) {
        if ((c.kind() == Kind.REGION || c.kind() == Kind.FEATURE)
            && Gazetteer.fold(c.name()).equals(folded)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The country whose state body an organisation is, by the demonym or name it starts with ("the
   * Georgian Defence Ministry", "Lebanese Army", "Palestinian Authority"). Companies and societies
   * named with a demonym ("American Express") are not the country's.
   */
  private Optional<Toponym> governmentOf(List<Token> tokens, Span organisation) {
    int first = firstTokenAt(tokens, organisation.start());
    if (first < tokens.size() && tokens.get(first).word().equalsIgnoreCase("the")) {
      first++;
    }
    for (int length = 2; length >= 1; length--) {
      int body = first + length;
      if (body >= tokens.size() || tokens.get(body).span().end() > organisation.end()) {
        continue;
      }
      StringBuilder words = new StringBuilder(tokens.get(first).word());
      for (int k = first + 1; k < body; k++) {
        words.append(' ').append(tokens.get(k).word());
      }
      if (!PlaceWords.GOVERNMENT_BODIES.contains(
          tokens.get(body).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<GazetteerEntry> country =
          countryWords.country(words.toString()).flatMap(gazetteer::country);
      if (country.isPresent()) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(body - 1).span().end());
        return Optional.of(demonym(span, country.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * Demonyms and country adjectives ("Sudanese", "Sri Lankan") as mentions of their country: news
   * geography is often written this way, and geoparsing corpora count them as toponyms. Regions'
   * demonyms ("Ohioans") go to {@code regionDemonyms}, to be kept where the document is about the
   * region's country.
   */
  private List<Toponym> demonyms(
      List<Token> tokens, List<Span> taken, List<Toponym> regionDemonyms) {
    List<Toponym> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      for (int length = 2; length >= 1; length--) {
        if (i + length > tokens.size()) {
          continue;
        }
        Span span = new Span(tokens.get(i).span().start(), tokens.get(i + length - 1).span().end());
        StringBuilder words = new StringBuilder(tokens.get(i).word());
        for (int k = i + 1; k < i + length; k++) {
          words.append(' ').append(tokens.get(k).word());
        }
        if (overlapsAny(span, taken)) {
          continue;
        }
        if (!countryWords.isCountryWord(words.toString())) {
          Optional<GazetteerEntry> region = regionOfDemonym(words.toString());
          if (region.isPresent()) {
            regionDemonyms.add(demonym(span, region.get()));
            i += length - 1;
            break;
          }
          continue;
        }
        Optional<GazetteerEntry> country =
            countryWords.country(words.toString()).flatMap(gazetteer::country);
        if (country.isPresent()) {
          found.add(demonym(span, country.get()));
          i += length - 1;
          break;
        }
      }
    }
    return found;
  }

  /**
   * US state abbreviations standing alone ("BECKLEY, W.Va. --", "Rep. Ann Cole, D-S.C.", "an office
   * in D.C.") as mentions of their state, so the state is a place of the document and speaks for
   * its other places. Dotted pairs ("S.C.") are taken anywhere; one-word abbreviations ("Ind.",
   * "Miss.") only after a comma, a party letter's hyphen or a locative preposition, where they
   * cannot be a title or an ordinary word. A toponym of {@code found} that is just the abbreviation
   * is removed from it and replaced.
   */
  private List<Toponym> stateAbbreviations(String text, List<Token> tokens, List<Toponym> found) {
    List<Span> placed = found.stream().map(Toponym::span).toList();
    List<Toponym> states = new ArrayList<>();
    Matcher matcher = STATE_ABBREVIATION.matcher(text);
    while (matcher.find()) {
      String written = matcher.group(1);
      String code = PlaceWords.AP_STATES.get(Gazetteer.fold(written).replace(" ", ""));
      Span span = new Span(matcher.start(1), matcher.end(1));
      if (code == null) {
        continue;
      }
      boolean dottedPair = written.indexOf('.') < written.length() - 1;
      boolean qualifies =
          dottedPair || afterCommaOrHyphen(text, span.start()) || locative(tokens, span);
      if (!qualifies && !beforeLowerCaseWord(text, span)) {
        continue;
      }
      // "Ind. candidates" are independents, unless the story is about Indiana
      if (!qualifies
          && OTHER_ABBREVIATIONS.contains(code)
          && gazetteer.region("US." + code).filter(r -> text.contains(r.name())).isEmpty()) {
        continue;
      }
      // Dotted initials stand for states of two words ("N.Y.", "W.Va."); "L.A." is Los Angeles.
      if (dottedPair
          && gazetteer.region("US." + code).filter(r -> r.name().contains(" ")).isEmpty()) {
        continue;
      }
      // "Fla." found as a name of its own is Flå, Norway, to the gazetteer: the state wins.
      if (overlapsAny(span, placed) && !found.removeIf(t -> t.span().equals(span))) {
        continue;
      }
      gazetteer
          .region("US." + code)
          .ifPresent(
              state ->
                  states.add(
                      new Toponym(
                          span,
                          state.name(),
                          List.of(state),
                          Toponym.Evidence.GAZETTEER,
                          locative(tokens, span),
                          Optional.empty())));
    }
    return states;
  }

  /** States whose abbreviation is also another word's: Independent, Miss, Delegate. */
  private static final Set<String> OTHER_ABBREVIATIONS = Set.of("IN", "MS", "DE");

  /**
   * "Injured Ill. hiker", "two Neb. farmers", "Mass. voters": in headlines an abbreviated state
   * qualifies the noun after it. A title is followed by a name ("Miss. Smith").
   */
  private static boolean beforeLowerCaseWord(String text, Span span) {
    int i = span.end();
    if (i + 1 >= text.length() || text.charAt(i) != ' ') {
      return false;
    }
    return Character.isLowerCase(text.charAt(i + 1));
  }

  private static boolean afterCommaOrHyphen(String text, int start) {
    int i = start - 1;
    if (i >= 0 && text.charAt(i) == '-') {
      return true;
    }
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',';
  }

  /**
   * The place an organisation is named after ("Salem Police Department"): its first words, when the
   * document names that place elsewhere or it lies in a country the document is about, or when they
   * are a country's initials ("US Centers for Disease Control").
   */
  private Optional<Toponym> leadingPlace(
      String text,
      List<Token> tokens,
      Span organisation,
      Set<String> documentCountries,
      Set<String> names) {
    return leadingPlace(
        text,
        tokens,
        organisation,
        t ->
            countryAbbreviation(t)
                || names.contains(Gazetteer.fold(t.name()))
                || onlyCounty(t)
                || countyWord(t.name())
                || stateBody(tokens, t)
                || townBody(tokens, t)
                || t.candidates().stream()
                    .anyMatch(
                        c ->
                            (c.kind() != Kind.DISTRICT || countyWord(t.name()))
                                && c.country().filter(documentCountries::contains).isPresent()));
  }

  /**
   * A state or province named at the head of one of its own bodies ("the Oregon Department of
   * Forestry"): the body's first word after the name says so, whatever else the document names.
   */
  private static boolean stateBody(List<Token> tokens, Toponym t) {
    if (t.candidates().get(0).kind() != Kind.REGION) {
      return false;
    }
    int after = firstTokenAt(tokens, t.span().end());
    return after < tokens.size()
        && Character.isUpperCase(tokens.get(after).word().codePointAt(0))
        && PlaceWords.STATE_BODIES.contains(tokens.get(after).word().toLowerCase(Locale.ROOT));
  }

  /**
   * A town named at the head of its own police, council or court ("the Salem Police Department",
   * "Dover City Council", "Hexham Magistrates' Court"): a local paper may name the town nowhere
   * else. Schools are not enough: "Lincoln High School" is named after a president.
   */
  private static boolean townBody(List<Token> tokens, Toponym t) {
    if (t.candidates().stream().noneMatch(c -> c.kind() == Kind.PLACE)) {
      return false;
    }
    int after = firstTokenAt(tokens, t.span().end());
    return after < tokens.size()
        && Character.isUpperCase(tokens.get(after).word().codePointAt(0))
        && PlaceWords.TOWN_BODIES.contains(tokens.get(after).word().toLowerCase(Locale.ROOT));
  }

  /**
   * A county name that only one county bears ("the Latah County Arts Trust"): a place whatever else
   * the document names, and a strong hint of which Moscow a local paper means.
   */
  private static boolean onlyCounty(Toponym t) {
    return countyWord(t.name())
        && t.candidates().size() == 1
        && t.candidates().get(0).kind() == Kind.DISTRICT;
  }

  /**
   * The place a body is named after, by its first words ("Salem Police Department", "Kentucky
   * National Guard"), when {@code accepted} takes it.
   */
  private Optional<Toponym> leadingPlace(
      String text, List<Token> tokens, Span organisation, Predicate<Toponym> accepted) {
    int first = firstTokenAt(tokens, organisation.start());
    while (first < tokens.size()
        && tokens.get(first).span().end() <= organisation.end()
        && (tokens.get(first).word().equalsIgnoreCase("the")
            || tokens.get(first).word().equalsIgnoreCase("a"))) {
      first++; // "the Termez training ground"
    }
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().end() <= organisation.end()) {
      end++;
    }
    for (int stop = Math.min(end - 1, first + 3); stop > first; stop--) {
      if (!Character.isUpperCase(tokens.get(stop).word().codePointAt(0))
          && !Character.isUpperCase(tokens.get(stop - 1).word().codePointAt(0))) {
        continue; // the place is a capitalised run: "Salem Police", "Termez training"
      }
      if (tokens.get(stop).word().equals("of")) {
        continue; // "University of Virginia": the head of an of-phrase is no place
      }
      Span span = new Span(tokens.get(first).span().start(), tokens.get(stop - 1).span().end());
      Optional<Toponym> toponym =
          toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
              .filter(
                  t ->
                      (t.name().length() >= 4 || countryAbbreviation(t))
                          && !countryWords.isCountryWord(t.name()))
              .filter(ToponymFinder::byItsOwnName) // "Frank Moss Zoo": Frank is no name of Industry
              .filter(accepted);
      if (toponym.isPresent()) {
        return toponym;
      }
    }
    return Optional.empty();
  }

  /**
   * The state, country or named place an organisation names after "of" ("University of Georgia",
   * "Bank of England", "University of Idaho Research Park"): taken when it is a country or
   * first-level region, the document names it elsewhere, or it is a town of some size a university
   * or a diocese is named after ("University of Winnipeg"). The last "of" that names a place wins
   * ("University of Idaho College of Law").
   */
  private Optional<Toponym> trailingPlace(
      String text, List<Token> tokens, Span organisation, Set<String> names) {
    int first = firstTokenAt(tokens, organisation.start());
    int end = first;
    while (end < tokens.size() && tokens.get(end).span().end() <= organisation.end()) {
      end++;
    }
    for (int of = end - 2; of > first; of--) {
      if (!tokens.get(of).word().equals("of")) {
        continue;
      }
      boolean seat = PLACE_SEATS.contains(tokens.get(of - 1).word().toLowerCase(Locale.ROOT));
      int from = of + 1;
      if (tokens.get(from).word().equalsIgnoreCase("the")) {
        from++;
      }
      for (int stop = Math.min(end, from + 3); stop > from; stop--) {
        if (!allCapitalised(tokens, from, stop)) {
          continue;
        }
        Span span = new Span(tokens.get(from).span().start(), tokens.get(stop - 1).span().end());
        Optional<Toponym> place =
            toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
                .filter(
                    t -> {
                      GazetteerEntry top = t.candidates().get(0);
                      return top.kind() == Kind.COUNTRY
                          || top.kind() == Kind.REGION
                          || names.contains(Gazetteer.fold(t.name()))
                          || (seat
                              && top.kind() == Kind.PLACE
                              && top.population() >= SEAT_POPULATION);
                    });
        if (place.isPresent()) {
          return place;
        }
      }
    }
    return Optional.empty();
  }

  /** Bodies named after the town they sit in: "University of Winnipeg", "Diocese of Erie". */
  private static final Set<String> PLACE_SEATS =
      Set.of("university", "diocese", "archdiocese", "port", "mayor");

  private static final long SEAT_POPULATION = 50_000;

  private static boolean allCapitalised(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Character.isUpperCase(tokens.get(k).word().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a name says it is a county or parish ("Polk County"): a district named so is a place
   * even at the head of an organisation's name, where a bare district name ("Washington") may be a
   * person's.
   */
  private static boolean countyWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(" county") || lower.endsWith(" parish");
  }

  /** "US", "UK", "DRC": a country written as its capitalised initials. */
  private static boolean countryAbbreviation(Toponym toponym) {
    String name = toponym.name();
    return name.length() >= 2
        && name.equals(name.toUpperCase(Locale.ROOT))
        && toponym.candidates().get(0).kind() == Kind.COUNTRY;
  }

  /**
   * A mention the recogniser labelled a person, organisation or miscellany is a place when its name
   * is a country, a macro-region, or (for organisations, and persons after a locative preposition)
   * a first-level region or a large or capital city: "Washington" tagged as an organisation.
   */
  private static boolean wellKnown(Toponym toponym, String label) {
    GazetteerEntry top = toponym.candidates().get(0);
    boolean countryOrMacro = top.kind() == Kind.COUNTRY || top.kind() == Kind.MACRO_REGION;
    if (label.equals("MISC")) {
      return countryOrMacro;
    }
    if (label.equals("PERSON") && !toponym.locative()) {
      return false;
    }
    // A town known by another of its names must be a great city: "Hamas" is also a name of Hamm,
    // Germany, "New York" one of New York City.
    String written = Gazetteer.fold(toponym.name());
    return countryOrMacro
        || top.kind() == Kind.REGION
        || toponym.candidates().stream()
            .anyMatch(
                c ->
                    c.kind() == Kind.PLACE
                        && (c.featureCode().equals("PPLC")
                            || c.population()
                                >= (Gazetteer.fold(c.name()).equals(written)
                                    ? WELL_KNOWN_POPULATION
                                    : GREAT_CITY_POPULATION)));
  }

  /**
   * Whole runs of capitalised proper nouns no one labelled that the gazetteer knows, in context. A
   * run is taken whole or not at all: "Defense Minister" is not the town of Minister.
   */
  private List<Toponym> unlabelled(
      String text,
      List<Token> tokens,
      List<Span> taken,
      List<Span> labelled,
      Set<String> documentCountries,
      Set<String> personNames) {
    List<Toponym> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!properNoun(tokens.get(i))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && properNoun(tokens.get(end))) {
        end++;
      }
      // "the Minister of Defense", "the Bank of England": a capitalised head before "of" names an
      // office or a body, not a town (Minster, Ohio, is also written "Minister").
      boolean headOfPhrase = end < tokens.size() && tokens.get(end).word().equalsIgnoreCase("of");
      Span run = new Span(tokens.get(i).span().start(), tokens.get(end - 1).span().end());
      if ((end - i > MAX_WORDS || headOfPhrase) && !overlapsAny(run, taken)) {
        countyInRun(text, tokens, i, end).ifPresent(found::add); // "Clark County Health Dept."
      }
      if (end - i <= MAX_WORDS && !headOfPhrase) {
        Span span = run;
        if (!overlapsAny(span, labelled) && !overlapsAny(span, taken)) {
          toponym(text, tokens, span, Toponym.Evidence.GAZETTEER, List.of())
              .filter(t -> t.locative() || !personNames.contains(Gazetteer.fold(t.name())))
              .filter(t -> plausible(t, documentCountries, TownCues.inTown(text, tokens, t.span())))
              .filter(ToponymFinder::byItsOwnName)
              .ifPresent(found::add);
        }
      }
      i = end;
    }
    return found;
  }

  /**
   * The names and surnames of the document's people, folded: "Ames" alone after "Lena Ames" is her,
   * not Ames, Iowa.
   */
  private static Set<String> personNames(Article article) {
    Set<String> names = new HashSet<>();
    if (!article.layers().contains(Layer.ENTITIES)) {
      return names;
    }
    for (Entity entity : article.annotations().entities()) {
      if (entity.type() != EntityType.PERSON) {
        continue;
      }
      for (Span span : entity.mentions()) {
        String name = Gazetteer.fold(span.of(article.text()));
        names.add(name);
        int space = name.lastIndexOf(' ');
        if (space > 0) {
          names.add(name.substring(space + 1));
        }
      }
    }
    return names;
  }

  /**
   * A name found by the gazetteer alone is kept when it is unambiguous enough and either follows a
   * locative preposition or lies in a country the document is about.
   */
  private boolean plausible(Toponym toponym, Set<String> documentCountries, boolean inTown) {
    List<GazetteerEntry> candidates = toponym.candidates();
    GazetteerEntry top = candidates.get(0);
    String name = toponym.name();
    // "NSW": a short name in capitals is a place only when it is a region's or country's.
    boolean initials =
        name.length() >= 2
            && name.equals(name.toUpperCase(Locale.ROOT))
            && (top.kind() == Kind.REGION || top.kind() == Kind.COUNTRY);
    if ((name.length() < 4 && !initials) || countryWords.isCountryWord(name)) {
      return false;
    }
    if (top.kind() == Kind.COUNTRY || top.kind() == Kind.MACRO_REGION) {
      return true;
    }
    if (top.kind() == Kind.FEATURE) {
      return toponym.locative(); // "in Java", not the programming language
    }
    Predicate<GazetteerEntry> inDocument =
        c -> c.country().filter(documentCountries::contains).isPresent();
    List<GazetteerEntry> local = candidates.stream().filter(inDocument).toList();
    if (!local.isEmpty()) {
      // "in Liberty" in a Missouri story: which Liberty is for the disambiguator
      return inTown
          || local.size() == 1
          || local.get(0).population() >= 10 * local.get(1).population();
    }
    return toponym.locative()
        && (candidates.size() == 1 || top.population() >= 10 * candidates.get(1).population())
        && top.population() >= 1_000;
  }

  private Optional<Toponym> toponym(
      String text, List<Token> tokens, Span span, Toponym.Evidence evidence, List<String> alsoTry) {
    String surface = span.of(text);
    List<String> names = new ArrayList<>(alsoTry);
    String tidy = tidy(surface);
    names.add(0, tidy);
    if (tidy.isEmpty()
        || tidy.equals(tidy.toLowerCase(Locale.ROOT))
        || PlaceWords.NOT_NAMES.contains(tidy.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    int comma = tidy.indexOf(',');
    if (comma > 0) {
      names.add(tidy.substring(0, comma).strip());
    }
    if (tidy.endsWith(" Co.") || tidy.endsWith(" Co")) {
      names.add(tidy.substring(0, tidy.lastIndexOf(' ')) + " County"); // "Greene Co."
    }
    for (String name : names) {
      List<GazetteerEntry> candidates = gazetteer.lookup(name);
      if (!candidates.isEmpty()) {
        return Optional.of(
            new Toponym(
                span,
                name,
                candidates,
                evidence,
                locative(tokens, span),
                qualifier(text, span, comma > 0 ? tidy.substring(comma + 1) : null)));
      }
    }
    return restricted(tidy, tokens, span, evidence);
  }

  /** "Washington state", "Kunduz province", "Northern Afghanistan": a name with a kind word. */
  private Optional<Toponym> restricted(
      String name, List<Token> tokens, Span span, Toponym.Evidence evidence) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : List.of(" state", " province", " region", " oblast")) {
      if (lower.endsWith(suffix)) {
        String bare = name.substring(0, name.length() - suffix.length());
        List<GazetteerEntry> regions =
            gazetteer.lookup(bare).stream().filter(c -> c.kind() == Kind.REGION).toList();
        if (!regions.isEmpty()) {
          return Optional.of(
              new Toponym(span, bare, regions, evidence, locative(tokens, span), Optional.empty()));
        }
      }
    }
    for (String direction :
        List.of(
            "northern ",
            "southern ",
            "eastern ",
            "western ",
            "central ",
            "north ",
            "south ",
            "east ",
            "west ",
            "northeast ",
            "northwest ",
            "southeast ",
            "southwest ")) {
      if (lower.startsWith(direction)) {
        String bare = name.substring(direction.length());
        List<GazetteerEntry> large =
            gazetteer.lookup(bare).stream()
                .filter(c -> c.kind() == Kind.COUNTRY || c.kind() == Kind.REGION)
                .toList();
        if (!large.isEmpty()) {
          return Optional.of(
              new Toponym(span, bare, large, evidence, locative(tokens, span), Optional.empty()));
        }
      }
    }
    return partOfTown(name, tokens, span, evidence);
  }

  /**
   * A part of a city or county named by a direction or a word of extent ("North Houston", "S.W.
   * Denver", "Greater Victoria", "Greater Polk County"), when the gazetteer lacks the part: the
   * city itself, if it is large enough that a part of it gets a name, or the county.
   */
  private Optional<Toponym> partOfTown(
      String name, List<Token> tokens, Span span, Toponym.Evidence evidence) {
    int space = name.indexOf(' ');
    if (space < 0 || !PARTS_OF_TOWNS.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String bare = name.substring(space + 1).strip();
    if (PARTS_OF_TOWNS.contains(bare.toLowerCase(Locale.ROOT))
        || PlaceWords.NOT_NAMES.contains(bare.toLowerCase(Locale.ROOT))) {
      return Optional.empty(); // "East Metro"
    }
    List<GazetteerEntry> towns =
        gazetteer.lookup(bare).stream()
            .filter(
                c ->
                    ((c.kind() == Kind.PLACE && c.population() >= TOWN_WITH_PARTS)
                            || (c.kind() == Kind.DISTRICT && countyWord(bare)))
                        // by its own name: "Columbia City" is an old name of Vancouver, Washington
                        && Gazetteer.fold(c.name()).equals(Gazetteer.fold(bare)))
            .toList();
    return towns.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Toponym(span, bare, towns, evidence, locative(tokens, span), Optional.empty()));
  }

  /**
   * Whether a name no one labelled is a town's own name, or a country's or region's: a small town's
   * alternate names ("Border" for Bordères, "Stokes" for Irrigon, "Pentecost" for Forest City) are
   * too often ordinary words or surnames to be taken without a label. After a locative, a larger
   * town's other names count ("in Tirmiz").
   */
  private static boolean byItsOwnName(Toponym t) {
    String name = Gazetteer.fold(t.name());
    return t.candidates().stream()
        .anyMatch(
            c ->
                c.kind() == Kind.COUNTRY
                    || c.kind() == Kind.REGION
                    || Gazetteer.fold(c.name()).equals(name)
                    || (t.locative() && c.population() >= KNOWN_BY_OTHER_NAMES));
  }

  /** Towns this large are written many ways: "in Tirmiz" is Termez. */
  private static final long KNOWN_BY_OTHER_NAMES = 10_000;

  /** Services news writes in lower case after the town they serve: "Plainfield police". */
  private static final Set<String> LOWER_CASE_SERVICES = Set.of("police");

  private static final Set<String> PARTS_OF_TOWNS =
      Set.of(
          "north",
          "south",
          "east",
          "west",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "n.",
          "s.",
          "e.",
          "w.",
          "n.e.",
          "n.w.",
          "s.e.",
          "s.w.",
          "metro",
          "greater",
          "downtown");

  private static final long TOWN_WITH_PARTS = 50_000;

  /** The region or country written after the name: "Paris, Texas", "Alexandria, La.". */
  private Optional<GazetteerEntry> qualifier(String text, Span span, String inside) {
    String after = inside;
    if (after == null) {
      int i = span.end();
      if (i >= text.length() || text.charAt(i) != ',') {
        return Optional.empty();
      }
      int end = i + 1;
      while (end < text.length()
          && end < i + 40
          && text.charAt(end) != ','
          && text.charAt(end) != '\n') {
        end++;
      }
      after = text.substring(i + 1, end);
    }
    String words = after.strip();
    int stop = 0;
    while (stop < words.length()
        && (Character.isLetter(words.charAt(stop))
            || words.charAt(stop) == '.'
            || (words.charAt(stop) == ' '
                && stop + 1 < words.length()
                && Character.isUpperCase(words.charAt(stop + 1))))) {
      // "Alexandria, La. The fire..." and "Columbia, Missouri. She settled...": a full stop ends
      // the qualifier unless a letter follows ("N.Y.").
      if (words.charAt(stop) == '.'
          && (stop + 1 >= words.length() || !Character.isLetter(words.charAt(stop + 1)))) {
        stop++;
        break;
      }
      stop++;
    }
    String candidate = words.substring(0, stop).strip();
    if (candidate.isEmpty() || !Character.isUpperCase(candidate.charAt(0))) {
      return Optional.empty();
    }
    String key = Gazetteer.fold(candidate).replace(" ", "");
    if (PlaceWords.AP_STATES.containsKey(key)
        && (candidate.endsWith(".") || candidate.length() == 2)) {
      return gazetteer.region("US." + PlaceWords.AP_STATES.get(key));
    }
    if (candidate.length() == 2 && candidate.equals(candidate.toUpperCase(Locale.ROOT))) {
      return gazetteer.region("US." + candidate);
    }
    return gazetteer.lookup(candidate.replaceAll("\\.$", "")).stream()
        .filter(c -> c.kind() == Kind.REGION || c.kind() == Kind.COUNTRY)
        .findFirst();
  }

  /** The surface text without a leading article, a trailing possessive or surrounding marks. */
  static String tidy(String surface) {
    String s = surface.strip();
    if (s.startsWith("the ") || s.startsWith("The ")) {
      s = s.substring(4);
    }
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.strip();
  }

  private static boolean locative(List<Token> tokens, Span span) {
    int index = firstTokenAt(tokens, span.start());
    if (index <= 0) {
      return false;
    }
    Token before = tokens.get(index - 1);
    if (before.word().equals("the") && index >= 2) {
      before = tokens.get(index - 2);
    }
    return PlaceWords.LOCATIVES.contains(before.word().toLowerCase(Locale.ROOT));
  }

  /** The index of the first token that starts at or after {@code offset}. */
  static int firstTokenAt(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean properNoun(Token token) {
    String word = token.word();
    return !word.isEmpty()
        && Character.isUpperCase(word.codePointAt(0))
        && (token.tag().equals("NNP") || token.tag().equals("NNPS"));
  }

  private static boolean allProper(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!properNoun(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean overlapsAny(Span span, List<Span> spans) {
    for (Span other : spans) {
      if (span.start() < other.end() && other.start() < span.end()) {
        return true;
      }
    }
    return false;
  }
}
