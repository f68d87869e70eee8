package dev.pamir.store;

import dev.pamir.model.Actor;
import dev.pamir.model.Annotations;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventPlace;
import dev.pamir.model.Layer;
import dev.pamir.model.Place;
import dev.pamir.model.Quote;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * ArticleRows writes one article as rows: the article, its authors and warnings, entities, places,
 * times, quotes, events with their actors, and the full-text rows. Tokens, sentences and the
 * recogniser's mentions are raw material, not output, and are not stored.
 *
 * <p>Runs inside the caller's transaction. Not thread-safe: one per transaction.
 */
final class ArticleRows {

  private final Connection connection;
  private final Dialect dialect;

  ArticleRows(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** Deletes the article with {@code id} and every row that belongs to it; true when it existed. */
  boolean delete(String id) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM articles WHERE id = ?")) {
      delete.setString(1, id);
      return delete.executeUpdate() > 0;
    }
  }

  /** Inserts {@code article}, which is not stored, as the {@code seq}th stored. */
  void insert(Article article, String json, long seq) throws SQLException {
    String id = article.id();
    ArticleMetadata meta = article.metadata();
    try (PreparedStatement row =
        connection.prepareStatement(
            "INSERT INTO articles (id, stored_seq, source_file, source_record, source_url, title,"
                + " outlet, published, published_day, language, article_text, layers, pamir_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      row.setString(1, id);
      row.setLong(2, seq);
      setText(row, 3, article.source().file());
      setText(row, 4, article.source().recordId());
      setText(row, 5, article.source().url());
      setText(row, 6, meta.title());
      setText(row, 7, meta.outlet());
      setText(row, 8, meta.published().map(p -> p.iso()));
      if (meta.published().isPresent()) {
        dialect.bindDate(row, 9, meta.published().get().day());
      } else {
        row.setNull(9, Types.DATE);
      }
      setText(row, 10, article.language());
      row.setString(11, article.text());
      row.setString(12, storedLayers(article));
      row.setString(13, json);
      row.executeUpdate();
    }
    insertStrings("article_authors", "name", id, meta.authors());
    insertStrings("article_warnings", "message", id, article.warnings());
    Annotations annotations = article.annotations();
    insertEntities(id, annotations.entities());
    insertPlaces(id, annotations.places());
    insertTimes(id, annotations.times());
    insertQuotes(id, article.text(), annotations.quotes());
    insertEvents(id, article.text(), annotations.events());
    insertSearchText(article);
  }

  /** The layers a stored article has: those produced, less the ones that are not stored. */
  static String storedLayers(Article article) {
    return article.layers().stream()
        .filter(l -> l != Layer.TOKENS && l != Layer.SENTENCES && l != Layer.NAMED_MENTIONS)
        .sorted()
        .map(Layer::name)
        .collect(Collectors.joining(","));
  }

  private void insertStrings(String table, String column, String id, List<String> values)
      throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement row =
        connection.prepareStatement(
            "INSERT INTO " + table + " (article_id, ordinal, " + column + ") VALUES (?, ?, ?)")) {
      for (int i = 0; i < values.size(); i++) {
        row.setString(1, id);
        row.setInt(2, i);
        row.setString(3, values.get(i));
        row.addBatch();
      }
      row.executeBatch();
    }
  }

  private void insertEntities(String id, List<Entity> entities) throws SQLException {
    if (entities.isEmpty()) {
      return;
    }
    try (PreparedStatement entity =
            connection.prepareStatement(
                "INSERT INTO entities (article_id, entity_id, ordinal, kb_key, name, name_folded,"
                    + " type, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement role =
            connection.prepareStatement(
                "INSERT INTO entity_roles (article_id, entity_id, ordinal, role)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement alias =
            connection.prepareStatement(
                "INSERT INTO entity_aliases (article_id, entity_id, ordinal, alias, alias_folded)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement mention =
            connection.prepareStatement(
                "INSERT INTO entity_mentions (article_id, entity_id, ordinal, start_offset,"
                    + " end_offset) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < entities.size(); i++) {
        Entity e = entities.get(i);
        entity.setString(1, id);
        entity.setString(2, e.id());
        entity.setInt(3, i);
        entity.setString(4, EntityKeys.key(e.type(), e.name()));
        entity.setString(5, e.name());
        entity.setString(6, EntityKeys.fold(e.name()));
        entity.setString(7, e.type().name());
        setText(entity, 8, e.country());
        entity.addBatch();
        for (int r = 0; r < e.roles().size(); r++) {
          role.setString(1, id);
          role.setString(2, e.id());
          role.setInt(3, r);
          role.setString(4, e.roles().get(r));
          role.addBatch();
        }
        for (int a = 0; a < e.aliases().size(); a++) {
          alias.setString(1, id);
          alias.setString(2, e.id());
          alias.setInt(3, a);
          alias.setString(4, e.aliases().get(a));
          alias.setString(5, EntityKeys.fold(e.aliases().get(a)));
          alias.addBatch();
        }
        for (int m = 0; m < e.mentions().size(); m++) {
          mention.setString(1, id);
          mention.setString(2, e.id());
          mention.setInt(3, m);
          mention.setInt(4, e.mentions().get(m).start());
          mention.setInt(5, e.mentions().get(m).end());
          mention.addBatch();
        }
      }
      // Parents first: the children's foreign keys are checked row by row.
      entity.executeBatch();
      role.executeBatch();
      alias.executeBatch();
      mention.executeBatch();
    }
  }

  private void insertPlaces(String id, List<Place> places) throws SQLException {
    if (places.isEmpty()) {
      return;
    }
    try (PreparedStatement place =
            connection.prepareStatement(
                "INSERT INTO places (article_id, ordinal, name, latitude, longitude, country,"
                    + " gazetteer_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement mention =
            connection.prepareStatement(
                "INSERT INTO place_mentions (article_id, place_ordinal, ordinal, start_offset,"
                    + " end_offset) VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        place.setString(1, id);
        place.setInt(2, i);
        place.setString(3, p.name());
        place.setDouble(4, p.latitude());
        place.setDouble(5, p.longitude());
        setText(place, 6, p.country());
        setText(place, 7, p.gazetteerId());
        place.addBatch();
        for (int m = 0; m < p.mentions().size(); m++) {
          mention.setString(1, id);
          mention.setInt(2, i);
          mention.setInt(3, m);
          mention.setInt(4, p.mentions().get(m).start());
          mention.setInt(5, p.mentions().get(m).end());
          mention.addBatch();
        }
      }
      place.executeBatch();
      mention.executeBatch();
    }
  }

  private void insertTimes(String id, List<TimeExpression> times) throws SQLException {
    if (times.isEmpty()) {
      return;
    }
    try (PreparedStatement time =
        connection.prepareStatement(
            "INSERT INTO times (article_id, ordinal, start_offset, end_offset, value_iso)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < times.size(); i++) {
        TimeExpression t = times.get(i);
        time.setString(1, id);
        time.setInt(2, i);
        time.setInt(3, t.span().start());
        time.setInt(4, t.span().end());
        setText(time, 5, t.value().map(v -> v.iso()));
        time.addBatch();
      }
      time.executeBatch();
    }
  }

  private void insertQuotes(String id, String text, List<Quote> quotes) throws SQLException {
    if (quotes.isEmpty()) {
      return;
    }
    try (PreparedStatement quote =
        connection.prepareStatement(
            "INSERT INTO quotes (article_id, ordinal, start_offset, end_offset, direct, speaker,"
                + " speaker_name, speaker_start, speaker_end, quote_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        quote.setString(1, id);
        quote.setInt(2, i);
        quote.setInt(3, q.span().start());
        quote.setInt(4, q.span().end());
        quote.setBoolean(5, q.direct());
        setText(quote, 6, q.speaker());
        setText(quote, 7, q.speakerName());
        setInt(quote, 8, q.speakerSpan().map(Span::start));
        setInt(quote, 9, q.speakerSpan().map(Span::end));
        quote.setString(10, q.span().of(text));
        quote.addBatch();
      }
      quote.executeBatch();
    }
  }

  private void insertEvents(String id, String text, List<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement event =
            connection.prepareStatement(
                "INSERT INTO events (article_id, event_id, ordinal, type, mode, cameo, date_iso,"
                    + " date_first, date_last, place_name, place_latitude, place_longitude,"
                    + " place_country, status, killed, injured, troops, contracts, subject,"
                    + " reported_by, evidence_start, evidence_end, evidence_text, confidence)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)");
        PreparedStatement actor =
            connection.prepareStatement(
                "INSERT INTO event_actors (article_id, event_id, side, ordinal, name, name_folded,"
                    + " code, entity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement country =
            connection.prepareStatement(
                "INSERT INTO event_countries (article_id, event_id, ordinal, country)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement equipment =
            connection.prepareStatement(
                "INSERT INTO event_equipment (article_id, event_id, ordinal, name)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        event.setString(1, id);
        event.setString(2, e.id());
        event.setInt(3, i);
        event.setString(4, e.type().name());
        setText(event, 5, e.mode());
        event.setString(6, e.cameo());
        setText(event, 7, e.date().map(d -> d.iso()));
        if (e.date().isPresent()) {
          dialect.bindDate(event, 8, e.date().get().first());
          dialect.bindDate(event, 9, e.date().get().last());
        } else {
          event.setNull(8, Types.DATE);
          event.setNull(9, Types.DATE);
        }
        Optional<EventPlace> place = e.place();
        setText(event, 10, place.map(EventPlace::name));
        setDouble(event, 11, place.map(EventPlace::latitude));
        setDouble(event, 12, place.map(EventPlace::longitude));
        setText(event, 13, place.flatMap(EventPlace::country));
        event.setString(14, e.status().label());
        EventAttributes attributes = e.attributes();
        setInt(event, 15, attributes.killed());
        setInt(event, 16, attributes.injured());
        setInt(event, 17, attributes.troops());
        setInt(event, 18, attributes.contracts());
        setText(event, 19, attributes.subject());
        setText(event, 20, e.reportedBy());
        event.setInt(21, e.evidence().start());
        event.setInt(22, e.evidence().end());
        event.setString(23, e.evidence().of(text));
        event.setDouble(24, e.confidence());
        event.addBatch();
        addActors(actor, id, e.id(), "source", e.source());
        addActors(actor, id, e.id(), "target", e.target());
        for (int c = 0; c < e.countries().size(); c++) {
          country.setString(1, id);
          country.setString(2, e.id());
          country.setInt(3, c);
          country.setString(4, e.countries().get(c));
          country.addBatch();
        }
        for (int q = 0; q < attributes.equipment().size(); q++) {
          equipment.setString(1, id);
          equipment.setString(2, e.id());
          equipment.setInt(3, q);
          equipment.setString(4, attributes.equipment().get(q));
          equipment.addBatch();
        }
      }
      event.executeBatch();
      actor.executeBatch();
      country.executeBatch();
      equipment.executeBatch();
    }
  }

  private static void addActors(
      PreparedStatement actor, String id, String eventId, String side, List<Actor> actors)
      throws SQLException {
    for (int a = 0; a < actors.size(); a++) {
      Actor x = actors.get(a);
      actor.setString(1, id);
      actor.setString(2, eventId);
      actor.setString(3, side);
      actor.setInt(4, a);
      actor.setString(5, x.name());
      actor.setString(6, EntityKeys.fold(x.name()));
      setText(actor, 7, x.code());
      setText(actor, 8, x.entity());
      actor.addBatch();
    }
  }

  private void insertSearchText(Article article) throws SQLException {
    try (PreparedStatement row =
        connection.prepareStatement(
            "INSERT INTO search_text (article_id, kind, ref, body) VALUES (?, ?, ?, ?)")) {
      String title = article.metadata().title().orElse("");
      addSearchRow(
          row,
          article.id(),
          SearchHit.Kind.ARTICLE,
          null,
          title.isEmpty() ? article.text() : title + "\n\n" + article.text());
      List<Quote> quotes = article.annotations().quotes();
      for (int i = 0; i < quotes.size(); i++) {
        addSearchRow(
            row,
            article.id(),
            SearchHit.Kind.QUOTE,
            Integer.toString(i),
            quotes.get(i).span().of(article.text()));
      }
      for (Event e : article.annotations().events()) {
        addSearchRow(
            row, article.id(), SearchHit.Kind.EVENT, e.id(), e.evidence().of(article.text()));
      }
      row.executeBatch();
    }
  }

  private static void addSearchRow(
      PreparedStatement row,
      String id,
      SearchHit.Kind kind,
      @org.jspecify.annotations.Nullable String ref,
      String body)
      throws SQLException {
    row.setString(1, id);
    row.setString(2, kind.label());
    row.setString(3, ref);
    row.setString(4, body);
    row.addBatch();
  }

  static void setText(PreparedStatement statement, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setString(index, value.get());
    } else {
      statement.setNull(index, Types.VARCHAR);
    }
  }

  private static void setInt(PreparedStatement statement, int index, Optional<Integer> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setInt(index, value.get());
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  private static void setInt(PreparedStatement statement, int index, OptionalInt value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setInt(index, value.getAsInt());
    } else {
      statement.setNull(index, Types.INTEGER);
    }
  }

  private static void setDouble(PreparedStatement statement, int index, Optional<Double> value)
      throws SQLException {
    if (value.isPresent()) {
      statement.setDouble(index, value.get());
    } else {
      statement.setNull(index, Types.DOUBLE);
    }
  }
}
