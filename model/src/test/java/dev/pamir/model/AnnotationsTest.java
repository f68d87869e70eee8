package dev.pamir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotationsTest {

  private static final String TEXT = "Shoigu visited Dushanbe.";

  private static Article article() {
    return Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, TEXT, List.of());
  }

  @Test
  void withEntities_addsLayer_andKeepsSpans() {
    Entity shoigu =
        new Entity(
            "E1",
            "Sergei Shoigu",
            EntityType.PERSON,
            Optional.of("RUS"),
            List.of("Defense Minister"),
            List.of("Shoigu"),
            List.of(new Span(0, 6)));
    Article out = article().withEntities(List.of(shoigu));
    assertThat(out.layers()).contains(Layer.ENTITIES);
    assertThat(out.annotations().entities().get(0).mentions().get(0).of(out.text()))
        .isEqualTo("Shoigu");
  }

  @Test
  void withPlaces_mentionOutsideText_isRejected() {
    Place far =
        new Place(
            "Dushanbe",
            38.5,
            68.8,
            Optional.of("TJK"),
            Optional.empty(),
            List.of(new Span(15, 99)));
    assertThatThrownBy(() -> article().withPlaces(List.of(far)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Dushanbe")
        .hasMessageContaining("[15,99)");
  }

  @Test
  void place_offTheEarth_isRejected() {
    assertThatThrownBy(() -> new Place("X", 91, 0, Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withTokens_sentencePastLastToken_isRejected() {
    Token token = new Token(new Span(0, 6), "Shoigu", "Shoigu", "NNP", "PERSON");
    Sentence sentence = new Sentence(new Span(0, 24), 0, 2);
    assertThatThrownBy(() -> article().withTokens(List.of(token), List.of(sentence), List.of()))
        .hasMessageContaining("ends at token 2 of 1");
  }

  @Test
  void timeValue_iso_coversDaysMonthsYearsAndIntervals() {
    TimeValue day = new TimeValue.Day(LocalDate.of(2021, 5, 17));
    TimeValue month = new TimeValue.Month(YearMonth.of(2021, 4));
    TimeValue year = new TimeValue.YearValue(Year.of(2022));
    assertThat(day.iso()).isEqualTo("2021-05-17");
    assertThat(month.iso()).isEqualTo("2021-04");
    assertThat(month.last()).isEqualTo(LocalDate.of(2021, 4, 30));
    assertThat(year.iso()).isEqualTo("2022");
    TimeValue range =
        new TimeValue.Interval(
            new TimeValue.Day(LocalDate.of(2021, 7, 30)),
            new TimeValue.Day(LocalDate.of(2021, 8, 10)));
    assertThat(range.iso()).isEqualTo("2021-07-30/2021-08-10");
  }

  @Test
  void timeValue_intervalBackwards_isRejected() {
    assertThatThrownBy(
            () ->
                new TimeValue.Interval(
                    new TimeValue.YearValue(Year.of(2025)), new TimeValue.YearValue(Year.of(2021))))
        .hasMessageContaining("ends before it starts");
  }
}
