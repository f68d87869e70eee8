package dev.pamir.nlp.actor;

import static java.util.Objects.requireNonNull;

import dev.pamir.geodata.Country;
import dev.pamir.geodata.CountryTable;
import dev.pamir.model.EntityType;
import dev.pamir.nlp.actor.ActorMatch.Form;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ActorKnowledgeBase knows the countries, organisations, armed groups and state bodies news
 * names, and finds which of them a piece of text refers to.
 *
 * <p>It holds every country of the {@link CountryTable} with its names, ISO codes, demonyms (the
 * data's, completed by a hand-written table: "Tajik" beside the dated "Tadzhik") and capitals;
 * seats of government ("the Kremlin" for Russia, "the Pentagon" as a body of the United States);
 * and organisations with their abbreviations ("CSTO"). Names are compared folded: case, diacritics
 * and punctuation aside, except that short all-capital abbreviations ("US", "UN", "IS") match only
 * when written in capitals, so "us" is never the United States.
 *
 * <p>Immutable and thread-safe; build it once and share it.
 */
public final class ActorKnowledgeBase {

  /** The most words a known name has; callers scanning text need not try longer stretches. */
  public static final int MAX_WORDS = 8;

  /**
   * Capitals that are also common names of other places or people, so never read as a government:
   * "Victoria" is more often the Australian state than the Seychelles.
   */
  private static final Set<String> AMBIGUOUS_CAPITALS =
      Set.of("Victoria", "Kingston", "Georgetown", "Hamilton", "Saint John's", "Castries");

  /** "US$" is a currency, not the United States. */
  private static final Pattern CURRENCY = Pattern.compile("\\p{Sc}");

  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private record Entry(String written, ActorMatch match) {}

  private final Map<String, List<Entry>> byForm;
  private final Map<String, Actor> countries;
  private final List<Actor> actors;
  private final List<Map.Entry<String, Actor>> fuzzyForms;
  private final Set<String> firstWords;

  private ActorKnowledgeBase(
      Map<String, List<Entry>> byForm,
      Map<String, Actor> countries,
      List<Actor> actors,
      List<Map.Entry<String, Actor>> fuzzyForms) {
    this.byForm = byForm;
    this.countries = countries;
    this.actors = actors;
    this.fuzzyForms = fuzzyForms;
    Set<String> first = new java.util.HashSet<>();
    byForm.keySet().forEach(k -> first.add(k.split(" ", 2)[0]));
    this.firstWords = Set.copyOf(first);
  }

  /** Builds the knowledge base from the country table and the tables in this package. */
  public static ActorKnowledgeBase load(CountryTable countryTable) {
    requireNonNull(countryTable, "countryTable is null");
    return new Builder(countryTable).build();
  }

  /**
   * Folds a name for comparison: lower case, no diacritics, dots and apostrophes dropped, other
   * punctuation as single spaces. "U.S." and "US" fold alike, as do "Al-Qaeda" and "al Qaeda".
   */
  public static String fold(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = COMBINING.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replace("’", "");
    return NOT_WORD.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The actor {@code text} names exactly, if any: a name, abbreviation, demonym, capital or seat of
   * government. The text should hold the name alone ("Kremlin", not "the Kremlin").
   */
  public Optional<ActorMatch> lookup(String text) {
    List<Entry> entries = byForm.get(fold(text));
    if (entries == null || !hasCapital(text) || CURRENCY.matcher(text).find()) {
      return Optional.empty();
    }
    boolean capitals = writtenInCapitals(text);
    for (Entry entry : entries) {
      if (capitals || (!strictCase(entry.written()) && capitalisedAlike(entry.written(), text))) {
        return Optional.of(entry.match());
      }
    }
    return Optional.empty();
  }

  /**
   * The organisation {@code text} names, allowing a misspelling (see {@link NameSimilarity}) when
   * no exact name matches. Only organisations match fuzzily, never countries or abbreviations.
   */
  public Optional<ActorMatch> lookupFuzzy(String text) {
    Optional<ActorMatch> exact = lookup(text);
    if (exact.isPresent() || !hasCapital(text)) {
      return exact;
    }
    String folded = fold(text);
    if (folded.isEmpty() || byForm.containsKey(folded)) {
      // A known name the exact lookup refused (by its case) is not a misspelling of it.
      return Optional.empty();
    }
    for (Map.Entry<String, Actor> form : fuzzyForms) {
      if (NameSimilarity.similar(folded, form.getKey())) {
        return Optional.of(new ActorMatch(form.getValue(), Form.NAME, false));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether some known name begins with this word (folded): a cheap test before trying the
   * stretches of text that start at it.
   */
  public boolean mayStartName(String word) {
    String folded = fold(word);
    return !folded.isEmpty() && firstWords.contains(folded.split(" ", 2)[0]);
  }

  /** The country with this ISO 3166-1 alpha-3 code. */
  public Optional<Actor> country(String iso3) {
    return Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** Every actor: countries first, then the other bodies, in a stable order. */
  public List<Actor> actors() {
    return actors;
  }

  /** How many distinct folded forms (names, abbreviations, demonyms, capitals) are known. */
  public int formCount() {
    return byForm.size();
  }

  private static boolean hasCapital(String text) {
    return text.codePoints().anyMatch(Character::isUpperCase);
  }

  /** Short all-capital abbreviations must be written in capitals: "US", not "us". */
  private static boolean strictCase(String written) {
    long letters = written.codePoints().filter(Character::isLetter).count();
    return letters <= 4 && written.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * Whether the text capitalises every word the name capitalises, so that "Russia today" is not the
   * channel Russia Today. Names whose words do not line up with the text's are not judged.
   */
  private static boolean capitalisedAlike(String written, String text) {
    String[] names = written.strip().split("\\s+");
    String[] words = text.strip().split("\\s+");
    if (names.length != words.length) {
      return true;
    }
    for (int i = 0; i < names.length; i++) {
      if (Character.isUpperCase(names[i].codePointAt(0))
          && Character.isLowerCase(words[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean writtenInCapitals(String text) {
    return text.codePoints().noneMatch(Character::isLowerCase);
  }

  /** Builds the tables in priority order: an earlier reading of a form wins over a later one. */
  private static final class Builder {
    private final CountryTable countryTable;
    private final Map<String, List<Entry>> byForm = new HashMap<>();
    private final Map<String, Actor> countries = new LinkedHashMap<>();
    private final List<Actor> others = new ArrayList<>();

    Builder(CountryTable countryTable) {
      this.countryTable = countryTable;
    }

    ActorKnowledgeBase build() {
      Map<String, List<String>> extraNames = readLists("country-names.tsv");
      Map<String, List<String>> demonyms = readLists("demonyms.tsv");
      List<Country> all = new ArrayList<>(countryTable.all());
      // Independent countries first, so that a territory never takes a sovereign state's name.
      all.sort(Comparator.comparing((Country c) -> !c.independent()).thenComparing(Country::iso3));
      for (Country c : all) {
        List<String> extra = extraNames.getOrDefault(c.iso3(), List.of());
        String name = extra.isEmpty() ? c.name() : extra.get(0);
        Set<String> aliases = new LinkedHashSet<>(extra);
        aliases.add(c.name());
        aliases.add(c.officialName());
        aliases.addAll(c.aliases());
        aliases.remove(name);
        countries.put(
            c.iso3(),
            new Actor(name, EntityType.COUNTRY, Optional.of(c.iso3()), List.copyOf(aliases)));
      }
      // 1. names news uses for countries, and the preferred names
      extraNames.forEach(
          (iso3, names) -> country(iso3).ifPresent(a -> names.forEach(n -> add(n, a, Form.NAME))));
      for (Country c : all) {
        add(c.name(), countries.get(c.iso3()), Form.NAME);
      }
      // 2. organisations and seats of government
      readOrganizations();
      readSeatsOfGovernment();
      readPeople();
      // 3. official and alternative names of countries
      for (Country c : all) {
        Actor actor = countries.get(c.iso3());
        add(c.officialName(), actor, Form.NAME);
        c.aliases().forEach(a -> add(a, actor, Form.NAME));
      }
      // 4. regions with their adjectives, then demonyms: the hand-written table, then the data's
      readRegions();
      demonyms.forEach(
          (iso3, forms) ->
              country(iso3).ifPresent(a -> forms.forEach(f -> add(f, a, Form.DEMONYM))));
      for (Country c : all) {
        // "Bosnian, Herzegovinian": each form is a demonym of its own.
        for (String demonym : c.demonym().split(",")) {
          if (!demonym.isBlank()) {
            add(demonym.strip(), countries.get(c.iso3()), Form.DEMONYM);
          }
        }
      }
      // 5. capitals of sovereign states
      for (Country c : all) {
        if (!c.independent()) {
          continue;
        }
        for (String capital : c.capitals()) {
          String plain = capital.replaceFirst(",? D\\.?C\\.?$", "").strip();
          if (!AMBIGUOUS_CAPITALS.contains(plain)) {
            add(plain, countries.get(c.iso3()), Form.CAPITAL);
          }
        }
      }
      List<Actor> actors = new ArrayList<>(countries.values());
      actors.addAll(others);
      List<Map.Entry<String, Actor>> fuzzy = new ArrayList<>();
      for (Actor actor : others) {
        if (actor.type() == EntityType.LOCATION || actor.type() == EntityType.PERSON) {
          continue; // a person's name is matched as written, never as a near miss
        }
        List<String> forms = new ArrayList<>(actor.aliases());
        forms.add(0, actor.name());
        for (String form : forms) {
          String folded = fold(form);
          if (folded.contains(" ") || folded.length() >= NameSimilarity.MIN_SINGLE_WORD) {
            fuzzy.add(Map.entry(folded, actor));
          }
        }
      }
      Map<String, List<Entry>> frozen = new HashMap<>();
      byForm.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      return new ActorKnowledgeBase(
          Map.copyOf(frozen), Map.copyOf(countries), List.copyOf(actors), List.copyOf(fuzzy));
    }

    private Optional<Actor> country(String iso3) {
      Actor actor = countries.get(iso3);
      if (actor == null) {
        throw new IllegalStateException("unknown country code " + iso3 + " in an actor table");
      }
      return Optional.of(actor);
    }

    private void add(String written, Actor actor, Form form) {
      String folded = fold(written);
      if (folded.isEmpty() || folded.split(" ").length > MAX_WORDS) {
        return;
      }
      List<Entry> entries = byForm.computeIfAbsent(folded, k -> new ArrayList<>());
      for (Entry e : entries) {
        if (e.written().equals(written) || !strictCase(e.written()) && !strictCase(written)) {
          return;
        }
      }
      entries.add(new Entry(written, new ActorMatch(actor, form, true)));
    }

    private void readOrganizations() {
      for (String[] f : readRows("organizations.tsv")) {
        EntityType type = EntityType.valueOf(f[1]);
        Optional<String> home = f[2].equals("-") ? Optional.empty() : Optional.of(f[2]);
        home.ifPresent(this::country);
        List<String> aliases =
            f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split("\\|")) : List.of();
        Actor actor = new Actor(f[0], type, home, aliases);
        others.add(actor);
        add(f[0], actor, Form.NAME);
        aliases.forEach(a -> add(a, actor, Form.NAME));
      }
    }

    /** National leaders, whose country their mentions carry without a title naming it. */
    private void readPeople() {
      for (String[] f : readRows("people.tsv")) {
        Optional<String> country = country(f[1]).flatMap(Actor::country);
        List<String> aliases =
            f.length > 2 && !f[2].isEmpty() ? List.of(f[2].split("\\|")) : List.of();
        Actor person = new Actor(f[0], EntityType.PERSON, country, aliases);
        others.add(person);
        add(f[0], person, Form.NAME);
        aliases.forEach(a -> add(a, person, Form.NAME));
      }
    }

    private void readRegions() {
      for (String[] f : readRows("regions.tsv")) {
        Actor region = new Actor(f[0], EntityType.LOCATION, Optional.empty(), List.of());
        others.add(region);
        add(f[0], region, Form.NAME);
        for (String adjective : f[1].split("\\|")) {
          add(adjective, region, Form.DEMONYM);
        }
      }
    }

    private void readSeatsOfGovernment() {
      for (String[] f : readRows("metonyms.tsv")) {
        EntityType type = EntityType.valueOf(f[1]);
        Actor country = country(f[2]).orElseThrow();
        if (type == EntityType.COUNTRY) {
          add(f[0], country, Form.SEAT_OF_GOVERNMENT);
        } else {
          List<String> aliases =
              f.length > 3 && !f[3].isEmpty() ? List.of(f[3].split("\\|")) : List.of();
          Actor body = new Actor(f[0], type, Optional.of(f[2]), aliases);
          others.add(body);
          add(f[0], body, Form.NAME);
          aliases.forEach(a -> add(a, body, Form.NAME));
        }
      }
    }

    private static Map<String, List<String>> readLists(String resource) {
      Map<String, List<String>> lists = new LinkedHashMap<>();
      for (String[] f : readRows(resource)) {
        lists.computeIfAbsent(f[0], k -> new ArrayList<>()).addAll(List.of(f[1].split("\\|")));
      }
      return lists;
    }

    private static List<String[]> readRows(String resource) {
      try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing from the nlp module");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] fields = line.split("\t", -1);
          if (fields.length < 2) {
            throw new IllegalStateException(resource + ": too few columns in '" + line + "'");
          }
          rows.add(fields);
        }
        return rows;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
  }
}
