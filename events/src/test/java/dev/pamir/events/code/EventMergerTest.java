package dev.pamir.events.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Actor;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Span;
import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static final Actor RUSSIA = new Actor("Russia", Optional.of("RUS"), Optional.empty());
  private static final Actor UZBEKISTAN =
      new Actor("Uzbekistan", Optional.of("UZB"), Optional.empty());
  private static final Actor TURKEY = new Actor("Turkey", Optional.of("TUR"), Optional.empty());

  private final EventMerger merger = new EventMerger();

  @Test
  void merge_aVisitToldThreeTimes_isOneEventWithTheBestEvidence() {
    Event first = event(EventType.CONSULT, "visit", RUSSIA, UZBEKISTAN, null, 0, 10);
    Event dated = event(EventType.CONSULT, "visit", RUSSIA, UZBEKISTAN, day("2021-04-27"), 20, 60);
    Event again = event(EventType.CONSULT, "visit", RUSSIA, UZBEKISTAN, null, 70, 80);

    List<Event> merged = merger.merge(List.of(first, dated, again));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).evidence()).isEqualTo(new Span(20, 60));
    assertThat(merged.get(0).date()).contains(day("2021-04-27"));
  }

  @Test
  void merge_sameActorsOnDatesFarApart_staysTwoEvents() {
    Event march = event(EventType.COOPERATE, null, TURKEY, UZBEKISTAN, day("2021-03-23"), 0, 10);
    Event july = event(EventType.COOPERATE, null, TURKEY, UZBEKISTAN, day("2021-07-30"), 20, 30);

    assertThat(merger.merge(List.of(march, july))).hasSize(2);
  }

  @Test
  void merge_differentTypesOrNoSharedActor_staysApart() {
    Event visit = event(EventType.CONSULT, null, RUSSIA, UZBEKISTAN, null, 0, 10);
    Event deal = event(EventType.AGREE, null, RUSSIA, UZBEKISTAN, null, 20, 30);
    Event other = event(EventType.CONSULT, null, TURKEY, null, null, 40, 50);

    assertThat(merger.merge(List.of(visit, deal, other))).hasSize(3);
  }

  @Test
  void merge_partsOfOneClause_areOneEventWithBothSides() {
    Actor gunman = new Actor("Dale Orcutt", Optional.empty(), Optional.empty());
    Actor victim = new Actor("Milo Vance", Optional.empty(), Optional.empty());
    Event fire = event(EventType.ASSAULT, null, List.of(gunman), List.of(), 0, 80);
    Event killing = event(EventType.ASSAULT, null, List.of(), List.of(victim), 50, 80);

    List<Event> merged = merger.merge(List.of(fire, killing));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).source()).containsExactly(gunman);
    assertThat(merged.get(0).target()).containsExactly(victim);
  }

  @Test
  void merge_partsOfOneClauseWithOtherDoersOrSidesSwapped_stayApart() {
    Event troops = event(EventType.ASSAULT, null, List.of(RUSSIA), List.of(UZBEKISTAN), 0, 80);
    Event rebels = event(EventType.ASSAULT, null, List.of(TURKEY), List.of(), 40, 80);
    Event back = event(EventType.ASSAULT, null, List.of(UZBEKISTAN), List.of(), 40, 80);

    assertThat(merger.merge(List.of(troops, rebels))).hasSize(2);
    assertThat(merger.merge(List.of(troops, back))).hasSize(2);
  }

  @Test
  void merge_innerPartWithADoerTheOuterLacks_staysApart() {
    // "They faulted the mayor for ignoring the governor's attacks": two acts, not one.
    Actor mayor = new Actor("Ines Carrow", Optional.empty(), Optional.empty());
    Actor governor = new Actor("Paul Tennet", Optional.empty(), Optional.empty());
    Event faulted = event(EventType.ACCUSE, null, List.of(), List.of(mayor), 0, 80);
    Event attacks = event(EventType.ACCUSE, null, List.of(governor), List.of(), 50, 80);

    assertThat(merger.merge(List.of(faulted, attacks))).hasSize(2);
  }

  @Test
  void merge_doerInOneTargetInAnother_staysApartUnlessMutual() {
    // "Russia accused Turkey of ..." and later "Russia was accused of ...": two accusations.
    Event accuses = event(EventType.ACCUSE, null, List.of(RUSSIA), List.of(TURKEY), 0, 10);
    Event accused = event(EventType.ACCUSE, null, List.of(), List.of(RUSSIA), 40, 50);
    // Talks are the same talks whoever the sentence names first.
    Event talks = event(EventType.CONSULT, null, List.of(RUSSIA), List.of(TURKEY), 60, 70);
    Event hosted = event(EventType.CONSULT, null, List.of(), List.of(RUSSIA), 80, 90);

    // A mention that only lists the parties as done to is the same delivery.
    Event delivery = event(EventType.AID, null, List.of(RUSSIA), List.of(UZBEKISTAN), 0, 10);
    Event caption = event(EventType.AID, null, List.of(), List.of(UZBEKISTAN, RUSSIA), 40, 50);

    assertThat(merger.merge(List.of(accuses, accused))).hasSize(2);
    assertThat(merger.merge(List.of(talks, hosted))).hasSize(1);
    assertThat(merger.merge(List.of(delivery, caption))).hasSize(1);
  }

  @Test
  void merge_twoPeopleOfOneCountry_areTwoSides() {
    Actor ames = new Actor("Dana Ames", Optional.of("USA"), Optional.of("E1"));
    Actor reed = new Actor("Tom Reed", Optional.of("USA"), Optional.of("E2"));
    Event first = event(EventType.ACCUSE, null, List.of(ames), List.of(TURKEY), 0, 10);
    Event second = event(EventType.ACCUSE, null, List.of(reed), List.of(TURKEY), 40, 50);

    assertThat(new EventMerger(Set.of("E1", "E2")).merge(List.of(first, second))).hasSize(2);
    // Read as the state they act for, they are one.
    assertThat(merger.merge(List.of(first, second))).hasSize(1);
  }

  @Test
  void merge_peopleOfOneCountry_neverShareAnEventByTheirCountry() {
    Actor ames = new Actor("Dana Ames", Optional.of("USA"), Optional.of("E1"));
    Actor reed = new Actor("Tom Reed", Optional.of("USA"), Optional.of("E2"));
    Actor holt = new Actor("Lena Holt", Optional.of("USA"), Optional.of("E3"));
    EventMerger merger = new EventMerger(Set.of("E1", "E2", "E3"));
    // "Reed was criticized", then "Ames criticized Holt": two criticisms of two people.
    Event ofReed = event(EventType.ACCUSE, null, List.of(), List.of(reed), 0, 10);
    Event ofHolt = event(EventType.ACCUSE, null, List.of(ames), List.of(holt), 40, 50);
    // "Ames criticized Reed" and "Holt criticized Reed": both people stay in the one criticism.
    Event byAmes = event(EventType.ACCUSE, null, List.of(ames), List.of(reed), 60, 70);
    Event byHolt = event(EventType.ACCUSE, null, List.of(ames, holt), List.of(reed), 80, 90);

    assertThat(merger.merge(List.of(ofReed, ofHolt))).hasSize(2);
    List<Event> merged = merger.merge(List.of(byAmes, byHolt));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).source()).containsExactly(ames, holt);
    // A person and the state they act for are one side: "Ames" then "the United States".
    Actor usa = new Actor("United States", Optional.of("USA"), Optional.empty());
    Event byState = event(EventType.ACCUSE, null, List.of(usa), List.of(TURKEY), 100, 110);
    Event byPerson = event(EventType.ACCUSE, null, List.of(ames), List.of(TURKEY, usa), 120, 130);
    merged = merger.merge(List.of(byState, byPerson));
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).source()).containsExactly(usa);
    assertThat(merged.get(0).target()).containsExactly(TURKEY);
  }

  @Test
  void merge_keepsTheNarrowestDate() {
    TimeValue program =
        new TimeValue.Interval(
            new TimeValue.YearValue(java.time.Year.of(2021)),
            new TimeValue.YearValue(java.time.Year.of(2025)));
    Event broad = event(EventType.AGREE, null, RUSSIA, UZBEKISTAN, program, 0, 10);
    Event exact = event(EventType.AGREE, null, RUSSIA, UZBEKISTAN, day("2021-04-28"), 20, 30);

    List<Event> merged = merger.merge(List.of(broad, exact));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).date()).contains(day("2021-04-28"));
  }

  private static TimeValue day(String iso) {
    return new TimeValue.Day(LocalDate.parse(iso));
  }

  private static Event event(
      EventType type, String mode, List<Actor> source, List<Actor> target, int start, int end) {
    return event(type, mode, source, target, null, start, end);
  }

  private static Event event(
      EventType type, String mode, Actor source, Actor target, TimeValue date, int start, int end) {
    return event(
        type,
        mode,
        List.of(source),
        target == null ? List.of() : List.of(target),
        date,
        start,
        end);
  }

  private static Event event(
      EventType type,
      String mode,
      List<Actor> source,
      List<Actor> target,
      TimeValue date,
      int start,
      int end) {
    return new Event(
        "V0",
        type,
        Optional.ofNullable(mode),
        type.cameo(),
        source,
        target,
        Optional.ofNullable(date),
        Optional.empty(),
        List.of(),
        EventStatus.REPORTED,
        EventAttributes.NONE,
        Optional.empty(),
        new Span(start, end),
        0.8);
  }
}
