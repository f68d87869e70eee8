package dev.pamir.events.story;

import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
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
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Articles with hand-made events for story tests: each event's evidence is a sentence of text. */
final class Articles {

  private final String id;
  private Optional<PublicationDate> published = Optional.empty();
  private final List<EventSpec> events = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<String> background = new ArrayList<>();
  private final List<Entity> named = new ArrayList<>();

  private Articles(String id) {
    this.id = id;
  }

  static Articles article(String id) {
    return new Articles(id);
  }

  Articles published(String day) {
    published = Optional.of(new PublicationDate.Day(LocalDate.parse(day)));
    return this;
  }

  /** An entity of the article, mentioned nowhere in particular. */
  Articles entity(String id, String name, EntityType type, String country, String... aliases) {
    entities.add(
        new Entity(id, name, type, Optional.of(country), List.of(), List.of(aliases), List.of()));
    return this;
  }

  /** Sentences after the events' evidence, telling what else the article says. */
  Articles background(String sentences) {
    background.add(sentences);
    return this;
  }

  /** An entity of the article mentioned wherever its name occurs in the text. */
  Articles named(String name, EntityType type) {
    named.add(
        new Entity(
            "N" + (named.size() + 1),
            name,
            type,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of()));
    return this;
  }

  Articles event(EventSpec event) {
    events.add(event);
    return this;
  }

  Article build() {
    StringBuilder text = new StringBuilder();
    List<Event> built = new ArrayList<>();
    @Nullable Span previous = null;
    for (EventSpec spec : events) {
      Span span;
      if (spec.evidence == null) {
        span = java.util.Objects.requireNonNull(previous, "no clause before");
      } else {
        if (!text.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(spec.evidence);
        span = new Span(start, text.length());
      }
      built.add(spec.build("V" + (built.size() + 1), span));
      previous = span;
    }
    for (String sentences : background) {
      text.append(text.isEmpty() ? "" : " ").append(sentences);
    }
    List<Entity> all = new ArrayList<>(entities);
    for (Entity entity : named) {
      List<Span> mentions = new ArrayList<>();
      for (int at = text.indexOf(entity.name());
          at >= 0;
          at = text.indexOf(entity.name(), at + 1)) {
        mentions.add(new Span(at, at + entity.name().length()));
      }
      all.add(
          new Entity(
              entity.id(),
              entity.name(),
              entity.type(),
              Optional.empty(),
              List.of(),
              List.of(),
              mentions));
    }
    ArticleMetadata metadata =
        new ArticleMetadata(Optional.empty(), List.of(), Optional.empty(), published);
    return Article.cleaned(id, SourceRef.ofFile(id + ".txt"), metadata, text.toString(), List.of())
        .withEntities(all)
        .withEvents(built);
  }

  static Actor state(String code, String name) {
    return new Actor(name, Optional.of(code), Optional.empty());
  }

  static Actor group(String name) {
    return new Actor(name, Optional.empty(), Optional.empty());
  }

  /** An actor that is not a state, found as the article's entity {@code entity}. */
  static Actor found(String name, String entity) {
    return new Actor(name, Optional.empty(), Optional.of(entity));
  }

  static EventSpec event(EventType type, String evidence) {
    return new EventSpec(type, evidence);
  }

  /** An event stated by the same clause as the event before it. */
  static EventSpec inSameClause(EventType type) {
    return new EventSpec(type, null);
  }

  /** ISO 8601 as the contract writes it: a day, a month, a year or an interval of those. */
  static TimeValue time(String iso) {
    int slash = iso.indexOf('/');
    if (slash > 0) {
      return new TimeValue.Interval(time(iso.substring(0, slash)), time(iso.substring(slash + 1)));
    }
    return switch (iso.length()) {
      case 4 -> new TimeValue.YearValue(Year.parse(iso));
      case 7 -> new TimeValue.Month(YearMonth.parse(iso));
      default -> new TimeValue.Day(LocalDate.parse(iso));
    };
  }

  static final class EventSpec {
    private final EventType type;
    private final @Nullable String evidence;
    private final List<Actor> source = new ArrayList<>();
    private final List<Actor> target = new ArrayList<>();
    private Optional<TimeValue> date = Optional.empty();
    private Optional<EventPlace> place = Optional.empty();
    private final List<String> countries = new ArrayList<>();
    private EventStatus status = EventStatus.REPORTED;
    private OptionalInt killed = OptionalInt.empty();
    private List<String> equipment = List.of();

    private EventSpec(EventType type, @Nullable String evidence) {
      this.type = type;
      this.evidence = evidence;
    }

    EventSpec source(Actor... actors) {
      source.addAll(List.of(actors));
      return this;
    }

    EventSpec target(Actor... actors) {
      target.addAll(List.of(actors));
      return this;
    }

    EventSpec date(String iso) {
      date = Optional.of(time(iso));
      return this;
    }

    EventSpec place(String name, double latitude, double longitude, String country) {
      place = Optional.of(new EventPlace(name, latitude, longitude, Optional.of(country)));
      return this;
    }

    EventSpec countries(String... codes) {
      countries.addAll(List.of(codes));
      return this;
    }

    EventSpec status(EventStatus value) {
      status = value;
      return this;
    }

    EventSpec killed(int value) {
      killed = OptionalInt.of(value);
      return this;
    }

    EventSpec equipment(String... names) {
      equipment = List.of(names);
      return this;
    }

    Event build(String id, Span span) {
      EventAttributes attributes =
          new EventAttributes(
              killed,
              OptionalInt.empty(),
              OptionalInt.empty(),
              equipment,
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
          countries,
          status,
          attributes,
          Optional.empty(),
          span,
          0.8);
    }
  }
}
