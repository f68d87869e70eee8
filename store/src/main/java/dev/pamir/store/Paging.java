package dev.pamir.store;

/**
 * Paging is the slice of results a query asks for: at most {@code limit} results, after skipping
 * {@code offset}.
 */
public record Paging(int limit, int offset) {

  /** The most results one page may hold. */
  public static final int MAX_LIMIT = 500;

  /** The first 50 results. */
  public static final Paging FIRST = new Paging(50, 0);

  public Paging {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + " but was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative but was " + offset);
    }
  }
}
