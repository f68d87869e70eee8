package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.pipeline.Limits;
import java.time.Clock;

/** Settings for a batch analysis, parsed once at the edge. */
public record AnalyzeOptions(Limits limits, int threads, Clock clock, Analysis analysis) {
  public AnalyzeOptions {
    requireNonNull(limits, "limits is null");
    requireNonNull(analysis, "analysis is null");
    requireNonNull(clock, "clock is null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
  }
}
