package dev.pamir.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one record: an article as its pamir/1 line with the keys that decide which
 * articles its events can share stories with, or a rejection naming the input and the reason.
 *
 * @param position input order: the file's place, then the record's within it
 */
record Outcome(
    long position,
    String name,
    @Nullable String id,
    @Nullable String json,
    @Nullable String rejection,
    boolean hasEvents,
    List<String> filed,
    List<String> sought)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static Outcome article(
      long position,
      String name,
      String id,
      String json,
      boolean hasEvents,
      List<String> filed,
      List<String> sought) {
    return new Outcome(position, name, id, json, null, hasEvents, filed, sought);
  }

  static Outcome rejected(long position, String name, String message) {
    return new Outcome(position, name, null, null, message, false, List.of(), List.of());
  }

  boolean isArticle() {
    return json != null;
  }
}
