package dev.pamir.events.story;

import dev.pamir.model.EventType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * CompatibleTypes says which PLOVER types two reports of one happening may carry. A type is
 * compatible with itself and with the neighbours that coders commonly split one happening between:
 *
 * <ul>
 *   <li>a meeting and what it settles: CONSULT, AGREE and COOPERATE (a visit, the agreement signed
 *       during it, the cooperation it deepens);
 *   <li>joint exercises: COOPERATE and MOBILIZE;
 *   <li>deliveries under military-technical cooperation: COOPERATE and AID;
 *   <li>yielding: CONCEDE and RETREAT;
 *   <li>force shown as a threat: MOBILIZE and THREATEN;
 *   <li>violence and repression: ASSAULT and COERCE.
 * </ul>
 *
 * <p>Compatibility is not transitive: a story asks a new report to be compatible with every type it
 * already holds, so a meeting never drifts through cooperation into troop movements.
 */
final class CompatibleTypes {

  private static final Map<EventType, EnumSet<EventType>> NEIGHBOURS = neighbours();
  private static final Map<EventType, Set<EventType>> WITH_SELF = withSelf();

  private CompatibleTypes() {}

  static boolean compatible(EventType a, EventType b) {
    return a == b || NEIGHBOURS.get(a).contains(b);
  }

  /** {@code type} and the types compatible with it. */
  static Set<EventType> of(EventType type) {
    return WITH_SELF.get(type);
  }

  /** Whether {@code type} is compatible with every one of {@code types}. */
  static boolean compatibleWithAll(EventType type, EnumSet<EventType> types) {
    for (EventType other : types) {
      if (!compatible(type, other)) {
        return false;
      }
    }
    return true;
  }

  private static Map<EventType, EnumSet<EventType>> neighbours() {
    Map<EventType, EnumSet<EventType>> map = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      map.put(type, EnumSet.noneOf(EventType.class));
    }
    pair(map, EventType.CONSULT, EventType.AGREE);
    pair(map, EventType.CONSULT, EventType.COOPERATE);
    pair(map, EventType.AGREE, EventType.COOPERATE);
    pair(map, EventType.COOPERATE, EventType.MOBILIZE);
    pair(map, EventType.COOPERATE, EventType.AID);
    pair(map, EventType.CONCEDE, EventType.RETREAT);
    pair(map, EventType.MOBILIZE, EventType.THREATEN);
    pair(map, EventType.ASSAULT, EventType.COERCE);
    return map;
  }

  private static Map<EventType, Set<EventType>> withSelf() {
    Map<EventType, Set<EventType>> map = new EnumMap<>(EventType.class);
    NEIGHBOURS.forEach(
        (type, neighbours) -> {
          EnumSet<EventType> all = EnumSet.copyOf(neighbours);
          all.add(type);
          map.put(type, java.util.Collections.unmodifiableSet(all));
        });
    return map;
  }

  private static void pair(Map<EventType, EnumSet<EventType>> map, EventType a, EventType b) {
    map.get(a).add(b);
    map.get(b).add(a);
  }
}
