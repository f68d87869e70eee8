package dev.pamir.cli;

import dev.pamir.pipeline.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The limits on what comes from outside, as options of every command that reads inputs. */
final class LimitOptions {

  @Option(
      names = "--max-article-bytes",
      paramLabel = "BYTES",
      description = "Largest article (file, page or record) read (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes = Limits.DEFAULTS.maxArticleBytes();

  @Option(
      names = "--max-decompressed-bytes",
      paramLabel = "BYTES",
      description =
          "Most a gzip file or a JSON Lines file may hold once decompressed (default: ${DEFAULT-VALUE}).")
  long maxDecompressedBytes = Limits.DEFAULTS.maxDecompressedBytes();

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      description =
          "Seconds to wait for a server to accept a connection (default: ${DEFAULT-VALUE}).")
  int connectTimeoutSeconds = (int) Limits.DEFAULTS.connectTimeout().toSeconds();

  @Option(
      names = "--fetch-timeout",
      paramLabel = "SECONDS",
      description = "Seconds one fetch may take in all (default: ${DEFAULT-VALUE}).")
  int fetchTimeoutSeconds = (int) Limits.DEFAULTS.fetchTimeout().toSeconds();

  @Option(
      names = "--max-redirects",
      paramLabel = "N",
      description = "Redirects one fetch may follow (default: ${DEFAULT-VALUE}).")
  int maxRedirects = Limits.DEFAULTS.maxRedirects();

  @Option(
      names = "--max-feed-items",
      paramLabel = "N",
      description = "Items read from one feed (default: ${DEFAULT-VALUE}).")
  int maxFeedItems = Limits.DEFAULTS.maxFeedItems();

  /**
   * The limits these options give.
   *
   * @throws IllegalArgumentException naming the option that is out of range
   */
  Limits limits() {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        Duration.ofSeconds(connectTimeoutSeconds),
        Duration.ofSeconds(fetchTimeoutSeconds),
        maxRedirects,
        maxFeedItems,
        Limits.DEFAULTS.maxInputFiles(),
        Limits.DEFAULTS.maxAnalyzedChars());
  }
}
