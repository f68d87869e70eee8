package dev.pamir.spark;

import static java.util.Objects.requireNonNull;

import dev.pamir.app.Analysis;
import dev.pamir.pipeline.Limits;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What an executor needs to build its pipeline: how deep to analyse, the limits, and the job's
 * clock, fixed when the job starts so every executor reads "now" the same. Serialisable, sent with
 * every task; the pipeline itself is built once per executor process.
 */
record WorkerSpec(
    Analysis analysis,
    long maxArticleBytes,
    long maxDecompressedBytes,
    long connectTimeoutMillis,
    long fetchTimeoutMillis,
    int maxRedirects,
    int maxFeedItems,
    int maxInputFiles,
    int maxAnalyzedChars,
    long startedMillis)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  WorkerSpec {
    requireNonNull(analysis, "analysis is null");
  }

  static WorkerSpec of(Analysis analysis, Limits limits, Instant started) {
    return new WorkerSpec(
        analysis,
        limits.maxArticleBytes(),
        limits.maxDecompressedBytes(),
        limits.connectTimeout().toMillis(),
        limits.fetchTimeout().toMillis(),
        limits.maxRedirects(),
        limits.maxFeedItems(),
        limits.maxInputFiles(),
        limits.maxAnalyzedChars(),
        started.toEpochMilli());
  }

  Limits limits() {
    return new Limits(
        maxArticleBytes,
        maxDecompressedBytes,
        Duration.ofMillis(connectTimeoutMillis),
        Duration.ofMillis(fetchTimeoutMillis),
        maxRedirects,
        maxFeedItems,
        maxInputFiles,
        maxAnalyzedChars);
  }

  Clock clock() {
    return Clock.fixed(Instant.ofEpochMilli(startedMillis), ZoneOffset.UTC);
  }
}
