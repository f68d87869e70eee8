package dev.pamir.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

/**
 * What a stage may know of the world: the clock and the limits. Stages never read the system clock
 * or global settings directly.
 */
public record StageContext(Clock clock, Limits limits) {

  public StageContext {
    requireNonNull(clock, "clock is null");
    requireNonNull(limits, "limits is null");
  }
}
