package dev.pamir.bench;

import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * SyntheticNews makes articles with coded events, as the event coder would give them, for timing
 * the story builder before there is a coder: happenings between about 200 states and a few dozen
 * groups over a span of days, each reported by a few articles published in the days after, in the
 * ways reports differ (a neighbouring type, actors swapped or missing, the date exact, a day off, a
 * month or absent, different words around the happening's own).
 *
 * <p>Which states and happenings are frequent follows a Zipf law, as in news. The same seed gives
 * the same articles. Not thread-safe.
 */
final class SyntheticNews {

  private static final LocalDate START = LocalDate.of(2023, 1, 1);
  private static final EventType[] TYPES = EventType.values();
  private static final double[] TYPE_WEIGHTS = {
    // AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST
    8,
    25,
    4,
    1,
    8,
    4,
    1,
    6,
    12,
    4,
    3,
    5,
    // SANCTION MOBILIZE COERCE ASSAULT
    2,
    3,
    4,
    10
  };

  private final Random random;
  private final int days;
  private final String[] states;
  private final double[] stateWeights;
  private final String[] groups;
  private final String[] vocabulary;
  private final String[] common;

  private record Happening(
      EventType type,
      String source,
      Optional<String> target,
      boolean targetIsGroup,
      int day,
      int length,
      String placeCountry,
      double latitude,
      double longitude,
      String[] words,
      double popularity,
      int killed) {}

  SyntheticNews(long seed, int days) {
    this.random = new Random(seed);
    this.days = days;
    String[] codes =
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new);
    Arrays.sort(codes);
    List<String> shuffled = new ArrayList<>(Arrays.asList(codes));
    Collections.shuffle(shuffled, random);
    this.states = shuffled.subList(0, Math.min(200, shuffled.size())).toArray(String[]::new);
    this.stateWeights = zipf(states.length, 1.0);
    this.groups = new String[40];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = word(6) + " " + word(7) + " Front";
    }
    this.vocabulary = new String[3000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = word(5 + random.nextInt(5));
    }
    this.common = new String[300];
    for (int i = 0; i < common.length; i++) {
      common[i] = word(4 + random.nextInt(4));
    }
  }

  /** {@code count} articles published over the span, each reporting one to six happenings. */
  List<Article> articles(int count) {
    int perDay = Math.max(1, (int) Math.ceil(count * 1.1 / days));
    List<List<Happening>> byDay = new ArrayList<>();
    for (int day = 0; day < days; day++) {
      List<Happening> today = new ArrayList<>(perDay);
      for (int i = 0; i < perDay; i++) {
        today.add(happening(day));
      }
      byDay.add(today);
    }
    List<Article> articles = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      int published = random.nextInt(days);
      int reports = 1 + (int) Math.min(5, -Math.log(1 - random.nextDouble()) * 1.8);
      StringBuilder text = new StringBuilder();
      List<Event> events = new ArrayList<>(reports);
      for (int e = 0; e < reports; e++) {
        int back = Math.min(published, (int) (-Math.log(1 - random.nextDouble()) * 1.5));
        List<Happening> that = byDay.get(published - back);
        Happening happening = pick(that);
        events.add(report(happening, "V" + (e + 1), text));
      }
      ArticleMetadata metadata =
          new ArticleMetadata(
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.of(new PublicationDate.Day(START.plusDays(published))));
      String id = "syn" + a;
      articles.add(
          Article.cleaned(id, SourceRef.ofFile(id + ".txt"), metadata, text.toString(), List.of())
              .withEvents(events));
    }
    return articles;
  }

  private Happening happening(int day) {
    EventType type = TYPES[weighted(TYPE_WEIGHTS)];
    String source = states[weighted(stateWeights)];
    Optional<String> target;
    boolean group = false;
    double roll = random.nextDouble();
    if (roll < 0.1) {
      target = Optional.empty();
    } else if (roll < 0.2) {
      target = Optional.of(groups[random.nextInt(groups.length)]);
      group = true;
    } else {
      String other = states[weighted(stateWeights)];
      target = other.equals(source) ? Optional.empty() : Optional.of(other);
    }
    String[] words = new String[8];
    for (int i = 0; i < words.length; i++) {
      words[i] = vocabulary[random.nextInt(vocabulary.length)];
    }
    String placeCountry = target.filter(t -> t.length() == 3).orElse(source);
    return new Happening(
        type,
        source,
        target,
        group,
        day,
        random.nextDouble() < 0.8 ? 1 : 2 + random.nextInt(4),
        placeCountry,
        -60 + random.nextDouble() * 120,
        -180 + random.nextDouble() * 360,
        words,
        1 / Math.pow(1 + random.nextInt(50), 1.2),
        type == EventType.ASSAULT ? random.nextInt(30) : -1);
  }

  private Happening pick(List<Happening> candidates) {
    double total = 0;
    for (Happening h : candidates) {
      total += h.popularity();
    }
    double x = random.nextDouble() * total;
    for (Happening h : candidates) {
      x -= h.popularity();
      if (x <= 0) {
        return h;
      }
    }
    return candidates.get(candidates.size() - 1);
  }

  private Event report(Happening happening, String id, StringBuilder text) {
    EventType type = happening.type();
    if (random.nextDouble() < 0.1) {
      type = TYPES[weighted(TYPE_WEIGHTS)];
    }
    List<Actor> source = new ArrayList<>();
    List<Actor> target = new ArrayList<>();
    source.add(new Actor(happening.source(), Optional.of(happening.source()), Optional.empty()));
    if (happening.target().isPresent() && random.nextDouble() > 0.15) {
      String name = happening.target().get();
      target.add(
          new Actor(
              name,
              happening.targetIsGroup() ? Optional.empty() : Optional.of(name),
              Optional.empty()));
    }
    if (random.nextDouble() < 0.3) {
      List<Actor> swap = new ArrayList<>(source);
      source.clear();
      source.addAll(target);
      target.clear();
      target.addAll(swap);
    }
    Optional<TimeValue> date;
    LocalDate first = START.plusDays(happening.day());
    double roll = random.nextDouble();
    if (roll < 0.55) {
      LocalDate day = random.nextDouble() < 0.1 ? first.plusDays(1) : first;
      date =
          Optional.of(
              happening.length() == 1
                  ? new TimeValue.Day(day)
                  : new TimeValue.Interval(
                      new TimeValue.Day(day),
                      new TimeValue.Day(day.plusDays(happening.length() - 1))));
    } else if (roll < 0.65) {
      date = Optional.of(new TimeValue.Month(YearMonth.from(first)));
    } else {
      date = Optional.empty();
    }
    Optional<EventPlace> place =
        random.nextDouble() < 0.4
            ? Optional.of(
                new EventPlace(
                    "Place " + happening.placeCountry(),
                    happening.latitude(),
                    happening.longitude(),
                    Optional.of(happening.placeCountry())))
            : Optional.empty();
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      String word =
          i % 2 == 0
              ? happening.words()[random.nextInt(happening.words().length)]
              : common[random.nextInt(common.length)];
      sentence.append(i == 0 ? capitalised(word) : word).append(i == 11 ? "." : " ");
    }
    if (!text.isEmpty()) {
      text.append(' ');
    }
    int start = text.length();
    text.append(sentence);
    OptionalInt killed =
        happening.killed() >= 0 && random.nextBoolean()
            ? OptionalInt.of(happening.killed() + (random.nextDouble() < 0.2 ? 1 : 0))
            : OptionalInt.empty();
    EventAttributes attributes =
        new EventAttributes(
            killed,
            OptionalInt.empty(),
            OptionalInt.empty(),
            List.of(),
            OptionalInt.empty(),
            Optional.empty());
    return new Event(
        id,
        type,
        Optional.empty(),
        type.cameo(),
        source,
        target,
        date,
        place,
        List.of(happening.placeCountry()),
        EventStatus.REPORTED,
        attributes,
        Optional.empty(),
        new Span(start, text.length()),
        0.5 + random.nextDouble() / 2);
  }

  private int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double[] zipf(int n, double exponent) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = 1 / Math.pow(i + 1, exponent);
    }
    return weights;
  }

  private String word(int length) {
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      String from = i % 2 == 0 ? consonants : vowels;
      word.append(from.charAt(random.nextInt(from.length())));
    }
    return word.toString();
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
