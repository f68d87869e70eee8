package dev.pamir.model;

/** What kind of thing an entity is. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  LOCATION,
  FACILITY,
  MILITARY_UNIT,
  EQUIPMENT,
  OTHER
}
