package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.json.PamirJson;
import dev.pamir.model.Article;
import dev.pamir.model.EntityType;
import dev.pamir.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * An ArticleStore is the knowledge base: it stores analysed articles and stories in a database and
 * answers queries over them.
 *
 * <p>Storing is idempotent: an article stored again (the same id) replaces the one stored, child
 * rows and all. Each {@link #write} or {@link #save} is one transaction, so a process killed
 * halfway through a batch leaves none of it, and running the batch again completes it. Readers run
 * alongside a writer and see only committed batches; writers queue for one another.
 *
 * <p>Thread-safe: every call takes a connection of its own from a small pool. Close it to close the
 * idle connections.
 */
public final class ArticleStore implements AutoCloseable {

  /** Idle reading connections kept for reuse. */
  private static final int IDLE_READERS = 8;

  private final DatabaseLocation location;
  private final Dialect dialect;
  private final ConnectionPool writers;
  private final ConnectionPool readers;
  private final PamirJson json;

  private ArticleStore(DatabaseLocation location, Dialect dialect, PamirJson json) {
    this.location = location;
    this.dialect = dialect;
    this.writers = new ConnectionPool(dialect.writer(), c -> {}, 1);
    this.readers = new ConnectionPool(dialect.reader(), dialect::prepareReader, IDLE_READERS);
    this.json = json;
  }

  /**
   * Opens the knowledge base at {@code location}, creating a SQLite file when there is none and
   * bringing the schema up to date.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static ArticleStore open(DatabaseLocation location) {
    requireNonNull(location, "location is null");
    Optional<Path> parent = location.file().map(Path::toAbsolutePath).map(Path::getParent);
    if (parent.isPresent()) {
      try {
        Files.createDirectories(parent.get());
      } catch (IOException e) {
        throw new StoreException("cannot create the folder of " + location.display(), e);
      }
    }
    Dialect dialect = Dialect.of(location);
    try {
      Flyway.configure(ArticleStore.class.getClassLoader())
          .dataSource(dialect.writer())
          .loggers("slf4j")
          .locations(dialect.migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot open the database " + location.display() + ": " + e.getMessage(), e);
    }
    return new ArticleStore(location, dialect, new PamirJson());
  }

  public DatabaseLocation location() {
    return location;
  }

  /** Work done in one write transaction. */
  @FunctionalInterface
  public interface Work {
    void run(Transaction transaction);
  }

  /**
   * A Transaction is one open write transaction. It is valid only inside the {@link Work} it is
   * given to.
   */
  public final class Transaction {
    private final Connection connection;
    private long nextSeq;

    private Transaction(Connection connection) throws SQLException {
      this.connection = connection;
      try (Statement query = connection.createStatement();
          ResultSet rs = query.executeQuery("SELECT MAX(stored_seq) FROM articles")) {
        rs.next();
        this.nextSeq = rs.getLong(1) + 1;
      }
    }

    /** Stores {@code article}, replacing any stored article with the same id. */
    public void save(Article article) {
      requireNonNull(article, "article is null");
      String articleJson = json.article(article);
      try {
        ArticleRows rows = new ArticleRows(connection, dialect);
        rows.delete(article.id());
        rows.insert(article, articleJson, nextSeq++);
      } catch (SQLException e) {
        throw failure("cannot store article " + article.id(), e);
      }
    }

    /** Replaces every stored story with {@code stories}, kept in this order. */
    public void replaceStories(List<Story> stories) {
      requireNonNull(stories, "stories is null");
      try {
        new StoryRows(connection).replace(stories);
      } catch (SQLException e) {
        throw failure("cannot store stories", e);
      }
    }
  }

  /**
   * Runs {@code work} in one write transaction: all it stores is committed when it returns, none of
   * it when it throws (the exception is passed on).
   */
  public void write(Work work) {
    requireNonNull(work, "work is null");
    Connection connection;
    try {
      connection = writers.take();
    } catch (SQLException e) {
      throw failure("cannot write", e);
    }
    try {
      dialect.beginWrite(connection);
      work.run(new Transaction(connection));
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      writers.discard(connection, e);
      if (e instanceof SQLException sql) {
        throw failure("cannot write", sql);
      }
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw (Error) e;
    }
    writers.give(connection);
  }

  /** Stores a batch of articles in one transaction; see {@link Transaction#save}. */
  public void save(List<Article> batch) {
    requireNonNull(batch, "batch is null");
    write(tx -> batch.forEach(tx::save));
  }

  /** Replaces every stored story in one transaction; see {@link Transaction#replaceStories}. */
  public void replaceStories(List<Story> stories) {
    write(tx -> tx.replaceStories(stories));
  }

  /** The stored article with {@code id}, read back from its rows. */
  public Optional<Article> article(String id) {
    requireNonNull(id, "id is null");
    return read(c -> new ArticleReader(c).article(id));
  }

  /** The pamir/1 JSON of the stored article with {@code id}, exactly as it was written. */
  public Optional<String> articleJson(String id) {
    requireNonNull(id, "id is null");
    return read(c -> new ArticleReader(c).json(id));
  }

  public Page<ArticleSummary> articles(ArticleQuery query) {
    requireNonNull(query, "query is null");
    return read(c -> new KnowledgeQueries(c, dialect).articles(query));
  }

  public Page<ArticleEvent> events(EventQuery query) {
    requireNonNull(query, "query is null");
    return read(c -> new KnowledgeQueries(c, dialect).events(query));
  }

  /**
   * Knowledge-base entities whose name or an alias contains {@code text} (case and diacritics
   * folded), most often named first; every entity when {@code text} is empty.
   */
  public Page<EntitySummary> entities(
      Optional<String> text, Optional<EntityType> type, Paging paging) {
    requireNonNull(text, "text is null");
    requireNonNull(type, "type is null");
    requireNonNull(paging, "paging is null");
    return read(c -> new KnowledgeQueries(c, dialect).entities(text, type, paging));
  }

  /** The knowledge-base entity with {@code id}, e.g. {@code person:sergei-shoigu}. */
  public Optional<KnowledgeEntity> entity(String id) {
    requireNonNull(id, "id is null");
    return read(c -> new KnowledgeQueries(c, dialect).entity(id));
  }

  /**
   * Articles, quotes and event evidence that have every word of {@code text}, best match first.
   * Words are letters and digits, case folded; nothing in {@code text} is query syntax.
   */
  public Page<SearchHit> search(String text, Paging paging) {
    requireNonNull(text, "text is null");
    requireNonNull(paging, "paging is null");
    return read(c -> new KnowledgeQueries(c, dialect).search(text, paging));
  }

  /** A page of the stored stories, in the order they were given. */
  public Page<Story> stories(Paging paging) {
    requireNonNull(paging, "paging is null");
    return read(
        c -> {
          StoryRows rows = new StoryRows(c);
          return new Page<>(
              rows.read(Optional.empty(), paging.limit(), paging.offset()), rows.count());
        });
  }

  public Optional<Story> story(String id) {
    requireNonNull(id, "id is null");
    return read(c -> new StoryRows(c).read(Optional.of(id), 1, 0).stream().findFirst());
  }

  /** Every stored story, in the order they were given: the story builder's state to continue. */
  public List<Story> loadStories() {
    return read(c -> new StoryRows(c).read(Optional.empty(), Integer.MAX_VALUE, 0));
  }

  /**
   * Hands every stored article, read back with its events, to {@code action} in the order they were
   * stored, from one consistent snapshot: what re-seeds the story builder. Articles are read one at
   * a time, so memory does not grow with the store.
   */
  public void forEachArticle(Consumer<Article> action) {
    requireNonNull(action, "action is null");
    read(
        c -> {
          List<String> ids = new ArrayList<>();
          try (PreparedStatement query =
                  c.prepareStatement("SELECT id FROM articles ORDER BY stored_seq");
              ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
            }
          }
          ArticleReader articles = new ArticleReader(c);
          for (String id : ids) {
            action.accept(articles.article(id).orElseThrow());
          }
          return null;
        });
  }

  /** How many articles are stored. */
  public long articleCount() {
    return read(
        c -> {
          try (Statement query = c.createStatement();
              ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Reading work on a connection. */
  @FunctionalInterface
  private interface ReadWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(ReadWork<T> work) {
    Connection connection;
    try {
      connection = readers.take();
    } catch (SQLException e) {
      throw failure("cannot read", e);
    }
    T result;
    try {
      result = work.run(connection);
      connection.commit();
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      readers.discard(connection, e);
      if (e instanceof SQLException sql) {
        throw failure("cannot read", sql);
      }
      if (e instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw (Error) e;
    }
    readers.give(connection);
    return result;
  }

  private StoreException failure(String what, SQLException e) {
    return new StoreException(what + " in " + location.display() + ": " + e.getMessage(), e);
  }

  /** Closes the idle connections. Calls still running finish; later ones open new connections. */
  @Override
  public void close() {
    readers.close();
    writers.close();
  }
}
