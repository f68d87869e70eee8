package dev.pamir.nlp.place;

import dev.pamir.geodata.Country;
import dev.pamir.geodata.CountryTable;
import dev.pamir.model.Token;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CountryWords are the words that point at a country without naming a place: demonyms and
 * adjectives ("Russian", "Uzbek", "Afghans"). Counting them says which countries a document is
 * about.
 *
 * <p>Immutable and thread-safe.
 */
final class CountryWords {

  private final Map<String, String> countryByWord;

  CountryWords(CountryTable countries) {
    Map<String, String> words = new HashMap<>();
    // Independent countries first, so that a territory cannot take a state's demonym.
    List<Country> ordered =
        countries.all().stream()
            .sorted(
                Comparator.comparing((Country c) -> !c.independent()).thenComparing(Country::iso3))
            .toList();
    for (Country country : ordered) {
      put(words, country.demonym(), country.iso3());
      String name = country.name();
      // "Tajikistan" -> "Tajik", "Kyrgyzstan" -> "Kyrgyz": the usual English adjective.
      if (name.endsWith("istan")) {
        put(words, name.substring(0, name.length() - 5), country.iso3());
      } else if (name.endsWith("stan")) {
        put(words, name.substring(0, name.length() - 4), country.iso3());
      }
    }
    this.countryByWord = Map.copyOf(words);
  }

  private static void put(Map<String, String> words, String word, String iso3) {
    if (word.length() >= 4) {
      words.putIfAbsent(word.toLowerCase(Locale.ROOT), iso3);
    }
  }

  /** The country {@code word} points at ("Russians" at RUS), when it is a demonym. */
  Optional<String> country(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String country = countryByWord.get(lower);
    if (country == null && lower.endsWith("s")) {
      country = countryByWord.get(lower.substring(0, lower.length() - 1));
    }
    return Optional.ofNullable(country);
  }

  boolean isCountryWord(String word) {
    return Character.isUpperCase(word.codePointAt(0)) && country(word).isPresent();
  }

  /** How many times each country's demonym occurs among capitalised tokens. */
  Map<String, Integer> count(List<Token> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    for (Token token : tokens) {
      String word = token.word();
      if (word.length() >= 4 && Character.isUpperCase(word.codePointAt(0))) {
        country(word).ifPresent(c -> counts.merge(c, 1, Integer::sum));
      }
    }
    return counts;
  }
}
