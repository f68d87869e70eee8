package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An Event is one political happening an article reports: who did what to whom, where and when, how
 * the article presents it, and the words that say so.
 *
 * @param id unique within the article, e.g. {@code V1}
 * @param mode a finer kind within the type ("visit", "military exercise"), when known
 * @param cameo the closest CAMEO code, e.g. {@code 057}
 * @param date when it happened, from the time expression governing its clause; empty when the
 *     article does not date it
 * @param countries ISO 3166-1 alpha-3 codes of the countries it happened in
 * @param reportedBy the outlet or the source the article attributes it to, when not the article
 *     itself
 * @param evidence the sentence or clause that states it
 * @param confidence how sure the coder is, from 0 to 1
 */
public record Event(
    String id,
    EventType type,
    Optional<String> mode,
    String cameo,
    List<Actor> source,
    List<Actor> target,
    Optional<TimeValue> date,
    Optional<EventPlace> place,
    List<String> countries,
    EventStatus status,
    EventAttributes attributes,
    Optional<String> reportedBy,
    Span evidence,
    double confidence) {
  public Event {
    requireNonNull(id, "id is null");
    requireNonNull(type, "type is null");
    requireNonNull(mode, "mode is null");
    requireNonNull(cameo, "cameo is null");
    source = List.copyOf(source);
    target = List.copyOf(target);
    requireNonNull(date, "date is null");
    requireNonNull(place, "place is null");
    countries = List.copyOf(countries);
    requireNonNull(status, "status is null");
    requireNonNull(attributes, "attributes is null");
    requireNonNull(reportedBy, "reportedBy is null");
    requireNonNull(evidence, "evidence is null");
    if (!cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO code: " + cameo);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
    if (evidence.length() == 0) {
      throw new IllegalArgumentException("an event has evidence");
    }
  }

  /** Every actor on either side, sources first. */
  public List<Actor> actors() {
    return java.util.stream.Stream.concat(source.stream(), target.stream()).toList();
  }
}
