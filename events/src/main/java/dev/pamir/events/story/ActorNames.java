package dev.pamir.events.story;

import dev.pamir.model.Actor;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ActorNames gives the names an actor may go by in other articles: its state code, or its name
 * folded (case, diacritics, punctuation and a leading "the" dropped) together with the acronym of a
 * name of several words, so "the Shanghai Cooperation Organization" meets "SCO".
 *
 * <p>Codes stay upper case and folded names lower case, so a name never passes for a code.
 */
final class ActorNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> LINKS =
      Set.of("of", "the", "and", "for", "de", "la", "le", "des", "du", "et", "in", "on", "al");

  private ActorNames() {}

  /** The names {@code actor} goes by, its code or folded name first. */
  static Set<String> aliases(Actor actor) {
    Set<String> aliases = new LinkedHashSet<>();
    if (actor.code().isPresent()) {
      aliases.add(actor.code().get());
      return aliases;
    }
    String folded = fold(actor.name());
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    if (folded.endsWith(" s")) {
      folded = folded.substring(0, folded.length() - 2);
    }
    if (folded.isEmpty()) {
      aliases.add(actor.key());
      return aliases;
    }
    aliases.add(folded);
    List<String> words = new ArrayList<>();
    for (String word : folded.split(" ")) {
      if (!LINKS.contains(word)) {
        words.add(word);
      }
    }
    if (words.size() >= 2) {
      StringBuilder acronym = new StringBuilder(words.size());
      for (String word : words) {
        acronym.append(word.charAt(0));
      }
      aliases.add(acronym.toString());
    }
    return aliases;
  }

  /** Lower case, no diacritics, words separated by single spaces. */
  static String fold(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
