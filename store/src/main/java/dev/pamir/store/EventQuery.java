package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * An EventQuery selects stored events. Every present filter must hold; an empty one does not
 * filter.
 *
 * @param country an ISO 3166-1 alpha-3 code the event happened in: one of its {@code countries} or
 *     its place's country (any case)
 * @param actor a state code or an actor's name (case folded), on either side
 * @param from events that end on or after this day; undated events are left out
 * @param to events that start on or before this day; undated events are left out
 * @param text words that must all occur in the event's evidence
 */
public record EventQuery(
    Optional<EventType> type,
    Optional<String> country,
    Optional<String> actor,
    Optional<EventStatus> status,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text,
    Paging paging) {

  /** Every event, first page. */
  public static final EventQuery ALL =
      new EventQuery(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Paging.FIRST);

  public EventQuery {
    requireNonNull(type, "type is null");
    requireNonNull(country, "country is null");
    requireNonNull(actor, "actor is null");
    requireNonNull(status, "status is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    requireNonNull(text, "text is null");
    requireNonNull(paging, "paging is null");
    country = country.map(c -> c.strip().toUpperCase(Locale.ROOT)).filter(c -> !c.isEmpty());
    actor = actor.map(String::strip).filter(a -> !a.isEmpty());
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  public EventQuery withType(EventType value) {
    return new EventQuery(Optional.of(value), country, actor, status, from, to, text, paging);
  }

  public EventQuery withCountry(String value) {
    return new EventQuery(type, Optional.of(value), actor, status, from, to, text, paging);
  }

  public EventQuery withActor(String value) {
    return new EventQuery(type, country, Optional.of(value), status, from, to, text, paging);
  }

  public EventQuery withStatus(EventStatus value) {
    return new EventQuery(type, country, actor, Optional.of(value), from, to, text, paging);
  }

  public EventQuery withFrom(LocalDate value) {
    return new EventQuery(type, country, actor, status, Optional.of(value), to, text, paging);
  }

  public EventQuery withTo(LocalDate value) {
    return new EventQuery(type, country, actor, status, from, Optional.of(value), text, paging);
  }

  public EventQuery withText(String value) {
    return new EventQuery(type, country, actor, status, from, to, Optional.of(value), paging);
  }

  public EventQuery withPaging(Paging value) {
    return new EventQuery(type, country, actor, status, from, to, text, value);
  }
}
