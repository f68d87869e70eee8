package dev.pamir.events.story;

import dev.pamir.events.story.Report.ReportDate;
import dev.pamir.model.EventType;
import dev.pamir.model.Story;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A StoryState is a story while it grows: its reports, and what the builder checks a newcomer
 * against kept up to date as each report joins, so that a check costs the same however large the
 * story is.
 *
 * <p>Dates are checked against every member (complete link): a newcomer must overlap each dated
 * member and fall within each undated member's publication window, so a story cannot creep along
 * the calendar one overlapping report at a time.
 */
final class StoryState {

  final int number;
  final List<Report> members = new ArrayList<>();
  private final List<Long> sequences = new ArrayList<>();
  final Set<String> articles = new LinkedHashSet<>();
  final EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
  final Map<String, Integer> aliases = new HashMap<>();
  final List<Set<String>> codeSets = new ArrayList<>();
  final List<Set<String>> countrySets = new ArrayList<>();
  final Set<String> countries = new HashSet<>();
  final Set<String> topics = new HashSet<>();

  /** Index keys this story is already filed under. */
  final Set<StoryIndex.Key> keys = new HashSet<>();

  int withActors;
  boolean hasPrecise;
  boolean hasDated;
  boolean hasHint;
  boolean hasNone;
  long datedMaxFirst = Long.MIN_VALUE;
  long datedMinLast = Long.MAX_VALUE;
  long hintMaxFirst = Long.MIN_VALUE;
  long hintMinLast = Long.MAX_VALUE;

  /** The candidate search that last saw this story, so each search sees it once. */
  int seenBy;

  /** The add call that last changed this story. */
  int changedBy;

  /** The story this one was merged into, if it was. */
  @Nullable StoryState mergedInto;

  private @Nullable Story rendered;

  StoryState(int number) {
    this.number = number;
  }

  /** The story that holds this one's reports now: itself unless it was merged into another. */
  StoryState root() {
    StoryState story = this;
    while (story.mergedInto != null) {
      story = story.mergedInto;
    }
    return story;
  }

  /**
   * Adds a report.
   *
   * @param sequence when the report was added to the builder: reports are kept in this order
   */
  void add(Report report, long sequence) {
    members.add(report);
    sequences.add(sequence);
    articles.add(report.article());
    types.add(report.event().type());
    for (String alias : report.aliases()) {
      aliases.merge(alias, 1, Integer::sum);
    }
    if (report.hasActors()) {
      withActors++;
    }
    if (!report.codes().isEmpty() && !codeSets.contains(report.codes())) {
      codeSets.add(report.codes());
    }
    if (!report.countries().isEmpty() && !countrySets.contains(report.countries())) {
      countrySets.add(report.countries());
    }
    countries.addAll(report.countries());
    topics.addAll(report.topics());
    ReportDate date = report.date();
    switch (date.kind()) {
      case PRECISE, COARSE -> {
        hasDated = true;
        hasPrecise |= date.kind() == ReportDate.Kind.PRECISE;
        datedMaxFirst = Math.max(datedMaxFirst, date.first());
        datedMinLast = Math.min(datedMinLast, date.last());
      }
      case HINT -> {
        hasHint = true;
        hintMaxFirst = Math.max(hintMaxFirst, date.first());
        hintMinLast = Math.min(hintMinLast, date.last());
      }
      case NONE -> hasNone = true;
    }
    rendered = null;
  }

  /** Takes every report of {@code other}, keeping all reports in the order they were added. */
  void absorb(StoryState other) {
    for (int i = 0; i < other.members.size(); i++) {
      add(other.members.get(i), other.sequences.get(i));
    }
    Integer[] order = new Integer[members.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingLong(sequences::get));
    List<Report> sortedMembers = new ArrayList<>(order.length);
    List<Long> sortedSequences = new ArrayList<>(order.length);
    for (int i : order) {
      sortedMembers.add(members.get(i));
      sortedSequences.add(sequences.get(i));
    }
    members.clear();
    members.addAll(sortedMembers);
    sequences.clear();
    sequences.addAll(sortedSequences);
    articles.clear();
    members.forEach(m -> articles.add(m.article()));
  }

  /** The story as last rendered, or null when a report joined since. */
  @Nullable Story rendered() {
    return rendered;
  }

  void rendered(Story story) {
    rendered = story;
  }
}
