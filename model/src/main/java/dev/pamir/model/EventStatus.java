package dev.pamir.model;

import java.util.Locale;

/** An EventStatus says how an article presents an event. */
public enum EventStatus {
  /** Stated as fact. */
  REPORTED,
  /** Attributed to a source and not confirmed by the article. */
  CLAIMED,
  /** Announced or expected for the future. */
  PLANNED,
  /** Background, long before the article. */
  HISTORICAL,
  /** Happening again and again. */
  RECURRING,
  /** Said not to have happened. */
  DENIED;

  /** The lower-case name the output uses. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
