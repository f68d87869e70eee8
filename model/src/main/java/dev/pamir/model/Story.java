package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A Story is one real-world happening as every analysed article reports it: the events that stand
 * for it in each article, and the fields on which those reports disagree.
 *
 * @param id unique within one set of results, e.g. {@code S1}
 * @param summary one line saying what happened
 * @param events the events that report it, in the order they were added
 * @param articles the ids of the articles those events are in, without repeats
 * @param conflicts the fields on which its reports disagree
 */
public record Story(
    String id,
    String summary,
    List<EventRef> events,
    List<String> articles,
    List<Conflict> conflicts) {
  public Story {
    requireNonNull(id, "id is null");
    requireNonNull(summary, "summary is null");
    events = List.copyOf(events);
    articles = List.copyOf(articles);
    conflicts = List.copyOf(conflicts);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no events");
    }
  }

  /** An EventRef names one event of one article. */
  public record EventRef(String article, String event) {
    public EventRef {
      requireNonNull(article, "article is null");
      requireNonNull(event, "event is null");
    }
  }

  /**
   * A Conflict is a field on which reports of one story disagree, with what each article says.
   *
   * @param field the event field in dotted form, e.g. {@code attributes.killed} or {@code date}
   */
  public record Conflict(String field, List<Claim> values) {
    public Conflict {
      requireNonNull(field, "field is null");
      values = List.copyOf(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("a conflict needs at least two claims: " + field);
      }
    }
  }

  /**
   * A Claim is what one article says a field is.
   *
   * @param value a {@link String}, an {@link Integer}, or a {@link List} of strings
   */
  public record Claim(String article, Object value) {
    public Claim {
      requireNonNull(article, "article is null");
      requireNonNull(value, "value is null");
      if (!(value instanceof String || value instanceof Integer || value instanceof List<?>)) {
        throw new IllegalArgumentException("not a string, integer or list: " + value);
      }
      if (value instanceof List<?> list) {
        value = List.copyOf(list);
      }
    }
  }
}
