package dev.pamir.events.story;

import dev.pamir.model.Event;
import dev.pamir.model.EventPlace;
import dev.pamir.model.Story.Claim;
import dev.pamir.model.Story.Conflict;
import dev.pamir.model.TimeValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A ConflictFinder lists the fields on which the articles of one story disagree, with what each
 * article that gives the field says. An article's value comes from its events in the story:
 *
 * <ul>
 *   <li>{@code type}, {@code status}: the set of its events' values; two articles disagree when
 *       their sets share nothing;
 *   <li>{@code date}: its most precise date; two disagree when their dates do not overlap;
 *   <li>{@code place}: its first place; two disagree when the names differ and the places lie more
 *       than {@value PlaceComparison#SAME_PLACE_KM} km apart;
 *   <li>{@code attributes.killed}, {@code injured}, {@code troops}, {@code contracts}: the highest
 *       figure it gives; two disagree when the figures differ;
 *   <li>{@code attributes.equipment}: the names it gives; two disagree when neither list holds the
 *       other (case, spaces and hyphens aside), so "Su-12SM" against "Su-30SM" is a conflict and a
 *       shorter list is not.
 * </ul>
 *
 * <p>A field is listed once when any two articles disagree on it, with a claim from every article
 * that gives it, in the story's article order.
 */
final class ConflictFinder {

  private ConflictFinder() {}

  static List<Conflict> find(List<Report> members) {
    Map<String, List<Event>> byArticle = new LinkedHashMap<>();
    for (Report report : members) {
      byArticle.computeIfAbsent(report.article(), a -> new ArrayList<>()).add(report.event());
    }
    List<Conflict> conflicts = new ArrayList<>();
    if (byArticle.size() < 2) {
      return conflicts;
    }
    categorical(conflicts, "type", byArticle, e -> Optional.of(e.type().name()));
    categorical(conflicts, "status", byArticle, e -> Optional.of(e.status().label()));
    dates(conflicts, byArticle);
    places(conflicts, byArticle);
    figure(conflicts, "attributes.killed", byArticle, e -> e.attributes().killed());
    figure(conflicts, "attributes.injured", byArticle, e -> e.attributes().injured());
    figure(conflicts, "attributes.troops", byArticle, e -> e.attributes().troops());
    figure(conflicts, "attributes.contracts", byArticle, e -> e.attributes().contracts());
    equipment(conflicts, byArticle);
    return conflicts;
  }

  private static void categorical(
      List<Conflict> out,
      String field,
      Map<String, List<Event>> byArticle,
      Function<Event, Optional<String>> value) {
    Map<String, Set<String>> sets = new LinkedHashMap<>();
    byArticle.forEach(
        (article, events) -> {
          Set<String> values = new LinkedHashSet<>();
          events.forEach(e -> value.apply(e).ifPresent(values::add));
          if (!values.isEmpty()) {
            sets.put(article, values);
          }
        });
    if (anyPair(new ArrayList<>(sets.values()), ConflictFinder::disjoint)) {
      List<Claim> claims = new ArrayList<>();
      sets.forEach(
          (article, values) ->
              claims.add(
                  new Claim(
                      article,
                      values.size() == 1 ? values.iterator().next() : List.copyOf(values))));
      out.add(new Conflict(field, claims));
    }
  }

  private static void dates(List<Conflict> out, Map<String, List<Event>> byArticle) {
    Map<String, TimeValue> dates = new LinkedHashMap<>();
    byArticle.forEach(
        (article, events) -> {
          TimeValue best = null;
          for (Event event : events) {
            if (event.date().isPresent()) {
              TimeValue date = event.date().get();
              if (best == null || days(date) < days(best)) {
                best = date;
              }
            }
          }
          if (best != null) {
            dates.put(article, best);
          }
        });
    if (anyPair(
        new ArrayList<>(dates.values()),
        (a, b) -> a.last().isBefore(b.first()) || b.last().isBefore(a.first()))) {
      List<Claim> claims = new ArrayList<>();
      dates.forEach((article, date) -> claims.add(new Claim(article, date.iso())));
      out.add(new Conflict("date", claims));
    }
  }

  private static long days(TimeValue date) {
    return date.last().toEpochDay() - date.first().toEpochDay();
  }

  private static void places(List<Conflict> out, Map<String, List<Event>> byArticle) {
    Map<String, EventPlace> places = new LinkedHashMap<>();
    byArticle.forEach(
        (article, events) ->
            events.stream()
                .flatMap(e -> e.place().stream())
                .findFirst()
                .ifPresent(place -> places.put(article, place)));
    if (anyPair(new ArrayList<>(places.values()), (a, b) -> !PlaceComparison.samePlace(a, b))) {
      List<Claim> claims = new ArrayList<>();
      places.forEach((article, place) -> claims.add(new Claim(article, place.name())));
      out.add(new Conflict("place", claims));
    }
  }

  private static void figure(
      List<Conflict> out,
      String field,
      Map<String, List<Event>> byArticle,
      Function<Event, OptionalInt> value) {
    Map<String, Integer> figures = new LinkedHashMap<>();
    byArticle.forEach(
        (article, events) ->
            events.stream()
                .map(value)
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .max()
                .ifPresent(max -> figures.put(article, max)));
    if (figures.values().stream().distinct().count() > 1) {
      List<Claim> claims = new ArrayList<>();
      figures.forEach((article, figure) -> claims.add(new Claim(article, figure)));
      out.add(new Conflict(field, claims));
    }
  }

  private static void equipment(List<Conflict> out, Map<String, List<Event>> byArticle) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    Map<String, Set<String>> folded = new LinkedHashMap<>();
    byArticle.forEach(
        (article, events) -> {
          Set<String> given = new LinkedHashSet<>();
          events.forEach(e -> given.addAll(e.attributes().equipment()));
          if (!given.isEmpty()) {
            names.put(article, List.copyOf(given));
            Set<String> keys = new LinkedHashSet<>();
            given.forEach(name -> keys.add(ActorNames.fold(name).replace(" ", "")));
            folded.put(article, keys);
          }
        });
    if (anyPair(
        new ArrayList<>(folded.values()), (a, b) -> !a.containsAll(b) && !b.containsAll(a))) {
      List<Claim> claims = new ArrayList<>();
      names.forEach((article, list) -> claims.add(new Claim(article, list)));
      out.add(new Conflict("attributes.equipment", claims));
    }
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String value : a) {
      if (b.contains(value)) {
        return false;
      }
    }
    return true;
  }

  private static <T> boolean anyPair(List<T> values, BiPredicate<T, T> disagree) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (disagree.test(values.get(i), values.get(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
