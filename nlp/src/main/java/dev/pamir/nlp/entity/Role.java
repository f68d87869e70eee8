package dev.pamir.nlp.entity;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A Role is a title or description the text gives a person ("Defense Minister", "political
 * scientist"), with the country its nationality word or complement names.
 *
 * @param country ISO 3166-1 alpha-3, from "Russian" in "Russian Defense Minister" or "of
 *     Uzbekistan" in "Minister of Defense of Uzbekistan"
 */
record Role(String title, Optional<String> country) {
  Role {
    requireNonNull(title, "title is null");
    requireNonNull(country, "country is null");
  }
}
