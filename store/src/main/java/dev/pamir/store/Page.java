package dev.pamir.store;

import java.util.List;

/**
 * A Page is one slice of a query's results and the number of results in all.
 *
 * @param total how many results the query has without limit and offset
 */
public record Page<T>(List<T> items, long total) {
  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " is less than " + items.size());
    }
  }

  public static <T> Page<T> empty() {
    return new Page<>(List.of(), 0);
  }
}
