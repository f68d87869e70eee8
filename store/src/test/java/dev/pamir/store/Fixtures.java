package dev.pamir.store;

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
import dev.pamir.model.NamedMention;
import dev.pamir.model.Place;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Quote;
import dev.pamir.model.Sentence;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import dev.pamir.model.Token;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Articles built by hand with every layer filled, for the store's tests. */
final class Fixtures {

  private Fixtures() {}

  static final String DUSHANBE_TEXT =
      "Russia and Tajikistan signed a defence agreement in Dushanbe on Monday, after talks in"
          + " April 2021. \"We will strengthen our alliance,\" said Sergei Shoigu, the Russian"
          + " Defense Minister. Shoigu said drills would follow in 2022.\n\n"
          + "Two soldiers were killed and six injured in a clash near Khorog from July 30 to"
          + " August 10, Interfax reported. The café owner – Zoë – said it happened soon 😀.";

  /** An article with every layer the contract has, and tokens, which the store drops. */
  static Article dushanbe(String id) {
    String text = DUSHANBE_TEXT;
    Entity shoigu =
        new Entity(
            "E1",
            "Sergei Shoigu",
            EntityType.PERSON,
            Optional.of("RUS"),
            List.of("Defense Minister", "minister"),
            List.of("Shoigu"),
            List.of(span(text, "Sergei Shoigu", 0), span(text, "Shoigu", 1)));
    Entity russia =
        new Entity(
            "E2",
            "Russia",
            EntityType.COUNTRY,
            Optional.of("RUS"),
            List.of(),
            List.of("Russian Federation"),
            List.of(span(text, "Russia", 0)));
    Entity tajikistan =
        new Entity(
            "E3",
            "Tajikistan",
            EntityType.COUNTRY,
            Optional.of("TJK"),
            List.of(),
            List.of(),
            List.of(span(text, "Tajikistan", 0)));
    Entity interfax =
        new Entity(
            "E4",
            "Interfax",
            EntityType.ORGANIZATION,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(span(text, "Interfax", 0)));
    Place dushanbe =
        new Place(
            "Dushanbe",
            38.53575,
            68.77905,
            Optional.of("TJK"),
            Optional.of("geonames:1221874"),
            List.of(span(text, "Dushanbe", 0)));
    Place khorog =
        new Place(
            "Khorog",
            37.48974,
            71.55304,
            Optional.of("TJK"),
            Optional.empty(),
            List.of(span(text, "Khorog", 0)));
    List<TimeExpression> times =
        List.of(
            new TimeExpression(
                span(text, "Monday", 0), Optional.of(new TimeValue.Day(LocalDate.of(2021, 5, 17)))),
            new TimeExpression(
                span(text, "April 2021", 0),
                Optional.of(new TimeValue.Month(YearMonth.of(2021, 4)))),
            new TimeExpression(
                span(text, "2022", 0), Optional.of(new TimeValue.YearValue(Year.of(2022)))),
            new TimeExpression(
                span(text, "from July 30 to August 10", 0),
                Optional.of(
                    new TimeValue.Interval(
                        new TimeValue.Day(LocalDate.of(2021, 7, 30)),
                        new TimeValue.Day(LocalDate.of(2021, 8, 10))))),
            new TimeExpression(span(text, "soon", 0), Optional.empty()));
    List<Quote> quotes =
        List.of(
            new Quote(
                span(text, "We will strengthen our alliance,", 0),
                true,
                Optional.of("E1"),
                Optional.of("Sergei Shoigu"),
                Optional.of(span(text, "Sergei Shoigu", 0))),
            new Quote(
                span(text, "drills would follow in 2022", 0),
                false,
                Optional.empty(),
                Optional.of("Shoigu")),
            new Quote(
                span(text, "it happened soon 😀", 0), false, Optional.empty(), Optional.empty()));
    Event agree =
        new Event(
            "V1",
            EventType.AGREE,
            Optional.of("defence agreement"),
            "057",
            List.of(new Actor("Russia", Optional.of("RUS"), Optional.of("E2"))),
            List.of(new Actor("Tajikistan", Optional.of("TJK"), Optional.of("E3"))),
            Optional.of(new TimeValue.Day(LocalDate.of(2021, 5, 17))),
            Optional.of(EventPlace.of(dushanbe)),
            List.of("TJK"),
            EventStatus.REPORTED,
            new EventAttributes(
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty(),
                List.of(),
                OptionalInt.of(1),
                Optional.of("defence")),
            Optional.empty(),
            span(text, "Russia and Tajikistan signed a defence agreement in Dushanbe on Monday", 0),
            0.87);
    Event clash =
        new Event(
            "V2",
            EventType.ASSAULT,
            Optional.empty(),
            "190",
            List.of(new Actor("Taliban fighters", Optional.empty(), Optional.empty())),
            List.of(new Actor("Tajikistan", Optional.of("TJK"), Optional.of("E3"))),
            Optional.of(
                new TimeValue.Interval(
                    new TimeValue.Day(LocalDate.of(2021, 7, 30)),
                    new TimeValue.Day(LocalDate.of(2021, 8, 10)))),
            Optional.of(EventPlace.of(khorog)),
            List.of("TJK", "AFG"),
            EventStatus.CLAIMED,
            new EventAttributes(
                OptionalInt.of(2),
                OptionalInt.of(6),
                OptionalInt.of(300),
                List.of("T-72", "Mi-24"),
                OptionalInt.empty(),
                Optional.empty()),
            Optional.of("Interfax"),
            span(text, "Two soldiers were killed and six injured in a clash near Khorog", 0),
            0.5);
    Event undated =
        new Event(
            "V3",
            EventType.CONSULT,
            Optional.empty(),
            "040",
            List.of(new Actor("Sergei Shoigu", Optional.empty(), Optional.of("E1"))),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            EventStatus.PLANNED,
            EventAttributes.NONE,
            Optional.empty(),
            span(text, "Shoigu said drills would follow in 2022", 0),
            1.0);
    Token token = new Token(new Span(0, 6), "Russia", "Russia", "NNP", "COUNTRY");
    return Article.cleaned(
            id,
            SourceRef.ofRecord("feed.jsonl", "r-" + id).withUrl("https://example.org/" + id),
            new ArticleMetadata(
                Optional.of("Russia and Tajikistan sign a defence pact"),
                List.of("Anna Petrova", "John Smith"),
                Optional.of("Asia-Plus"),
                Optional.of(
                    new PublicationDate.At(
                        OffsetDateTime.of(2021, 5, 19, 9, 26, 0, 0, ZoneOffset.ofHours(3))))),
            text,
            List.of("meta tag \"date\" unreadable", "second warning"))
        .withLanguage("en")
        .withTokens(
            List.of(token),
            List.of(new Sentence(new Span(0, 6), 0, 1)),
            List.of(new NamedMention(new Span(0, 6), "COUNTRY", Optional.empty())))
        .withEntities(List.of(shoigu, russia, tajikistan, interfax))
        .withPlaces(List.of(dushanbe, khorog))
        .withTimes(times)
        .withQuotes(quotes)
        .withEvents(List.of(agree, clash, undated));
  }

  /**
   * A short article: one entity named {@code entity}, one event of {@code type} between the actors,
   * in {@code country} on {@code day}, whose evidence is the whole text.
   */
  static Article simple(
      String id,
      String text,
      Optional<PublicationDate> published,
      String entity,
      EventType type,
      EventStatus status,
      Actor source,
      String country,
      Optional<TimeValue> day) {
    Event event =
        new Event(
            "V1",
            type,
            Optional.empty(),
            type.cameo(),
            List.of(source),
            List.of(),
            day,
            Optional.empty(),
            List.of(country),
            status,
            EventAttributes.NONE,
            Optional.empty(),
            new Span(0, text.length()),
            0.6);
    return Article.cleaned(
            id,
            SourceRef.ofFile(id + ".txt"),
            new ArticleMetadata(Optional.empty(), List.of(), Optional.empty(), published),
            text,
            List.of())
        .withLanguageUnknown()
        .withEntities(
            List.of(
                new Entity(
                    "E1",
                    entity,
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Span(0, Math.min(text.length(), 3))))))
        .withEvents(List.of(event));
  }

  static PublicationDate local(int year, int month, int day) {
    return new PublicationDate.Local(LocalDateTime.of(year, month, day, 12, 0));
  }

  static PublicationDate day(int year, int month, int day) {
    return new PublicationDate.Day(LocalDate.of(year, month, day));
  }

  /** The {@code nth} (from 0) occurrence of {@code words} in {@code text}. */
  static Span span(String text, String words, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(words, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("\"" + words + "\" occurs fewer than " + nth + " times");
      }
    }
    return new Span(at, at + words.length());
  }
}
