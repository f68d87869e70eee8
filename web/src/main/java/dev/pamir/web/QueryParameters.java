package dev.pamir.web;

import dev.pamir.store.Paging;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * QueryParameters reads one request's query parameters: each known one at most once, parsed to its
 * type; an unknown one is an error, as a typo should not silently widen a query.
 *
 * <p>Not thread-safe: one per request.
 */
final class QueryParameters {

  private final Map<String, List<String>> values;

  QueryParameters(Map<String, List<String>> values, Set<String> known) {
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (!known.contains(entry.getKey())) {
        throw new BadParameterException(
            entry.getKey(),
            "unknown parameter " + entry.getKey() + "; known: " + String.join(", ", known));
      }
      if (entry.getValue().size() > 1) {
        throw new BadParameterException(
            entry.getKey(), entry.getKey() + " is given more than once");
      }
    }
    this.values = values;
  }

  /** The value of {@code name}, absent when not given or empty. */
  Optional<String> text(String name) {
    List<String> given = values.get(name);
    if (given == null || given.isEmpty() || given.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(given.get(0).strip());
  }

  Optional<LocalDate> date(String name) {
    Optional<String> value = text(name);
    try {
      return value.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name, name + " must be a date like 2021-05-17 but was " + value.orElseThrow());
    }
  }

  <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String upper = value.get().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(upper)) {
        return Optional.of(constant);
      }
    }
    throw new BadParameterException(
        name, name + " must be one of " + names(type) + " but was " + value.get());
  }

  Paging paging() {
    int limit = number("limit", Paging.FIRST.limit(), 1, Paging.MAX_LIMIT);
    int offset = number("offset", 0, 0, Integer.MAX_VALUE);
    return new Paging(limit, offset);
  }

  private int number(String name, int fallback, int min, int max) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.get());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadParameterException(
        name,
        name
            + " must be a whole number from "
            + min
            + (max == Integer.MAX_VALUE ? " up" : " to " + max)
            + " but was "
            + value.get());
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    StringBuilder names = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append(constant.name().toLowerCase(Locale.ROOT));
    }
    return names.toString();
  }
}
