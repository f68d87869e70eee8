package dev.pamir.store;

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
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ArticleReader reads stored articles back into the model from their rows. The article read back
 * has every stored layer and writes the same pamir/1 JSON as the one stored; it has no tokens,
 * sentences or recogniser mentions.
 *
 * <p>Runs inside the caller's transaction. Not thread-safe: one per transaction.
 */
final class ArticleReader {

  private final Connection connection;

  ArticleReader(Connection connection) {
    this.connection = connection;
  }

  Optional<Article> article(String id) throws SQLException {
    String sourceFile;
    String sourceRecord;
    String sourceUrl;
    String title;
    String outlet;
    String published;
    String language;
    String text;
    String layers;
    try (PreparedStatement row =
        connection.prepareStatement(
            "SELECT source_file, source_record, source_url, title, outlet, published, language,"
                + " article_text, layers FROM articles WHERE id = ?")) {
      row.setString(1, id);
      try (ResultSet rs = row.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        sourceFile = rs.getString(1);
        sourceRecord = rs.getString(2);
        sourceUrl = rs.getString(3);
        title = rs.getString(4);
        outlet = rs.getString(5);
        published = rs.getString(6);
        language = rs.getString(7);
        text = rs.getString(8);
        layers = rs.getString(9);
      }
    }
    SourceRef source =
        new SourceRef(
            Optional.ofNullable(sourceFile),
            Optional.ofNullable(sourceRecord),
            Optional.ofNullable(sourceUrl));
    ArticleMetadata metadata =
        new ArticleMetadata(
            Optional.ofNullable(title),
            strings("SELECT name FROM article_authors WHERE article_id = ? ORDER BY ordinal", id),
            Optional.ofNullable(outlet),
            Optional.ofNullable(published).map(IsoValues::publicationDate));
    Annotations annotations =
        new Annotations(
            List.of(),
            List.of(),
            List.of(),
            entities(id),
            places(id),
            times(id),
            quotes(id),
            events(id, Optional.empty()));
    return Optional.of(
        new Article(
            id,
            source,
            metadata,
            Optional.ofNullable(language),
            text,
            layers(layers),
            strings(
                "SELECT message FROM article_warnings WHERE article_id = ? ORDER BY ordinal", id),
            annotations));
  }

  /** The JSON stored with the article, exactly as it was written. */
  Optional<String> json(String id) throws SQLException {
    try (PreparedStatement row =
        connection.prepareStatement("SELECT pamir_json FROM articles WHERE id = ?")) {
      row.setString(1, id);
      try (ResultSet rs = row.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Set<Layer> layers(String stored) {
    EnumSet<Layer> layers = EnumSet.of(Layer.TEXT);
    if (!stored.isEmpty()) {
      Arrays.stream(stored.split(",")).map(Layer::valueOf).forEach(layers::add);
    }
    return layers;
  }

  private List<String> strings(String sql, String id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, id);
      List<String> values = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    }
  }

  /** Rows of {@code sql} (its one parameter the article id) grouped by their first column. */
  private Map<String, List<String>> grouped(String sql, String id) throws SQLException {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return groups;
  }

  private Map<String, List<Span>> spans(String sql, String id) throws SQLException {
    Map<String, List<Span>> groups = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          groups
              .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Span(rs.getInt(2), rs.getInt(3)));
        }
      }
    }
    return groups;
  }

  private List<Entity> entities(String id) throws SQLException {
    Map<String, List<String>> roles =
        grouped(
            "SELECT entity_id, role FROM entity_roles WHERE article_id = ?"
                + " ORDER BY entity_id, ordinal",
            id);
    Map<String, List<String>> aliases =
        grouped(
            "SELECT entity_id, alias FROM entity_aliases WHERE article_id = ?"
                + " ORDER BY entity_id, ordinal",
            id);
    Map<String, List<Span>> mentions =
        spans(
            "SELECT entity_id, start_offset, end_offset FROM entity_mentions"
                + " WHERE article_id = ? ORDER BY entity_id, ordinal",
            id);
    List<Entity> entities = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT entity_id, name, type, country FROM entities WHERE article_id = ?"
                + " ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String entityId = rs.getString(1);
          entities.add(
              new Entity(
                  entityId,
                  rs.getString(2),
                  EntityType.valueOf(rs.getString(3)),
                  Optional.ofNullable(rs.getString(4)),
                  roles.getOrDefault(entityId, List.of()),
                  aliases.getOrDefault(entityId, List.of()),
                  mentions.getOrDefault(entityId, List.of())));
        }
      }
    }
    return entities;
  }

  private List<Place> places(String id) throws SQLException {
    Map<String, List<Span>> mentions =
        spans(
            "SELECT CAST(place_ordinal AS TEXT), start_offset, end_offset FROM place_mentions"
                + " WHERE article_id = ? ORDER BY place_ordinal, ordinal",
            id);
    List<Place> places = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT ordinal, name, latitude, longitude, country, gazetteer_id FROM places"
                + " WHERE article_id = ? ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          places.add(
              new Place(
                  rs.getString(2),
                  rs.getDouble(3),
                  rs.getDouble(4),
                  Optional.ofNullable(rs.getString(5)),
                  Optional.ofNullable(rs.getString(6)),
                  mentions.getOrDefault(Integer.toString(rs.getInt(1)), List.of())));
        }
      }
    }
    return places;
  }

  private List<TimeExpression> times(String id) throws SQLException {
    List<TimeExpression> times = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT start_offset, end_offset, value_iso FROM times WHERE article_id = ?"
                + " ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          times.add(
              new TimeExpression(
                  new Span(rs.getInt(1), rs.getInt(2)),
                  Optional.ofNullable(rs.getString(3)).map(IsoValues::timeValue)));
        }
      }
    }
    return times;
  }

  private List<Quote> quotes(String id) throws SQLException {
    List<Quote> quotes = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT start_offset, end_offset, direct, speaker, speaker_name, speaker_start,"
                + " speaker_end FROM quotes WHERE article_id = ? ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          int speakerStart = rs.getInt(6);
          Optional<Span> speakerSpan =
              rs.wasNull() ? Optional.empty() : Optional.of(new Span(speakerStart, rs.getInt(7)));
          quotes.add(
              new Quote(
                  new Span(rs.getInt(1), rs.getInt(2)),
                  rs.getBoolean(3),
                  Optional.ofNullable(rs.getString(4)),
                  Optional.ofNullable(rs.getString(5)),
                  speakerSpan));
        }
      }
    }
    return quotes;
  }

  /** The article's events, or the one with {@code eventId}, in article order. */
  List<Event> events(String id, Optional<String> eventId) throws SQLException {
    List<String> parameters = new ArrayList<>();
    parameters.add(id);
    eventId.ifPresent(parameters::add);
    return new ArrayList<>(
        load("article_id = ?" + (eventId.isPresent() ? " AND event_id = ?" : ""), parameters)
            .values());
  }

  /**
   * The events that {@code keys} name, each an article id and an event id, read with one query per
   * table whatever their number; keyed by {@link #key}.
   */
  Map<String, Event> events(List<String[]> keys) throws SQLException {
    if (keys.isEmpty()) {
      return Map.of();
    }
    List<String> parameters = new ArrayList<>();
    StringBuilder values = new StringBuilder("(article_id, event_id) IN (VALUES ");
    for (int i = 0; i < keys.size(); i++) {
      values.append(i == 0 ? "(?, ?)" : ", (?, ?)");
      parameters.add(keys.get(i)[0]);
      parameters.add(keys.get(i)[1]);
    }
    return load(values.append(')').toString(), parameters);
  }

  /** The map key of an article's event. */
  static String key(String article, String event) {
    return article + '\u0000' + event;
  }

  private Map<String, Event> load(String where, List<String> parameters) throws SQLException {
    Map<String, List<Actor>> sources = new LinkedHashMap<>();
    Map<String, List<Actor>> targets = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT article_id, event_id, side, name, code, entity FROM event_actors WHERE "
                + where
                + " ORDER BY article_id, event_id, side, ordinal")) {
      bind(query, parameters);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          Actor actor =
              new Actor(
                  rs.getString(4),
                  Optional.ofNullable(rs.getString(5)),
                  Optional.ofNullable(rs.getString(6)));
          Map<String, List<Actor>> side = rs.getString(3).equals("source") ? sources : targets;
          side.computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
              .add(actor);
        }
      }
    }
    Map<String, List<String>> countries =
        eventStrings("event_countries", "country", where, parameters);
    Map<String, List<String>> equipment =
        eventStrings("event_equipment", "name", where, parameters);
    Map<String, Event> events = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT event_id, type, mode, cameo, date_iso, place_name, place_latitude,"
                + " place_longitude, place_country, status, killed, injured, troops, contracts,"
                + " subject, reported_by, evidence_start, evidence_end, confidence, article_id"
                + " FROM events WHERE "
                + where
                + " ORDER BY article_id, ordinal")) {
      bind(query, parameters);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String key = key(rs.getString(20), rs.getString(1));
          String placeName = rs.getString(6);
          Optional<EventPlace> place =
              placeName == null
                  ? Optional.empty()
                  : Optional.of(
                      new EventPlace(
                          placeName,
                          rs.getDouble(7),
                          rs.getDouble(8),
                          Optional.ofNullable(rs.getString(9))));
          EventAttributes attributes =
              new EventAttributes(
                  optionalInt(rs, 11),
                  optionalInt(rs, 12),
                  optionalInt(rs, 13),
                  equipment.getOrDefault(key, List.of()),
                  optionalInt(rs, 14),
                  Optional.ofNullable(rs.getString(15)));
          events.put(
              key,
              new Event(
                  rs.getString(1),
                  EventType.valueOf(rs.getString(2)),
                  Optional.ofNullable(rs.getString(3)),
                  rs.getString(4),
                  sources.getOrDefault(key, List.of()),
                  targets.getOrDefault(key, List.of()),
                  Optional.ofNullable(rs.getString(5)).map(IsoValues::timeValue),
                  place,
                  countries.getOrDefault(key, List.of()),
                  EventStatus.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)),
                  attributes,
                  Optional.ofNullable(rs.getString(16)),
                  new Span(rs.getInt(17), rs.getInt(18)),
                  rs.getDouble(19)));
        }
      }
    }
    return events;
  }

  private Map<String, List<String>> eventStrings(
      String table, String column, String where, List<String> parameters) throws SQLException {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT article_id, event_id, "
                + column
                + " FROM "
                + table
                + " WHERE "
                + where
                + " ORDER BY article_id, event_id, ordinal")) {
      bind(query, parameters);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          groups
              .computeIfAbsent(key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
              .add(rs.getString(3));
        }
      }
    }
    return groups;
  }

  private static void bind(PreparedStatement query, List<String> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      query.setString(i + 1, parameters.get(i));
    }
  }

  private static OptionalInt optionalInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
