package dev.pamir.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pamir.model.Story;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * StoryRows writes and reads stories: their event references, articles, conflicts and claims.
 *
 * <p>Runs inside the caller's transaction. Not thread-safe: one per transaction.
 */
final class StoryRows {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Connection connection;

  StoryRows(Connection connection) {
    this.connection = connection;
  }

  /** Deletes every story and stores {@code stories} in their place, in order. */
  void replace(List<Story> stories) throws SQLException {
    try (Statement delete = connection.createStatement()) {
      delete.executeUpdate("DELETE FROM stories");
    }
    try (PreparedStatement story =
            connection.prepareStatement(
                "INSERT INTO stories (id, ordinal, summary) VALUES (?, ?, ?)");
        PreparedStatement event =
            connection.prepareStatement(
                "INSERT INTO story_events (story_id, ordinal, article_id, event_id)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement article =
            connection.prepareStatement(
                "INSERT INTO story_articles (story_id, ordinal, article_id) VALUES (?, ?, ?)");
        PreparedStatement conflict =
            connection.prepareStatement(
                "INSERT INTO story_conflicts (story_id, ordinal, field) VALUES (?, ?, ?)");
        PreparedStatement claim =
            connection.prepareStatement(
                "INSERT INTO story_claims (story_id, conflict_ordinal, ordinal, article_id,"
                    + " value_kind, value) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int s = 0; s < stories.size(); s++) {
        Story st = stories.get(s);
        story.setString(1, st.id());
        story.setInt(2, s);
        story.setString(3, st.summary());
        story.addBatch();
        for (int i = 0; i < st.events().size(); i++) {
          event.setString(1, st.id());
          event.setInt(2, i);
          event.setString(3, st.events().get(i).article());
          event.setString(4, st.events().get(i).event());
          event.addBatch();
        }
        for (int i = 0; i < st.articles().size(); i++) {
          article.setString(1, st.id());
          article.setInt(2, i);
          article.setString(3, st.articles().get(i));
          article.addBatch();
        }
        for (int c = 0; c < st.conflicts().size(); c++) {
          Story.Conflict cf = st.conflicts().get(c);
          conflict.setString(1, st.id());
          conflict.setInt(2, c);
          conflict.setString(3, cf.field());
          conflict.addBatch();
          for (int i = 0; i < cf.values().size(); i++) {
            Story.Claim cl = cf.values().get(i);
            claim.setString(1, st.id());
            claim.setInt(2, c);
            claim.setInt(3, i);
            claim.setString(4, cl.article());
            if (cl.value() instanceof Integer n) {
              claim.setString(5, "integer");
              claim.setString(6, n.toString());
            } else if (cl.value() instanceof String text) {
              claim.setString(5, "string");
              claim.setString(6, text);
            } else {
              claim.setString(5, "list");
              claim.setString(6, jsonArray((List<?>) cl.value()));
            }
            claim.addBatch();
          }
        }
      }
      story.executeBatch();
      event.executeBatch();
      article.executeBatch();
      conflict.executeBatch();
      claim.executeBatch();
    }
  }

  long count() throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM stories")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Stories in stored order; {@code id} picks one, limit and offset a page. */
  List<Story> read(Optional<String> id, int limit, int offset) throws SQLException {
    List<String[]> heads = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id, summary FROM stories"
                + (id.isPresent() ? " WHERE id = ?" : "")
                + " ORDER BY ordinal LIMIT ? OFFSET ?")) {
      int index = 1;
      if (id.isPresent()) {
        query.setString(index++, id.get());
      }
      query.setInt(index++, limit);
      query.setInt(index, offset);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          heads.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    }
    List<Story> stories = new ArrayList<>(heads.size());
    for (String[] head : heads) {
      stories.add(story(head[0], head[1]));
    }
    return stories;
  }

  private Story story(String id, String summary) throws SQLException {
    List<Story.EventRef> events = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT article_id, event_id FROM story_events WHERE story_id = ? ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          events.add(new Story.EventRef(rs.getString(1), rs.getString(2)));
        }
      }
    }
    List<String> articles = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          articles.add(rs.getString(1));
        }
      }
    }
    Map<Integer, String> fields = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT ordinal, field FROM story_conflicts WHERE story_id = ? ORDER BY ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          fields.put(rs.getInt(1), rs.getString(2));
        }
      }
    }
    Map<Integer, List<Story.Claim>> claims = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT conflict_ordinal, article_id, value_kind, value FROM story_claims"
                + " WHERE story_id = ? ORDER BY conflict_ordinal, ordinal")) {
      query.setString(1, id);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          claims
              .computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(new Story.Claim(rs.getString(2), claimValue(rs.getString(3), rs.getString(4))));
        }
      }
    }
    List<Story.Conflict> conflicts = new ArrayList<>();
    for (Map.Entry<Integer, String> field : fields.entrySet()) {
      conflicts.add(
          new Story.Conflict(field.getValue(), claims.getOrDefault(field.getKey(), List.of())));
    }
    return new Story(id, summary, events, articles, conflicts);
  }

  private static Object claimValue(String kind, String value) {
    return switch (kind) {
      case "integer" -> Integer.valueOf(value);
      case "string" -> value;
      case "list" -> strings(value);
      default -> throw new IllegalStateException("the database holds a claim of kind " + kind);
    };
  }

  private static String jsonArray(List<?> values) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (Object value : values) {
        json.writeString(String.valueOf(value));
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  private static List<String> strings(String jsonArray) {
    List<String> values = new ArrayList<>();
    try (JsonParser json = JSON.createParser(jsonArray)) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        throw new IllegalStateException("the database holds a list claim that is not a list");
      }
      while (json.nextToken() == JsonToken.VALUE_STRING) {
        values.add(json.getText());
      }
    } catch (IOException e) {
      throw new IllegalStateException("the database holds a list claim that is not JSON", e);
    }
    return values;
  }
}
