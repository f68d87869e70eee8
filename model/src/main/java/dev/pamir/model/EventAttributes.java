package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The EventAttributes are the numbers and things an event's clause gives: people killed and
 * injured, troops, equipment by name, contracts, and what an agreement is about.
 */
public record EventAttributes(
    OptionalInt killed,
    OptionalInt injured,
    OptionalInt troops,
    List<String> equipment,
    OptionalInt contracts,
    Optional<String> subject) {

  public static final EventAttributes NONE =
      new EventAttributes(
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          List.of(),
          OptionalInt.empty(),
          Optional.empty());

  public EventAttributes {
    requireNonNull(killed, "killed is null");
    requireNonNull(injured, "injured is null");
    requireNonNull(troops, "troops is null");
    equipment = List.copyOf(equipment);
    requireNonNull(contracts, "contracts is null");
    requireNonNull(subject, "subject is null");
    nonNegative(killed, "killed");
    nonNegative(injured, "injured");
    nonNegative(troops, "troops");
    nonNegative(contracts, "contracts");
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  private static void nonNegative(OptionalInt value, String what) {
    if (value.isPresent() && value.getAsInt() < 0) {
      throw new IllegalArgumentException(what + " is negative: " + value.getAsInt());
    }
  }
}
