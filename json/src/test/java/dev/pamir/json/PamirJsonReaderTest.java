package dev.pamir.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.Actor;
import dev.pamir.model.Annotations;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PamirJsonReaderTest {

  private final PamirJson json = new PamirJson();
  private final PamirJsonReader reader = new PamirJsonReader();

  private static final String TEXT =
      "Russian Defense Minister Sergei Shoigu visited Dushanbe on 26 April 😀. \"We are ready,\""
          + " Shoigu said. Two soldiers were killed.";

  private static Article analysed(Optional<PublicationDate> published) {
    Entity shoigu =
        new Entity(
            "E1",
            "Sergei Shoigu",
            EntityType.PERSON,
            Optional.of("RUS"),
            List.of("Defense Minister"),
            List.of("Shoigu"),
            List.of(new Span(25, 38), new Span(86, 92)));
    Place dushanbe =
        new Place(
            "Dushanbe",
            38.53575,
            68.77905,
            Optional.of("TJK"),
            Optional.of("geonames:1221874"),
            List.of(new Span(47, 55)));
    TimeExpression day =
        new TimeExpression(
            new Span(59, 67), Optional.of(new TimeValue.Day(LocalDate.of(2021, 4, 26))));
    TimeExpression range =
        new TimeExpression(
            new Span(0, 7),
            Optional.of(
                new TimeValue.Interval(
                    new TimeValue.Month(YearMonth.of(2021, 7)),
                    new TimeValue.YearValue(Year.of(2022)))));
    TimeExpression unresolved = new TimeExpression(new Span(8, 15), Optional.empty());
    Quote quote =
        new Quote(
            new Span(72, 84),
            true,
            Optional.of("E1"),
            Optional.of("Sergei Shoigu"),
            Optional.of(new Span(86, 92)));
    Event visit =
        new Event(
            "V1",
            EventType.CONSULT,
            Optional.of("visit"),
            "042",
            List.of(new Actor("Russia", Optional.of("RUS"), Optional.of("E1"))),
            List.of(new Actor("Tajikistan", Optional.of("TJK"), Optional.empty())),
            Optional.of(new TimeValue.Day(LocalDate.of(2021, 4, 26))),
            Optional.of(EventPlace.of(dushanbe)),
            List.of("RUS", "TJK"),
            EventStatus.REPORTED,
            EventAttributes.NONE,
            Optional.empty(),
            new Span(0, 69),
            0.87);
    Event clash =
        new Event(
            "V2",
            EventType.ASSAULT,
            Optional.empty(),
            "190",
            List.of(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            EventStatus.CLAIMED,
            new EventAttributes(
                OptionalInt.of(2),
                OptionalInt.of(0),
                OptionalInt.empty(),
                List.of("Su-30SM", "Mi-35M"),
                OptionalInt.of(1),
                Optional.of("border")),
            Optional.of("Shoigu"),
            new Span(94, TEXT.length()),
            0.4);
    return new Article(
        "a1",
        new SourceRef(Optional.of("in.jsonl"), Optional.of("r7"), Optional.of("https://e.org/a")),
        new ArticleMetadata(
            Optional.of("Shoigu in Dushanbe"),
            List.of("A. Writer", "B. Writer"),
            Optional.of("Outlet"),
            published),
        Optional.of("en"),
        TEXT,
        EnumSet.of(Layer.TEXT, Layer.METADATA, Layer.LANGUAGE, Layer.ENTITIES, Layer.EVENTS),
        List.of("title taken from the record"),
        new Annotations(
            List.of(),
            List.of(),
            List.of(),
            List.of(shoigu),
            List.of(dushanbe),
            List.of(range, unresolved, day),
            List.of(quote),
            List.of(visit, clash)));
  }

  @Test
  void article_readsBackWhatWasWritten_everyField() {
    for (Optional<PublicationDate> published :
        List.of(
            Optional.<PublicationDate>empty(),
            Optional.<PublicationDate>of(
                new PublicationDate.At(OffsetDateTime.parse("2021-04-29T12:22+03:00"))),
            Optional.<PublicationDate>of(
                new PublicationDate.Local(LocalDateTime.parse("2021-04-29T12:22"))),
            Optional.<PublicationDate>of(new PublicationDate.Day(LocalDate.of(2021, 4, 29))))) {
      Article written = analysed(published);
      Article read = reader.article(json.article(written));

      assertThat(read).isEqualTo(written);
      assertThat(json.article(read)).isEqualTo(json.article(written));
    }
  }

  @Test
  void article_parserLayers_areNotCarried_andComeBackEmpty() {
    Article written = analysed(Optional.empty());
    Article withTokens =
        new Article(
            written.id(),
            written.source(),
            written.metadata(),
            written.language(),
            written.text(),
            EnumSet.of(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.ENTITIES),
            written.warnings(),
            written.annotations());

    assertThat(reader.article(json.article(withTokens)).layers())
        .containsExactlyInAnyOrder(Layer.TEXT, Layer.ENTITIES);
  }

  @Test
  void story_readsBackWhatWasWritten() {
    Story story =
        new Story(
            "S3",
            "Russia visits Tajikistan",
            List.of(new Story.EventRef("a1", "V1"), new Story.EventRef("a2", "V4")),
            List.of("a1", "a2"),
            List.of(
                new Story.Conflict(
                    "killed", List.of(new Story.Claim("a1", 2), new Story.Claim("a2", 3))),
                new Story.Conflict(
                    "equipment",
                    List.of(
                        new Story.Claim("a1", List.of("Su-30SM")),
                        new Story.Claim("a2", List.of("Su-12SM", "Mi-35M")))),
                new Story.Conflict(
                    "date",
                    List.of(
                        new Story.Claim("a1", "2021-04-26"),
                        new Story.Claim("a2", "2021-04-27")))));

    assertThat(reader.story(json.story(story))).isEqualTo(story);
    assertThatThrownBy(() -> reader.story(json.story(story).replace("\"value\":2", "\"value\":{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story S3");
  }

  @Test
  void article_notPamir_isRefusedWithTheReason() {
    assertThatThrownBy(() -> reader.article("{\"schema\":\"other/2\",\"id\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema is not pamir/1");
    assertThatThrownBy(() -> reader.article("[1,2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> reader.article("{\"schema\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void article_damagedField_namesTheArticleAndTheField() {
    String line = json.article(analysed(Optional.empty()));

    assertThatThrownBy(() -> reader.article(line.replace("\"cameo\":\"042\"", "\"cameo\":42")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article a1")
        .hasMessageContaining("cameo");
    assertThatThrownBy(() -> reader.article(line.replace("\"2021-04-26\"", "\"26 April\"")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article a1")
        .hasMessageContaining("26 April");
    assertThatThrownBy(() -> reader.article(line.replace("\"end\":92", "\"end\":9999")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("article a1");
  }
}
