package dev.pamir.events.story;

import dev.pamir.events.story.Report.ReportDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A StoryIndex files stories under what a newcomer must share with them to join — an actor (or, for
 * reports without actors, a country) and a week — so finding the candidates for a report looks at
 * the stories of its actors in its weeks, not at every story.
 *
 * <p>A story is filed under each alias of each member's actors ({@code a:}) and each member's
 * country ({@code c:}; members without actors also {@code n:}), crossed with the weeks its dated
 * members cover or its undated members' publication windows cover. Undated members without a
 * publication date go under {@link #UNDATED}; undated members with one also under {@link
 * #PUBLISHED_UNDATED}, where only reports from unpublished articles look.
 *
 * <p>Not thread-safe.
 */
final class StoryIndex {

  /** A name (namespace and alias or country) and a week, or one of the undated buckets. */
  record Key(String name, long bucket) {}

  static final long UNDATED = Long.MIN_VALUE;
  static final long PUBLISHED_UNDATED = Long.MIN_VALUE + 1;

  private final Map<Key, List<StoryState>> postings = new HashMap<>();
  private final int toleranceDays;
  private int searches;

  StoryIndex(int toleranceDays) {
    this.toleranceDays = toleranceDays;
  }

  /** Files {@code story} under the keys its new member {@code report} brings. */
  void file(StoryState story, Report report) {
    List<String> names = new ArrayList<>();
    for (String alias : report.aliases()) {
      names.add("a:" + alias);
    }
    for (String country : report.countries()) {
      names.add("c:" + country);
      if (!report.hasActors()) {
        names.add("n:" + country);
      }
    }
    ReportDate date = report.date();
    List<Long> buckets = new ArrayList<>();
    switch (date.kind()) {
      case PRECISE, COARSE -> weeks(date.first(), date.last(), buckets);
      case HINT -> {
        weeks(date.first(), date.last(), buckets);
        buckets.add(PUBLISHED_UNDATED);
      }
      case NONE -> buckets.add(UNDATED);
    }
    for (String name : names) {
      for (long bucket : buckets) {
        Key key = new Key(name, bucket);
        if (story.keys.add(key)) {
          postings.computeIfAbsent(key, k -> new ArrayList<>()).add(story);
        }
      }
    }
  }

  /**
   * The stories {@code report} could join, each once, in no particular order; a story merged into
   * another is found as the one it was merged into.
   *
   * @param published whether the report's article has a publication date
   */
  List<StoryState> candidates(Report report, boolean published) {
    int search = ++searches;
    List<String> names = new ArrayList<>();
    if (report.hasActors()) {
      for (String alias : report.aliases()) {
        names.add("a:" + alias);
      }
      for (String country : report.countries()) {
        names.add("n:" + country);
      }
    } else {
      for (String country : report.countries()) {
        names.add("c:" + country);
      }
    }
    ReportDate date = report.date();
    List<Long> buckets = new ArrayList<>();
    switch (date.kind()) {
      case PRECISE, COARSE ->
          weeks(date.first() - toleranceDays, date.last() + toleranceDays, buckets);
      case HINT -> {
        weeks(date.first() - toleranceDays, date.last() + toleranceDays, buckets);
        buckets.add(UNDATED);
      }
      case NONE -> {
        buckets.add(UNDATED);
        if (!published) {
          buckets.add(PUBLISHED_UNDATED);
        }
      }
    }
    List<StoryState> found = new ArrayList<>();
    for (String name : names) {
      for (long bucket : buckets) {
        List<StoryState> posting = postings.get(new Key(name, bucket));
        if (posting == null) {
          continue;
        }
        for (StoryState filed : posting) {
          StoryState story = filed.root();
          if (story.seenBy != search) {
            story.seenBy = search;
            found.add(story);
          }
        }
      }
    }
    return found;
  }

  private static void weeks(long firstDay, long lastDay, List<Long> buckets) {
    for (long week = Math.floorDiv(firstDay, 7); week <= Math.floorDiv(lastDay, 7); week++) {
      buckets.add(week);
    }
  }
}
