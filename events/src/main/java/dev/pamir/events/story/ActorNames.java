package dev.pamir.events.story;

import dev.pamir.model.Actor;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ActorNames gives the names an actor may go by in other articles: its state code, or its name
 * folded (case, diacritics, punctuation and a leading "the" dropped) together with the acronym of a
 * name of several words, so "the Shanghai Cooperation Organization" meets "SCO"; for an actor found
 * as an article entity, also that entity's names and the code of its country.
 *
 * <p>Codes stay upper case and folded names lower case, so a name never passes for a code.
 */
final class ActorNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MAX_ALIASES = 12;
  private static final Set<String> LINKS =
      Set.of("of", "the", "and", "for", "de", "la", "le", "des", "du", "et", "in", "on", "al");

  private ActorNames() {}

  /** The names {@code actor} goes by, its code or folded name first. */
  static Set<String> aliases(Actor actor) {
    return aliases(actor, null);
  }

  /**
   * The names {@code actor} goes by: its code, or its folded name and acronym, then the names of
   * the article entity it was found as, and that entity's country code, so "the Russian Defence
   * Ministry" meets Russia and "Sergei Shoigu" meets "Shoigu".
   */
  static Set<String> aliases(Actor actor, @Nullable Entity entity) {
    Set<String> aliases = new LinkedHashSet<>();
    if (actor.code().isPresent()) {
      aliases.add(actor.code().get());
      return aliases;
    }
    boolean person = entity != null && entity.type() == EntityType.PERSON;
    addName(actor.name(), !person, aliases);
    if (entity != null) {
      addName(entity.name(), !person, aliases);
      for (String alias : entity.aliases()) {
        if (aliases.size() >= MAX_ALIASES) {
          break;
        }
        addName(alias, !person, aliases);
      }
      entity.country().ifPresent(aliases::add);
    }
    if (aliases.isEmpty()) {
      aliases.add(actor.key());
    }
    return aliases;
  }

  /** Whether an alias is a state code rather than a folded name. */
  static boolean isCode(String alias) {
    return !alias.isEmpty() && Character.isUpperCase(alias.charAt(0));
  }

  /** Adds the folded name and, unless a person's initials, the acronym of a name of many words. */
  private static void addName(String name, boolean acronyms, Set<String> aliases) {
    String folded = fold(name);
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    if (folded.endsWith(" s")) {
      folded = folded.substring(0, folded.length() - 2);
    }
    if (folded.isEmpty()) {
      return;
    }
    aliases.add(folded);
    List<String> words = new ArrayList<>();
    for (String word : folded.split(" ")) {
      if (!LINKS.contains(word)) {
        words.add(word);
      }
    }
    if (acronyms && words.size() >= 2) {
      StringBuilder acronym = new StringBuilder(words.size());
      for (String word : words) {
        acronym.append(word.charAt(0));
      }
      aliases.add(acronym.toString());
    }
  }

  /** Lower case, no diacritics, words separated by single spaces. */
  static String fold(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
