package dev.pamir.model;

/**
 * An EventType is one of the 16 PLOVER event types as the POLECAT dataset uses them, each with the
 * CAMEO code that stands for it when nothing finer is known.
 */
public enum EventType {
  AGREE("030"),
  CONSULT("040"),
  SUPPORT("050"),
  CONCEDE("080"),
  COOPERATE("060"),
  AID("070"),
  RETREAT("087"),
  REQUEST("020"),
  ACCUSE("112"),
  REJECT("120"),
  THREATEN("130"),
  PROTEST("140"),
  SANCTION("160"),
  MOBILIZE("150"),
  COERCE("170"),
  ASSAULT("190");

  private final String cameo;

  EventType(String cameo) {
    this.cameo = cameo;
  }

  /** The CAMEO root code closest to the whole type. */
  public String cameo() {
    return cameo;
  }
}
