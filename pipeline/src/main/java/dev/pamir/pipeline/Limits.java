package dev.pamir.pipeline;

import java.time.Duration;

/**
 * The Limits on everything that comes from outside. Inputs that exceed one are rejected by name
 * with the limit they broke; the rest of the batch goes on.
 *
 * @param maxArticleBytes the most bytes one article (a file, a page, a JSON Lines record) may have
 * @param maxDecompressedBytes the most bytes a compressed file may expand to
 * @param connectTimeout how long to wait for a server to accept a connection
 * @param fetchTimeout how long one fetch may take in all, from request to last byte
 * @param maxRedirects how many redirects one fetch may follow
 * @param maxFeedItems how many items of one feed are read; later items are ignored with a warning
 * @param maxInputFiles how many files one folder may yield
 * @param maxAnalyzedChars how much of one article's text the language layers read; past it the text
 *     is kept whole but annotated only up to the last paragraph break within the limit, with a
 *     warning (news articles are far shorter; a wall of text would cost gigabytes)
 */
public record Limits(
    long maxArticleBytes,
    long maxDecompressedBytes,
    Duration connectTimeout,
    Duration fetchTimeout,
    int maxRedirects,
    int maxFeedItems,
    int maxInputFiles,
    int maxAnalyzedChars) {

  /**
   * The defaults a user gets without asking: 10 MB articles, 10 s connect, 30 s fetch, 5 redirects.
   */
  public static final Limits DEFAULTS =
      new Limits(
          10L * 1024 * 1024,
          100L * 1024 * 1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          5,
          500,
          1_000_000,
          200_000);

  public Limits {
    positive(maxArticleBytes, "maxArticleBytes");
    positive(maxDecompressedBytes, "maxDecompressedBytes");
    positive(connectTimeout.toMillis(), "connectTimeout");
    positive(fetchTimeout.toMillis(), "fetchTimeout");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects is negative: " + maxRedirects);
    }
    positive(maxFeedItems, "maxFeedItems");
    positive(maxInputFiles, "maxInputFiles");
    positive(maxAnalyzedChars, "maxAnalyzedChars");
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive but was " + value);
    }
  }

  public Limits withMaxArticleBytes(long value) {
    return new Limits(
        value,
        maxDecompressedBytes,
        connectTimeout,
        fetchTimeout,
        maxRedirects,
        maxFeedItems,
        maxInputFiles,
        maxAnalyzedChars);
  }

  public Limits withMaxDecompressedBytes(long value) {
    return new Limits(
        maxArticleBytes,
        value,
        connectTimeout,
        fetchTimeout,
        maxRedirects,
        maxFeedItems,
        maxInputFiles,
        maxAnalyzedChars);
  }

  public Limits withTimeouts(Duration connect, Duration fetch) {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        connect,
        fetch,
        maxRedirects,
        maxFeedItems,
        maxInputFiles,
        maxAnalyzedChars);
  }

  public Limits withMaxRedirects(int value) {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        connectTimeout,
        fetchTimeout,
        value,
        maxFeedItems,
        maxInputFiles,
        maxAnalyzedChars);
  }

  public Limits withMaxAnalyzedChars(int value) {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        connectTimeout,
        fetchTimeout,
        maxRedirects,
        maxFeedItems,
        maxInputFiles,
        value);
  }

  public Limits withMaxFeedItems(int value) {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        connectTimeout,
        fetchTimeout,
        maxRedirects,
        value,
        maxInputFiles,
        maxAnalyzedChars);
  }
}
