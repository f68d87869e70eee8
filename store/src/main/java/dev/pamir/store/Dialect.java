package dev.pamir.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A Dialect is what differs between the two databases the store runs on: how to connect, where the
 * migrations are, dates, full-text search and how transactions begin. Everything else is the same
 * SQL.
 *
 * <p>Implementations are immutable and thread-safe.
 */
sealed interface Dialect {

  /** Words a full-text query is made of: letters and digits, as both indexes split them. */
  Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The Flyway location of this dialect's migrations. */
  String migrations();

  /** Connections for writing: one writer at a time. */
  DataSource writer();

  /** Connections for reading, alongside the writer. */
  DataSource reader();

  /** Prepares a new reading connection once, before its first use. */
  void prepareReader(Connection connection) throws SQLException;

  /** Begins a write transaction on a connection whose auto-commit is off. */
  void beginWrite(Connection connection) throws SQLException;

  void bindDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

  /**
   * A condition, with one parameter, that holds when the {@code search_text} row aliased {@code
   * alias} has every word of the query.
   */
  String textMatch(String alias);

  /**
   * The full-text query as an SQL SELECT of {@code kind, article_id, ref, body} in rank order, best
   * first, with three parameters: the query, the limit and the offset.
   */
  String searchSelect();

  /**
   * The parameter {@link #textMatch} and {@link #searchSelect} take for the words of {@code text};
   * empty when it has no words, and so matches nothing.
   */
  Optional<String> textParameter(String text);

  static Dialect of(DatabaseLocation location) {
    return switch (location.kind()) {
      case SQLITE -> new Sqlite(location.jdbcUrl());
      case POSTGRESQL -> new Postgres(location.jdbcUrl());
    };
  }

  /** The query's words, folded to lower case, in order. */
  static List<String> words(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new java.util.ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * SQLite with write-ahead logging. Synchronous is NORMAL: in WAL mode a committed transaction
   * survives the process being killed, and only a power cut or an operating-system crash can lose
   * the last few commits, never corrupt the file. Those lose a re-run of a batch at most, since
   * storing is idempotent; FULL would add an fsync to every commit.
   */
  record Sqlite(String url) implements Dialect {

    @Override
    public String migrations() {
      return "classpath:dev/pamir/store/migration/sqlite";
    }

    @Override
    public DataSource writer() {
      return source(SQLiteConfig.TransactionMode.IMMEDIATE);
    }

    @Override
    public DataSource reader() {
      return source(SQLiteConfig.TransactionMode.DEFERRED);
    }

    private DataSource source(SQLiteConfig.TransactionMode mode) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(30_000);
      // IMMEDIATE takes the write lock at BEGIN, so two writers queue instead of one failing.
      config.setTransactionMode(mode);
      SQLiteDataSource source = new SQLiteDataSource(config);
      source.setUrl(url);
      return source;
    }

    @Override
    public void prepareReader(Connection connection) {
      // A deferred transaction reads one snapshot of the WAL from its first SELECT on.
    }

    @Override
    public void beginWrite(Connection connection) {
      // The IMMEDIATE transaction mode already holds the write lock.
    }

    @Override
    public void bindDate(PreparedStatement statement, int index, LocalDate date)
        throws SQLException {
      statement.setString(index, date.toString());
    }

    @Override
    public String textMatch(String alias) {
      return alias + ".id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)";
    }

    @Override
    public String searchSelect() {
      return "SELECT s.kind, s.article_id, s.ref, s.body FROM search_fts f"
          + " JOIN search_text s ON s.id = f.rowid WHERE search_fts MATCH ?"
          + " ORDER BY f.rank, s.id LIMIT ? OFFSET ?";
    }

    /** Each word quoted, so nothing in the query is read as FTS5 syntax; all must match. */
    @Override
    public Optional<String> textParameter(String text) {
      List<String> words = words(text);
      if (words.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(words.stream().map(w -> '"' + w + '"').collect(Collectors.joining(" ")));
    }
  }

  /**
   * PostgreSQL. Readers use REPEATABLE READ so the several queries that read one article see one
   * snapshot; writers lock the articles table against each other, as SQLite's single writer does,
   * so two processes storing the same article cannot interleave their delete and insert.
   */
  record Postgres(String url) implements Dialect {

    @Override
    public String migrations() {
      return "classpath:dev/pamir/store/migration/postgresql";
    }

    @Override
    public DataSource writer() {
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setUrl(url);
      // One multi-row INSERT per batch instead of one round trip per row.
      source.setReWriteBatchedInserts(true);
      return source;
    }

    @Override
    public DataSource reader() {
      return writer();
    }

    @Override
    public void prepareReader(Connection connection) throws SQLException {
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
    }

    @Override
    public void beginWrite(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("LOCK TABLE articles IN SHARE ROW EXCLUSIVE MODE");
      }
    }

    @Override
    public void bindDate(PreparedStatement statement, int index, LocalDate date)
        throws SQLException {
      statement.setObject(index, date);
    }

    @Override
    public String textMatch(String alias) {
      return alias + ".tsv @@ plainto_tsquery('simple', ?)";
    }

    @Override
    public String searchSelect() {
      return "SELECT s.kind, s.article_id, s.ref, s.body FROM search_text s,"
          + " plainto_tsquery('simple', ?) q WHERE s.tsv @@ q"
          + " ORDER BY ts_rank(s.tsv, q) DESC, s.id LIMIT ? OFFSET ?";
    }

    @Override
    public Optional<String> textParameter(String text) {
      List<String> words = words(text);
      return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }
  }
}
