package dev.pamir.events.story;

import dev.pamir.events.story.Report.ReportDate;
import dev.pamir.model.EventType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A StoryIndex files stories under what a newcomer must share with them to join — an actor (or, for
 * reports without actors, a country), a compatible type and a week — so finding the candidates for
 * a report looks at the stories of its actors, types and weeks, not at every story.
 *
 * <p>A story is filed under each alias of each member's actors ({@code a:}), each pair of a
 * member's state codes ({@code p:}), the code of a member with one state and the country code of an
 * actor that is not a state ({@code s:}), and each member's country ({@code c:}; members without
 * actors also {@code n:}) and each topic of a member's article ({@code t:}), crossed with each
 * member's type and with the weeks its dated members cover or its undated members' publication
 * windows cover; a report looks under its own type and the types compatible with it.
 *
 * <p>A report naming two or more states looks only under its pairs of codes, its single codes
 * ({@code s:}) and its other names: a story it may join names no state outside the report's unless
 * it names all of the report's, so it either holds one of the report's pairs or only ever one of
 * its states at a time (see {@code StoryBuilder}'s actor rule). That keeps a busy state's stories
 * out of the way of reports about that state and another. Undated members without a publication
 * date go under {@link #UNDATED}; undated members with one also under {@link #PUBLISHED_UNDATED},
 * where only reports from unpublished articles look.
 *
 * <p>Not thread-safe.
 */
final class StoryIndex {

  /**
   * A name (namespace and alias or country), an event type, and a week or one of the undated
   * buckets.
   */
  record Key(String name, EventType type, long bucket) {}

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
    for (Key key : filedKeys(report)) {
      if (story.keys.add(key)) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(story);
      }
    }
  }

  /** The keys a story is filed under when {@code report} joins it. */
  static List<Key> filedKeys(Report report) {
    List<String> names = new ArrayList<>();
    for (String alias : report.aliases()) {
      names.add("a:" + alias);
      if (ActorNames.isCode(alias) && !report.codes().contains(alias)) {
        names.add("s:" + alias);
      }
    }
    List<String> codes = sortedCodes(report);
    if (codes.size() == 1) {
      names.add("s:" + codes.get(0));
    }
    for (int i = 0; i < codes.size(); i++) {
      for (int j = i + 1; j < codes.size(); j++) {
        names.add("p:" + codes.get(i) + "|" + codes.get(j));
      }
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
    EventType type = report.event().type();
    List<Key> keys = new ArrayList<>(names.size() * buckets.size());
    for (String name : names) {
      for (long bucket : buckets) {
        keys.add(new Key(name, type, bucket));
      }
    }
    for (String topic : report.topics()) {
      for (long bucket : topicBuckets(report, buckets)) {
        keys.add(new Key("t:" + topic, type, bucket));
      }
    }
    return keys;
  }

  /**
   * The stories {@code report} could join, each once, in no particular order; a story merged into
   * another is found as the one it was merged into.
   */
  List<StoryState> candidates(Report report) {
    int search = ++searches;
    List<StoryState> found = new ArrayList<>();
    for (Key key : soughtKeys(report)) {
      List<StoryState> posting = postings.get(key);
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
    return found;
  }

  /**
   * The keys under which {@code report} looks for stories to join: a story it can join is filed
   * under at least one of them.
   */
  List<Key> soughtKeys(Report report) {
    List<String> names = new ArrayList<>();
    if (report.hasActors()) {
      List<String> codes = sortedCodes(report);
      for (String alias : report.aliases()) {
        if (codes.size() < 2 || !report.codes().contains(alias)) {
          names.add("a:" + alias);
        }
      }
      if (codes.size() >= 2) {
        for (int i = 0; i < codes.size(); i++) {
          names.add("s:" + codes.get(i));
          for (int j = i + 1; j < codes.size(); j++) {
            names.add("p:" + codes.get(i) + "|" + codes.get(j));
          }
        }
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
        if (!report.published()) {
          buckets.add(PUBLISHED_UNDATED);
        }
      }
    }
    List<Long> topicBuckets = topicBuckets(report, buckets);
    List<Key> keys = new ArrayList<>();
    for (EventType type : CompatibleTypes.of(report.event().type())) {
      for (String name : names) {
        for (long bucket : buckets) {
          keys.add(new Key(name, type, bucket));
        }
      }
      for (String topic : report.topics()) {
        for (long bucket : topicBuckets) {
          keys.add(new Key("t:" + topic, type, bucket));
        }
      }
    }
    return keys;
  }

  /**
   * The buckets of a report's topic keys: its own, and for a dated report of an article without a
   * publication date also {@link #UNDATED}, where reports nothing dates meet it. Such an article is
   * anchored in time only by what its text says, so a report of it the text leaves undated may be
   * the same happening as a dated one of an alike article (see {@code StoryBuilder}).
   */
  private static List<Long> topicBuckets(Report report, List<Long> buckets) {
    if (report.published() || !report.date().dated() || buckets.contains(UNDATED)) {
      return buckets;
    }
    List<Long> withUndated = new ArrayList<>(buckets);
    withUndated.add(UNDATED);
    return withUndated;
  }

  private static List<String> sortedCodes(Report report) {
    List<String> codes = new ArrayList<>(report.codes());
    codes.sort(null);
    return codes;
  }

  private static void weeks(long firstDay, long lastDay, List<Long> buckets) {
    for (long week = Math.floorDiv(firstDay, 7); week <= Math.floorDiv(lastDay, 7); week++) {
      buckets.add(week);
    }
  }
}
