package dev.pamir.events.story;

import dev.pamir.model.Event;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Report is one event of one article as the story builder compares it: its actors by every name
 * they go by, its countries, its date on the calendar, and its evidence as words and as a vector.
 *
 * @param index the event's position among its article's events
 * @param actors the aliases of each distinct actor (see {@link ActorNames})
 * @param aliases every alias of every actor
 * @param codes the state codes among the actors
 * @param countries the event's countries and its place's country
 * @param place the event's place name, folded, when it has a place
 * @param published whether the report's article says when it was published
 * @param topics what the report's article is mostly about: the folded names of the entities it
 *     mentions most, states aside ({@link StoryBuilder})
 * @param words the evidence's content words
 * @param vector the evidence's embedding, when the builder has an encoder
 */
record Report(
    int index,
    String article,
    Event event,
    String evidence,
    List<Set<String>> actors,
    Set<String> aliases,
    Set<String> codes,
    Set<String> countries,
    @Nullable String place,
    ReportDate date,
    boolean published,
    Set<String> topics,
    Set<String> words,
    float @Nullable [] vector) {

  boolean hasActors() {
    return !actors.isEmpty();
  }

  /**
   * A ReportDate places a report on the calendar as an interval of epoch days, ends included.
   *
   * @param first for {@link Kind#HINT} the first day of the window the publication date allows
   */
  record ReportDate(Kind kind, long first, long last) {
    static final ReportDate NONE = new ReportDate(Kind.NONE, 0, 0);

    enum Kind {
      /** Dated to a day or a few: a visit, a strike, an exercise. */
      PRECISE,
      /** Dated to a month, a year or a long interval. */
      COARSE,
      /** Undated; its article's publication date bounds when it happened. */
      HINT,
      /** Nothing says when. */
      NONE
    }

    boolean dated() {
      return kind == Kind.PRECISE || kind == Kind.COARSE;
    }
  }
}
