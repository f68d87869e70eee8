package dev.pamir.store;

import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * KnowledgeQueries answers the questions a reader of the knowledge base asks: articles and events
 * by filter, entities by name, and full-text search. Every value is a bound parameter.
 *
 * <p>Runs inside the caller's read transaction. Not thread-safe: one per transaction.
 */
final class KnowledgeQueries {

  /** The longest snippet of a quote or evidence; articles get a window around the match. */
  private static final int SNIPPET = 300;

  private final Connection connection;
  private final Dialect dialect;

  KnowledgeQueries(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  Page<ArticleSummary> articles(ArticleQuery query) throws SQLException {
    Conditions where = new Conditions();
    if (query.text().isPresent()) {
      Optional<String> words = dialect.textParameter(query.text().get());
      if (words.isEmpty()) {
        return Page.empty();
      }
      where.add(
          "a.id IN (SELECT s.article_id FROM search_text s WHERE s.kind = 'article' AND "
              + dialect.textMatch("s")
              + ")",
          Conditions.text(words.get()));
    }
    query.from().ifPresent(d -> where.add("a.published_day >= ?", date(d)));
    query.to().ifPresent(d -> where.add("a.published_day <= ?", date(d)));
    long total = count("SELECT COUNT(*) FROM articles a" + where.where(), where);
    List<ArticleSummary> items = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT a.id, a.source_file, a.source_record, a.source_url, a.title, a.outlet,"
                + " a.published, a.language,"
                + " (SELECT COUNT(*) FROM entities x WHERE x.article_id = a.id),"
                + " (SELECT COUNT(*) FROM events v WHERE v.article_id = a.id)"
                + " FROM articles a"
                + where.where()
                + " ORDER BY a.published_day DESC NULLS LAST, a.id LIMIT ? OFFSET ?")) {
      page(select, where, query.paging());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          items.add(
              new ArticleSummary(
                  rs.getString(1),
                  new SourceRef(
                      Optional.ofNullable(rs.getString(2)),
                      Optional.ofNullable(rs.getString(3)),
                      Optional.ofNullable(rs.getString(4))),
                  Optional.ofNullable(rs.getString(5)),
                  Optional.ofNullable(rs.getString(6)),
                  Optional.ofNullable(rs.getString(7)),
                  Optional.ofNullable(rs.getString(8)),
                  rs.getInt(9),
                  rs.getInt(10)));
        }
      }
    }
    return new Page<>(items, total);
  }

  Page<ArticleEvent> events(EventQuery query) throws SQLException {
    Conditions where = new Conditions();
    query.type().ifPresent(t -> where.add("e.type = ?", Conditions.text(t.name())));
    query.status().ifPresent(s -> where.add("e.status = ?", Conditions.text(s.label())));
    query
        .country()
        .ifPresent(
            c ->
                where.add(
                    "(e.place_country = ? OR EXISTS (SELECT 1 FROM event_countries c"
                        + " WHERE c.article_id = e.article_id AND c.event_id = e.event_id"
                        + " AND c.country = ?))",
                    Conditions.text(c),
                    Conditions.text(c)));
    query
        .actor()
        .ifPresent(
            a ->
                where.add(
                    "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = e.article_id"
                        + " AND x.event_id = e.event_id AND (x.code = ? OR x.name_folded = ?))",
                    Conditions.text(a.toUpperCase(Locale.ROOT)),
                    Conditions.text(EntityKeys.fold(a))));
    query.from().ifPresent(d -> where.add("e.date_last >= ?", date(d)));
    query.to().ifPresent(d -> where.add("e.date_first <= ?", date(d)));
    if (query.text().isPresent()) {
      Optional<String> words = dialect.textParameter(query.text().get());
      if (words.isEmpty()) {
        return Page.empty();
      }
      where.add(
          "EXISTS (SELECT 1 FROM search_text s WHERE s.article_id = e.article_id"
              + " AND s.kind = 'event' AND s.ref = e.event_id AND "
              + dialect.textMatch("s")
              + ")",
          Conditions.text(words.get()));
    }
    long total = count("SELECT COUNT(*) FROM events e" + where.where(), where);
    List<String[]> keys = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT e.article_id, e.event_id, e.evidence_text FROM events e"
                + where.where()
                + " ORDER BY e.date_first DESC NULLS LAST, e.article_id, e.ordinal"
                + " LIMIT ? OFFSET ?")) {
      page(select, where, query.paging());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    Map<String, Event> events = new ArticleReader(connection).events(keys);
    List<ArticleEvent> items = new ArrayList<>(keys.size());
    for (String[] key : keys) {
      Event event = events.get(ArticleReader.key(key[0], key[1]));
      if (event != null) { // null when an ingest replaced the article between the two reads
        items.add(new ArticleEvent(key[0], event, key[2]));
      }
    }
    return new Page<>(items, total);
  }

  Page<EntitySummary> entities(Optional<String> text, Optional<EntityType> type, Paging paging)
      throws SQLException {
    Conditions inner = new Conditions();
    if (text.isPresent() && !EntityKeys.fold(text.get()).isEmpty()) {
      String pattern = "%" + escapeLike(EntityKeys.fold(text.get())) + "%";
      inner.add(
          "(m.name_folded LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases al"
              + " WHERE al.article_id = m.article_id AND al.entity_id = m.entity_id"
              + " AND al.alias_folded LIKE ? ESCAPE '\\'))",
          Conditions.text(pattern),
          Conditions.text(pattern));
    }
    type.ifPresent(t -> inner.add("m.type = ?", Conditions.text(t.name())));
    String matching = "SELECT m.kb_key FROM entities m" + inner.where();
    long total = count("SELECT COUNT(DISTINCT m.kb_key) FROM entities m" + inner.where(), inner);
    List<EntitySummary> items = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT e.kb_key, MIN(e.name), MIN(e.type), MAX(e.country),"
                + " COUNT(DISTINCT e.article_id) FROM entities e WHERE e.kb_key IN ("
                + matching
                + ") GROUP BY e.kb_key"
                + " ORDER BY COUNT(DISTINCT e.article_id) DESC, e.kb_key LIMIT ? OFFSET ?")) {
      page(select, inner, paging);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          items.add(
              new EntitySummary(
                  rs.getString(1),
                  rs.getString(2),
                  EntityType.valueOf(rs.getString(3)),
                  Optional.ofNullable(rs.getString(4)),
                  rs.getInt(5)));
        }
      }
    }
    return new Page<>(items, total);
  }

  Optional<KnowledgeEntity> entity(String key) throws SQLException {
    record Head(String article, String entity, String name, EntityType type, String country) {}
    List<Head> heads = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT e.article_id, e.entity_id, e.name, e.type, e.country FROM entities e"
                + " JOIN articles a ON a.id = e.article_id WHERE e.kb_key = ?"
                + " ORDER BY a.stored_seq, e.ordinal")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          heads.add(
              new Head(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  EntityType.valueOf(rs.getString(4)),
                  rs.getString(5)));
        }
      }
    }
    if (heads.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> roles = entityStrings("entity_roles", "role", key);
    Map<String, List<String>> aliases = entityStrings("entity_aliases", "alias", key);
    Map<String, List<Span>> mentions = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT x.article_id, x.entity_id, x.start_offset, x.end_offset"
                + " FROM entity_mentions x JOIN entities e ON e.article_id = x.article_id"
                + " AND e.entity_id = x.entity_id WHERE e.kb_key = ?"
                + " ORDER BY x.article_id, x.entity_id, x.ordinal")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          mentions
              .computeIfAbsent(rs.getString(1) + '\0' + rs.getString(2), k -> new ArrayList<>())
              .add(new Span(rs.getInt(3), rs.getInt(4)));
        }
      }
    }
    Map<String, Integer> names = new LinkedHashMap<>();
    LinkedHashSet<String> countries = new LinkedHashSet<>();
    LinkedHashSet<String> allRoles = new LinkedHashSet<>();
    LinkedHashSet<String> allAliases = new LinkedHashSet<>();
    List<KnowledgeEntity.Occurrence> occurrences = new ArrayList<>();
    for (Head head : heads) {
      String k = head.article() + '\0' + head.entity();
      names.merge(head.name(), 1, Integer::sum);
      if (head.country() != null) {
        countries.add(head.country());
      }
      allRoles.addAll(roles.getOrDefault(k, List.of()));
      allAliases.add(head.name());
      allAliases.addAll(aliases.getOrDefault(k, List.of()));
      occurrences.add(
          new KnowledgeEntity.Occurrence(
              head.article(), head.entity(), head.name(), mentions.getOrDefault(k, List.of())));
    }
    String name =
        names.entrySet().stream()
            .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
            .orElseThrow()
            .getKey();
    allAliases.remove(name);
    return Optional.of(
        new KnowledgeEntity(
            key,
            name,
            heads.get(0).type(),
            List.copyOf(countries),
            List.copyOf(allRoles),
            List.copyOf(allAliases),
            occurrences));
  }

  private Map<String, List<String>> entityStrings(String table, String column, String key)
      throws SQLException {
    Map<String, List<String>> values = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT x.article_id, x.entity_id, x."
                + column
                + " FROM "
                + table
                + " x JOIN entities e ON e.article_id = x.article_id"
                + " AND e.entity_id = x.entity_id WHERE e.kb_key = ?"
                + " ORDER BY x.article_id, x.entity_id, x.ordinal")) {
      select.setString(1, key);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          values
              .computeIfAbsent(rs.getString(1) + '\0' + rs.getString(2), k -> new ArrayList<>())
              .add(rs.getString(3));
        }
      }
    }
    return values;
  }

  Page<SearchHit> search(String text, Paging paging) throws SQLException {
    Optional<String> words = dialect.textParameter(text);
    if (words.isEmpty()) {
      return Page.empty();
    }
    Conditions where = new Conditions().add(dialect.textMatch("s"), Conditions.text(words.get()));
    long total = count("SELECT COUNT(*) FROM search_text s" + where.where(), where);
    List<String> terms = Dialect.words(text);
    List<SearchHit> items = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(dialect.searchSelect())) {
      select.setString(1, words.get());
      select.setInt(2, paging.limit());
      select.setInt(3, paging.offset());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          SearchHit.Kind kind = SearchHit.Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT));
          String body = rs.getString(4);
          items.add(
              new SearchHit(
                  kind,
                  rs.getString(2),
                  Optional.ofNullable(rs.getString(3)),
                  kind == SearchHit.Kind.ARTICLE ? snippet(body, terms) : shorten(body)));
        }
      }
    }
    return new Page<>(items, total);
  }

  /** About 240 characters around the first word of {@code terms} found in {@code body}. */
  static String snippet(String body, List<String> terms) {
    String lower = body.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String term : terms) {
      int i = lower.indexOf(term);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    int start = Math.max(0, at - 80);
    int end = Math.min(body.length(), Math.max(at, 0) + 160);
    while (start > 0 && !Character.isWhitespace(body.charAt(start - 1)) && at - start < 100) {
      start--;
    }
    if (end < body.length() && Character.isLowSurrogate(body.charAt(end))) {
      end++;
    }
    if (start > 0 && Character.isLowSurrogate(body.charAt(start))) {
      start--;
    }
    return (start > 0 ? "…" : "")
        + body.substring(start, end).strip().replaceAll("\\s+", " ")
        + (end < body.length() ? "…" : "");
  }

  private static String shorten(String body) {
    if (body.length() <= SNIPPET) {
      return body;
    }
    int end = SNIPPET;
    if (Character.isLowSurrogate(body.charAt(end))) {
      end--;
    }
    return body.substring(0, end) + "…";
  }

  private long count(String sql, Conditions where) throws SQLException {
    try (PreparedStatement count = connection.prepareStatement(sql)) {
      where.bind(count);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void page(PreparedStatement select, Conditions where, Paging paging)
      throws SQLException {
    int next = where.bind(select);
    select.setInt(next, paging.limit());
    select.setInt(next + 1, paging.offset());
  }

  private Conditions.Binder date(java.time.LocalDate day) {
    return (statement, index) -> dialect.bindDate(statement, index, day);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
