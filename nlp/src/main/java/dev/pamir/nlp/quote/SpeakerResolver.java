package dev.pamir.nlp.quote;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SpeakerResolver turns the words that name a speaker ("Uzbekistan Defense Minister Bakhodir
 * Kurbanov", "Shoigu", "he", "the head of the Russian military department") into a {@link Speaker}:
 * the fullest name the article uses, and the entity when the article has an entity layer.
 *
 * <p>Surnames resolve to the longest earlier person name ending in them; "he" and "she" to the most
 * recent person named outside quotation marks; descriptions with a role noun to the most recent
 * person the article gives that role, else to the last person quoted; otherwise the description
 * stays the name. Built per article; not shared.
 */
final class SpeakerResolver {

  /** How far back (in characters) a description may reach for the last person quoted. */
  private static final int DESCRIPTION_REACH = 2_500;

  private final TokenIndex index;
  private final List<Entity> entities;
  private final List<Speaker> persons = new ArrayList<>();

  SpeakerResolver(TokenIndex index, List<Entity> entities) {
    this.index = requireNonNull(index, "index is null");
    this.entities = List.copyOf(entities);
  }

  /**
   * The speaker named by tokens {@code [from, to)}, or empty when they name nobody.
   *
   * @param lastPerson the person quoted most recently before, a fallback for role descriptions
   */
  Optional<Speaker> resolve(int from, int to, Optional<Speaker> lastPerson) {
    Optional<Speaker> found = resolveWords(from, to, lastPerson).map(this::withEntity);
    found.filter(Speaker::person).ifPresent(this::remember);
    return found;
  }

  /**
   * The speaker with the entity its name names (full name, alias, or a person's surname that only
   * one person entity has), when the words themselves did not lead to one.
   */
  private Speaker withEntity(Speaker speaker) {
    if (speaker.entity().isPresent()) {
      return speaker;
    }
    return entityNamed(speaker.name(), speaker.person())
        .map(
            e ->
                new Speaker(
                    e.name(),
                    Optional.of(e.id()),
                    speaker.person() || e.type() == EntityType.PERSON,
                    speaker.token(),
                    speaker.written()))
        .orElse(speaker);
  }

  /** Keeps a person speaker as an antecedent for later pronouns, in token order. */
  private void remember(Speaker speaker) {
    int at = persons.size();
    while (at > 0 && persons.get(at - 1).token() > speaker.token()) {
      at--;
    }
    persons.add(at, speaker);
  }

  private Optional<Speaker> resolveWords(int from, int to, Optional<Speaker> lastPerson) {
    while (from < to && (index.isPunctuation(from) || index.tag(from).equals("RB"))) {
      from++;
    }
    while (to > from && index.isPunctuation(to - 1)) {
      to--;
    }
    if (from >= to) {
      return Optional.empty();
    }
    for (int i = from; i < to; i++) {
      if (index.isPerson(i)) {
        return Optional.of(person(index.mention(i), i));
      }
    }
    if (isPronoun(from)) {
      return Optional.of(pronoun(from));
    }
    for (int i = from; i < to; i++) {
      if (index.mention(i) >= 0) {
        return Optional.of(organisation(i, to));
      }
    }
    String first = index.lower(from);
    if (first.equals("the")
        || first.equals("a")
        || first.equals("an")
        || index.tag(from).equals("PRP$")
        || !index.isCapitalized(from)) {
      return description(from, to, lastPerson);
    }
    return Optional.of(name(from, to));
  }

  /**
   * The speaker a pronoun at token {@code i} refers to, written at the pronoun; the pronoun itself
   * when unresolved.
   */
  Speaker pronoun(int i) {
    return antecedent(i).writtenAt(index.token(i).span());
  }

  private Speaker antecedent(int i) {
    String word = index.lower(i);
    if (Lexicon.MALE_PRONOUNS.contains(word) || Lexicon.FEMALE_PRONOUNS.contains(word)) {
      Speaker known = null;
      for (Speaker p : persons) {
        if (p.token() < i) {
          known = p;
        }
      }
      int floor = known == null ? -1 : known.token();
      for (int k = i - 1; k > floor; k--) {
        if (index.quoted(k)) {
          continue;
        }
        if (index.isPerson(k)) {
          int m = index.mention(k);
          while (k > 0 && index.mention(k - 1) == m) {
            k--;
          }
          return person(m, k);
        }
        if (k + 1 < i
            && Lexicon.COURTESY_TITLES.contains(index.lower(k))
            && index.isCapitalized(k + 1)) {
          return name(k + 1, i);
        }
      }
      if (known != null) {
        return new Speaker(known.name(), known.entity(), true, i, known.written());
      }
    } else if (Lexicon.GROUP_PRONOUNS.contains(word)) {
      int floor = Math.max(0, index.sentenceStart(i) - 40);
      for (int k = i - 1; k >= floor; k--) {
        if (index.mention(k) >= 0 && !index.isPerson(k) && !index.quoted(k)) {
          int m = index.mention(k);
          while (k > 0 && index.mention(k - 1) == m) {
            k--;
          }
          return organisation(k, index.size());
        }
      }
    }
    return new Speaker(index.word(i), Optional.empty(), false, i, index.token(i).span());
  }

  boolean isPronoun(int i) {
    String word = index.lower(i);
    return index.tag(i).startsWith("PRP")
        && (Lexicon.MALE_PRONOUNS.contains(word)
            || Lexicon.FEMALE_PRONOUNS.contains(word)
            || Lexicon.GROUP_PRONOUNS.contains(word));
  }

  /** A person mention, named as fully as the article ever names them. */
  private Speaker person(int mentionIndex, int token) {
    NamedMention mention = index.mentions.get(mentionIndex);
    String name = stripHonorifics(mention.span().of(index.text));
    Optional<Entity> entity = entityAt(mention.span(), true);
    if (entity.isEmpty()) {
      entity = entityNamed(name, true);
    }
    if (entity.isPresent()) {
      return new Speaker(
          entity.get().name(), Optional.of(entity.get().id()), true, token, mention.span());
    }
    return new Speaker(
        fullest(name, mention.span().start()), Optional.empty(), true, token, mention.span());
  }

  /**
   * An organisation mention at token {@code i}, with an "of ..." tail: "Ministry of Defense of X".
   */
  private Speaker organisation(int i, int limit) {
    int m = index.mention(i);
    int end = i;
    while (end < index.size() && index.mention(end) == m) {
      end++;
    }
    while (end + 1 < Math.min(limit, index.size())
        && index.word(end).equals(".")
        && index.token(end - 1).span().end() == index.token(end).span().start()
        && index.isCapitalized(end + 1)) {
      end += 2; // a site's name written with a dot: "Avia. Pro"
    }
    while (end + 1 < Math.min(limit, index.size())
        && index.lower(end).equals("of")
        && index.isCapitalized(end + 1)) {
      end++;
      while (end < Math.min(limit, index.size()) && index.isCapitalized(end)) {
        end++;
      }
    }
    Span span = index.span(i, end);
    String name = span.of(index.text);
    Optional<Entity> entity = entityAt(index.mentions.get(m).span(), false);
    if (entity.isEmpty()) {
      entity = entityNamed(name, false);
    }
    return entity
        .map(
            e ->
                new Speaker(
                    fuller(e.name(), name),
                    Optional.of(e.id()),
                    e.type() == EntityType.PERSON,
                    i,
                    span))
        .orElseGet(() -> new Speaker(name, Optional.empty(), false, i, span));
  }

  /** A capitalised name the recogniser did not label, e.g. a news site: "Avia. Pro". */
  Speaker name(int start, int to) {
    int from = start;
    boolean titled = from > 0 && Lexicon.COURTESY_TITLES.contains(index.lower(from - 1));
    while (from + 1 < to && Lexicon.COURTESY_TITLES.contains(index.lower(from))) {
      from++;
      titled = true;
    }
    int end = from;
    while (end < to && (index.isCapitalized(end) || isInnerDot(end, to))) {
      end++;
    }
    Span span = index.span(from, Math.max(end, from + 1));
    String name = span.of(index.text);
    boolean single = end - from <= 1;
    String full = single ? fullest(name, index.token(from).span().start()) : name;
    boolean person = titled || !full.equals(name);
    Optional<Entity> entity = entityNamed(full, person);
    int token = from;
    return entity
        .map(
            e ->
                new Speaker(
                    fuller(e.name(), full),
                    Optional.of(e.id()),
                    e.type() == EntityType.PERSON,
                    token,
                    span))
        .orElseGet(() -> new Speaker(full, Optional.empty(), person, token, span));
  }

  /**
   * The fuller of an entity's name and the name as written here: when the recogniser cut a name
   * short ("Avia" of "Avia. Pro"), the written name says more.
   */
  static String fuller(String entityName, String written) {
    String e = fold(entityName);
    String w = fold(written);
    return w.length() > e.length() && w.startsWith(e + " ") ? written : entityName;
  }

  private boolean isInnerDot(int i, int to) {
    return index.word(i).equals(".") && i + 1 < to && index.isCapitalized(i + 1);
  }

  /** A description: a role resolves to a person when the article allows, else stays as written. */
  private Optional<Speaker> description(int from, int to, Optional<Speaker> lastPerson) {
    int end = from + 1;
    while (end < to
        && !Lexicon.PHRASE_STOPS.contains(index.lower(end))
        && (!index.isPunctuation(end) || index.word(end).equals("-"))) {
      end++;
    }
    boolean hasNoun = false;
    for (int i = from; i < end; i++) {
      hasNoun |= index.tag(i).startsWith("NN");
    }
    if (!hasNoun) {
      return Optional.empty();
    }
    String head = headNoun(from, end);
    Span span = index.span(from, end);
    String written = span.of(index.text);
    boolean definite = index.lower(from).equals("the") || index.lower(from).equals("this");
    if (definite && Lexicon.ROLE_NOUNS.contains(head)) {
      Optional<Speaker> byRole = personWithRole(head, from);
      if (byRole.isPresent()) {
        return byRole.map(s -> s.writtenAt(span));
      }
      if (lastPerson.isPresent()
          && index.token(from).span().start() - index.token(lastPerson.get().token()).span().start()
              < DESCRIPTION_REACH) {
        return lastPerson.map(s -> s.writtenAt(span));
      }
    }
    if (definite && from + 1 < end && index.isCapitalized(from + 1)) {
      written = index.text(from + 1, end); // "the Ministry of Defense" names an organisation
      Optional<Entity> entity = entityNamed(written, false);
      if (entity.isPresent()) {
        return Optional.of(
            new Speaker(entity.get().name(), Optional.of(entity.get().id()), false, from, span));
      }
    }
    return Optional.of(new Speaker(written, Optional.empty(), false, from, span));
  }

  /** The head noun of a noun phrase: the last noun before "of", else the last noun. */
  private String headNoun(int from, int end) {
    String head = "";
    for (int i = from; i < end; i++) {
      if (index.lower(i).equals("of") && !head.isEmpty()) {
        return head;
      }
      if (index.tag(i).startsWith("NN")) {
        head = index.lower(i);
      }
    }
    return head;
  }

  /**
   * The most recent person before token {@code before} whom the article gives the role {@code
   * role}: from the entity layer's roles, else from a title written just before a person's name
   * ("Defense Minister Sergei Shoigu") or an apposition after it ("Piotr Svoik, a political
   * scientist").
   */
  private Optional<Speaker> personWithRole(String role, int before) {
    int beforeOffset = index.token(before).span().start();
    if (!entities.isEmpty()) {
      Entity best = null;
      int bestMention = -1;
      for (Entity e : entities) {
        if (e.type() != EntityType.PERSON || !hasRole(e, role)) {
          continue;
        }
        for (Span m : e.mentions()) {
          if (m.start() < beforeOffset && m.start() > bestMention) {
            best = e;
            bestMention = m.start();
          }
        }
      }
      if (best != null) {
        return Optional.of(
            new Speaker(
                best.name(), Optional.of(best.id()), true, before, index.token(before).span()));
      }
    }
    for (int i = before - 1; i >= 0; i--) {
      if (!index.isPerson(i)
          || index.quoted(i)
          || (i > 0 && index.mention(i - 1) == index.mention(i))) {
        continue;
      }
      int m = index.mention(i);
      for (int k = i - 1;
          k >= Math.max(0, i - 6)
              && !index.isPunctuation(k)
              && !index.isVerb(k)
              && index.mention(k) < 0;
          k--) {
        if (index.lower(k).equals(role)) {
          return Optional.of(person(m, i));
        }
      }
      int end = i;
      while (end < index.size() && index.mention(end) == m) {
        end++;
      }
      if (end < index.size() && index.word(end).equals(",")) {
        for (int k = end + 1; k < Math.min(index.size(), end + 8); k++) {
          if (index.isPunctuation(k)) {
            break;
          }
          if (index.lower(k).equals(role)) {
            return Optional.of(person(m, i));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasRole(Entity e, String role) {
    for (String r : e.roles()) {
      for (String word : r.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.equals(role)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The longest person name in the article ending with the same surname, earliest first. */
  private String fullest(String name, int at) {
    String surname = lastWord(name);
    if (surname.isEmpty()) {
      return name;
    }
    String best = name;
    int bestWords = words(name);
    String bestLater = null;
    int bestLaterWords = bestWords;
    for (NamedMention m : index.mentions) {
      if (!m.label().equals("PERSON")) {
        continue;
      }
      String candidate = stripHonorifics(m.span().of(index.text));
      if (!lastWord(candidate).equalsIgnoreCase(surname)) {
        continue;
      }
      int w = words(candidate);
      if (m.span().start() <= at && w > bestWords) {
        best = candidate;
        bestWords = w;
      } else if (m.span().start() > at && w > bestLaterWords) {
        bestLater = candidate;
        bestLaterWords = w;
      }
    }
    return bestWords > 1 || bestLater == null ? best : bestLater;
  }

  private Optional<Entity> entityAt(Span mention, boolean person) {
    for (Entity e : entities) {
      if (person && e.type() != EntityType.PERSON) {
        continue;
      }
      for (Span m : e.mentions()) {
        if (m.start() < mention.end() && mention.start() < m.end()) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /** The entity called {@code name}, or for a person the one whose name ends in its surname. */
  private Optional<Entity> entityNamed(String name, boolean person) {
    String folded = fold(name);
    if (folded.isEmpty()) {
      return Optional.empty();
    }
    for (Entity e : entities) {
      if (fold(e.name()).equals(folded)) {
        return Optional.of(e);
      }
      for (String alias : e.aliases()) {
        if (fold(alias).equals(folded)) {
          return Optional.of(e);
        }
      }
    }
    String surname = lastWord(folded);
    List<Entity> bySurname = new ArrayList<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && lastWord(fold(e.name())).equals(surname)) {
        bySurname.add(e);
      }
    }
    if (bySurname.size() == 1 && (person || !folded.contains(" "))) {
      return Optional.of(bySurname.get(0));
    }
    return Optional.empty();
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String stripHonorifics(String name) {
    String[] parts = name.strip().split("\\s+");
    int i = 0;
    while (i < parts.length - 1 && Lexicon.HONORIFICS.contains(Lexicon.lower(parts[i]))) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().replaceAll("['’]s$", "").split("[\\s]+");
    return parts.length == 0 ? "" : parts[parts.length - 1];
  }

  private static int words(String name) {
    return name.isBlank() ? 0 : name.strip().split("\\s+").length;
  }
}
