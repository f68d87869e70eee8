package dev.pamir.events.code;

import dev.pamir.model.Actor;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Span;
import dev.pamir.model.TimeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The EventMerger makes one event of each happening an article tells more than once ("a visit
 * mentioned three times is one event"): same type, shared actors, dates and places that agree. The
 * merged event keeps the best evidence and the union of what each mention says.
 */
final class EventMerger {

  /** Types whose sides act together, so who is named first says nothing: talks, deals. */
  private static final Set<EventType> MUTUAL =
      Set.of(EventType.CONSULT, EventType.AGREE, EventType.COOPERATE);

  /** Entity ids of the article's persons: two of them are two sides, whatever country they have. */
  private final Set<String> people;

  EventMerger() {
    this(Set.of());
  }

  EventMerger(Set<String> people) {
    this.people = Set.copyOf(people);
  }

  List<Event> merge(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (sameHappening(out.get(i), e)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(e);
      } else {
        out.set(same, combine(out.get(same), e));
      }
    }
    return out;
  }

  boolean sameHappening(Event a, Event b) {
    if (a.type() != b.type()) {
      return false;
    }
    if (oneClauseTwoParts(a, b)) {
      return true;
    }
    boolean bothDated = a.date().isPresent() && b.date().isPresent();
    if (a.mode().isPresent() && b.mode().isPresent() && !a.mode().equals(b.mode())) {
      // Talks and meetings held during a visit are the visit.
      if (!(a.type() == EventType.CONSULT && bothDated && agree(a.source(), b.source()))) {
        return false;
      }
    }
    if (!agree(a.actors(), b.actors())) {
      return false;
    }
    // Who did it must agree: Russia raising readiness against Tajikistan is not the Taliban
    // moving to its border.
    if (!a.source().isEmpty() && !b.source().isEmpty() && !agree(a.source(), b.source())) {
      return false;
    }
    if (!MUTUAL.contains(a.type()) && (swapped(a, b) || swapped(b, a))) {
      return false;
    }
    if (a.date().isPresent() && b.date().isPresent() && !overlap(a.date().get(), b.date().get())) {
      return false;
    }
    if (a.date().isPresent() != b.date().isPresent()) {
      // An undated mention joins a dated one only when the dated one has everyone it names.
      Event undated = a.date().isPresent() ? b : a;
      Event dated = a.date().isPresent() ? a : b;
      if (!covers(dated.actors(), undated.actors())) {
        return false;
      }
    }
    Set<String> countriesA = new LinkedHashSet<>(a.countries());
    Set<String> countriesB = new LinkedHashSet<>(b.countries());
    if (!countriesA.isEmpty() && !countriesB.isEmpty() && !intersects(countriesA, countriesB)) {
      return false;
    }
    return a.status() == b.status()
        || hedgedOnly(a.status(), b.status())
        || a.date().isPresent() && b.date().isPresent()
        || covers(a.actors(), b.actors()) && covers(b.actors(), a.actors());
  }

  /**
   * Whether two mentions are parts of one clause that tell one happening, each naming some of its
   * sides: "Orcutt opened fire in the hall, killing Vance" is one assault, by Orcutt, on Vance. One
   * mention's evidence lies within the other's, the doers agree (or one names none), nobody is a
   * doer in one and a target in the other, and dates, modes and statuses agree.
   */
  private boolean oneClauseTwoParts(Event a, Event b) {
    Span ea = a.evidence();
    Span eb = b.evidence();
    boolean nested =
        ea.start() <= eb.start() && eb.end() <= ea.end()
            || eb.start() <= ea.start() && ea.end() <= eb.end();
    if (!nested) {
      return false;
    }
    if (!a.source().isEmpty() && !b.source().isEmpty() && !agree(a.source(), b.source())) {
      return false;
    }
    if (agree(a.source(), b.target()) || agree(b.source(), a.target())) {
      return false;
    }
    // The inner part of "opened fire, killing Vance" names no doer of its own; one that does is
    // another act the clause mentions: "faulted the mayor for ignoring the governor's attacks".
    Event inner = ea.start() <= eb.start() && eb.end() <= ea.end() ? b : a;
    Event outer = inner == b ? a : b;
    if (outer.source().isEmpty() && !inner.source().isEmpty()) {
      return false;
    }
    if (a.date().isPresent() && b.date().isPresent() && !overlap(a.date().get(), b.date().get())) {
      return false;
    }
    if (a.mode().isPresent() && b.mode().isPresent() && !a.mode().equals(b.mode())) {
      return false;
    }
    return a.status() == b.status() || hedgedOnly(a.status(), b.status());
  }

  /**
   * Whether {@code a}'s doer is one {@code b} is done to, while {@code b} is not done to those
   * {@code a} is: "Russia accused Turkey", then "Russia was accused". A mention that lists both of
   * {@code a}'s sides as done to ("helicopters supplied to Tashkent" with Russia beside it) names
   * the parties, not a second act.
   */
  private boolean swapped(Event a, Event b) {
    return agree(a.source(), b.target()) && !agree(a.target(), b.target());
  }

  /** One report states it, another attributes it: the same happening told with more caution. */
  private static boolean hedgedOnly(EventStatus a, EventStatus b) {
    Set<EventStatus> pair = Set.of(a, b);
    return pair.equals(Set.of(EventStatus.REPORTED, EventStatus.CLAIMED));
  }

  private Event combine(Event a, Event b) {
    Event best = score(b) > score(a) ? b : a;
    Event other = best == a ? b : a;
    List<Actor> source = new ArrayList<>();
    best.source().forEach(x -> addSide(source, x));
    other.source().forEach(x -> addSide(source, x));
    List<Actor> target = new ArrayList<>();
    best.target().forEach(x -> addSide(target, x));
    other.target().forEach(x -> addSide(target, x));
    target.removeIf(x -> hasSide(source, x));
    Set<String> countries = new LinkedHashSet<>(best.countries());
    countries.addAll(other.countries());
    // A day of talks inside a two-day visit does not shorten the visit.
    Optional<TimeValue> date =
        best.mode().equals(other.mode())
            ? narrowest(best.date(), other.date())
            : best.date().or(other::date);
    Optional<EventPlace> place = best.place().isPresent() ? best.place() : other.place();
    return new Event(
        a.id(),
        best.type(),
        best.mode().or(other::mode),
        best.cameo(),
        List.copyOf(source),
        List.copyOf(target),
        date,
        place,
        List.copyOf(countries),
        best.status(),
        attributes(best.attributes(), other.attributes()),
        best.reportedBy().or(other::reportedBy),
        best.evidence(),
        Math.max(a.confidence(), b.confidence()));
  }

  /** Of two dates for one happening, the one that says the most: a day before a year. */
  private static Optional<TimeValue> narrowest(Optional<TimeValue> a, Optional<TimeValue> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isPresent() ? a : b;
    }
    long daysA = a.get().last().toEpochDay() - a.get().first().toEpochDay();
    long daysB = b.get().last().toEpochDay() - b.get().first().toEpochDay();
    return daysB < daysA ? b : a;
  }

  private static EventAttributes attributes(EventAttributes a, EventAttributes b) {
    List<String> equipment = new ArrayList<>(a.equipment());
    b.equipment().stream().filter(x -> !equipment.contains(x)).forEach(equipment::add);
    return new EventAttributes(
        a.killed().isPresent() ? a.killed() : b.killed(),
        a.injured().isPresent() ? a.injured() : b.injured(),
        a.troops().isPresent() ? a.troops() : b.troops(),
        equipment,
        a.contracts().isPresent() ? a.contracts() : b.contracts(),
        a.subject().or(b::subject));
  }

  /** How much an event's own mention says: a date, a place, both sides. */
  private static int score(Event e) {
    return (e.date().isPresent() ? 4 : 0)
        + (e.place().isPresent() ? 2 : 0)
        + (!e.source().isEmpty() && !e.target().isEmpty() ? 1 : 0);
  }

  /** Adds an actor unless one of its side is there: "Modi" beside "India", not beside "Shah". */
  private void addSide(List<Actor> actors, Actor actor) {
    if (!hasSide(actors, actor)) {
      actors.add(actor);
    }
  }

  /** Whether every actor of {@code y} is one side with some actor of {@code x}. */
  private boolean covers(List<Actor> x, List<Actor> y) {
    for (Actor b : y) {
      if (!hasSide(x, b)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some actor of one list is one side with some actor of the other. */
  private boolean agree(List<Actor> x, List<Actor> y) {
    for (Actor b : y) {
      if (hasSide(x, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some actor of {@code actors} is one side with {@code actor}. */
  private boolean hasSide(List<Actor> actors, Actor actor) {
    for (Actor a : actors) {
      if (sameSide(a, actor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two actors are one side: one state however named, and a person the state they act for
   * ("Modi's visit" is India's), but two persons are two sides though they share a country ("Biden"
   * and "Trump" both carry USA).
   */
  private boolean sameSide(Actor a, Actor b) {
    boolean persons =
        a.entity().filter(people::contains).isPresent()
            && b.entity().filter(people::contains).isPresent();
    return persons ? a.entity().equals(b.entity()) : a.key().equals(b.key());
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlap(TimeValue a, TimeValue b) {
    return !a.first().isAfter(b.last()) && !b.first().isAfter(a.last());
  }

  static Event withId(Event e, String id) {
    return new Event(
        id,
        e.type(),
        e.mode(),
        e.cameo(),
        e.source(),
        e.target(),
        e.date(),
        e.place(),
        e.countries(),
        e.status(),
        e.attributes(),
        e.reportedBy(),
        e.evidence(),
        e.confidence());
  }
}
