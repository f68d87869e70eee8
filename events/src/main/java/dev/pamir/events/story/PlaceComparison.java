package dev.pamir.events.story;

import dev.pamir.model.EventPlace;

/** PlaceComparison says whether two event places are one place: the same name or a few km apart. */
final class PlaceComparison {

  /** Places closer than this are one place ("Kiev" and "Kyiv", a city and its airport). */
  static final double SAME_PLACE_KM = 30;

  private static final double EARTH_RADIUS_KM = 6371.0088;

  private PlaceComparison() {}

  static boolean samePlace(EventPlace a, EventPlace b) {
    return ActorNames.fold(a.name()).equals(ActorNames.fold(b.name()))
        || kilometres(a, b) <= SAME_PLACE_KM;
  }

  /** The great-circle distance between two places. */
  static double kilometres(EventPlace a, EventPlace b) {
    double lat1 = Math.toRadians(a.latitude());
    double lat2 = Math.toRadians(b.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
