package dev.pamir.events.code;

import dev.pamir.model.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Lexicon holds the event triggers the project writes, read from {@code triggers.tsv}. */
final class Lexicon {

  /**
   * In a trigger's needs: a person the article names may be the object ("release Ivan Petrov"). A
   * sentence naming a person holds it among its words for {@link #mayFire}.
   */
  static final String PERSON = "!person";

  /** In a trigger's needs: equipment the article names may be the object ("delivered Su-30SM"). */
  static final String EQUIPMENT = "!equipment";

  /** In a trigger's needs: a "to" clause may stand for the object ("offered to mediate"). */
  static final String TO_CLAUSE = "!to";

  /**
   * Among a sentence's words for {@link #mayFire}: it has "at", "on" or "upon", so an attack verb
   * may be aimed at people whatever its object ("fired on the crowd").
   */
  static final String AIMED = "!aimed";

  /** How a trigger governs another trigger. */
  enum Role {
    NONE,
    WRAP,
    LIGHT,
    RECEIVE,
    /** Like WRAP, but no event unless it governs another trigger ("hope", "prepare"). */
    GATE
  }

  /**
   * One trigger.
   *
   * @param head the lemma of the token that triggers
   * @param dependent the lemma that must hang off it, or empty
   * @param noun whether the trigger is a noun (else a verb)
   * @param needs lemmas one of which must be among its dependents; empty when none is needed
   * @param unless objects (for a noun, modifiers) that make it no event: "defend his title" is no
   *     support, "a campaign rally" no protest
   */
  record Trigger(
      String head,
      Optional<String> dependent,
      boolean noun,
      EventType type,
      String cameo,
      Optional<String> mode,
      Set<String> needs,
      Set<String> unless,
      Role role) {}

  private final Map<String, List<Trigger>> byHead;

  private Lexicon(Map<String, List<Trigger>> byHead) {
    this.byHead = byHead;
  }

  static Lexicon load() {
    String name = "triggers.tsv";
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the build");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  static Lexicon parse(BufferedReader reader) throws IOException {
    Map<String, List<Trigger>> byHead = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 7) {
        throw new IllegalStateException(
            "triggers.tsv line " + number + ": 7 fields expected, found " + f.length);
      }
      String[] key = f[0].split("\\+", 2);
      Set<String> needs = new HashSet<>();
      Set<String> unless = new HashSet<>();
      for (String word : f[5].equals("-") ? new String[0] : f[5].split(",")) {
        if (word.startsWith("~")) {
          unless.add(word.substring(1));
        } else {
          needs.add(word);
        }
      }
      Trigger trigger =
          new Trigger(
              key[0],
              key.length > 1 ? Optional.of(key[1]) : Optional.empty(),
              f[1].equals("N"),
              EventType.valueOf(f[2]),
              f[3],
              f[4].equals("-") ? Optional.empty() : Optional.of(f[4]),
              Set.copyOf(needs),
              Set.copyOf(unless),
              switch (f[6]) {
                case "wrap" -> Role.WRAP;
                case "light" -> Role.LIGHT;
                case "recv" -> Role.RECEIVE;
                case "gate" -> Role.GATE;
                case "-" -> Role.NONE;
                default ->
                    throw new IllegalStateException(
                        "triggers.tsv line " + number + ": unknown role " + f[6]);
              });
      byHead.computeIfAbsent(key[0], k -> new ArrayList<>()).add(trigger);
    }
    return new Lexicon(byHead);
  }

  /**
   * Whether a trigger headed by {@code lemma}, a noun or a verb as {@code noun} says, could fire in
   * a sentence whose lemmas and lower-cased words are {@code words}: its part of speech fits (the
   * coder takes only such triggers: the verb "according" is no "accord"), its dependent and one of
   * the words it needs are there, and it is neither a light verb with no words of its own ("hold"
   * fires only through a trigger noun such as "talks", which lets the sentence through by itself)
   * nor a gate ("call" is an event only through the trigger it governs, which does too). Cheap, for
   * choosing sentences to parse.
   */
  boolean mayFire(String lemma, boolean noun, Set<String> words) {
    for (Trigger t : byHead.getOrDefault(lemma, List.of())) {
      if (t.noun() != noun) {
        continue;
      }
      if (t.role() == Role.GATE || t.role() == Role.LIGHT && t.needs().isEmpty()) {
        continue;
      }
      if (t.dependent().isPresent() && !words.contains(t.dependent().get())) {
        continue;
      }
      boolean aimed = !noun && t.type() == EventType.ASSAULT && words.contains(AIMED);
      if (!t.needs().isEmpty()
          && !aimed
          && !t.needs().contains("!clause")
          && !(t.needs().contains(TO_CLAUSE) && words.contains("to"))
          && java.util.Collections.disjoint(t.needs(), words)) {
        continue;
      }
      return true;
    }
    return false;
  }

  /** Whether any trigger has {@code lemma} as its head; cheap, for choosing sentences to parse. */
  boolean mayTrigger(String lemma) {
    return byHead.containsKey(lemma);
  }

  /** Whether {@code lemma} heads a trigger that takes another under it (wrap or light). */
  boolean governs(String lemma) {
    for (Trigger t : byHead.getOrDefault(lemma, List.of())) {
      if (t.role() == Role.WRAP || t.role() == Role.LIGHT || t.role() == Role.GATE) {
        return true;
      }
    }
    return false;
  }

  /** The triggers whose head is {@code lemma} and whose part of speech fits. */
  List<Trigger> candidates(String lemma, boolean noun) {
    List<Trigger> all = byHead.getOrDefault(lemma, List.of());
    List<Trigger> out = new ArrayList<>(all.size());
    for (Trigger t : all) {
      if (t.noun() == noun) {
        out.add(t);
      }
    }
    return out;
  }
}
