package dev.pamir.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;

/**
 * A ConnectionPool keeps a few idle connections of one kind (readers or writers) for reuse, since
 * opening a PostgreSQL connection costs a process on the server. It never limits how many are open
 * at once: a caller that finds none idle opens a new one.
 *
 * <p>A connection is handed out with auto-commit off and comes back with auto-commit on, so an idle
 * SQLite connection holds no transaction and no lock. A connection whose use failed is closed, not
 * kept.
 *
 * <p>Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

  /** Prepares a new connection once, before its first use. */
  @FunctionalInterface
  interface Setup {
    void prepare(Connection connection) throws SQLException;
  }

  private final DataSource source;
  private final Setup setup;
  private final BlockingQueue<Connection> idle;
  private volatile boolean closed;

  ConnectionPool(DataSource source, Setup setup, int maxIdle) {
    this.source = source;
    this.setup = setup;
    this.idle = new ArrayBlockingQueue<>(maxIdle);
  }

  /** An idle connection or a new one, with auto-commit off. */
  Connection take() throws SQLException {
    Connection connection = idle.poll();
    if (connection == null) {
      connection = source.getConnection();
      try {
        setup.prepare(connection);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(connection, e);
        throw e;
      }
    }
    try {
      connection.setAutoCommit(false);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      throw e;
    }
    return connection;
  }

  /** Gives back a connection whose transaction has ended. */
  void give(Connection connection) {
    try {
      connection.setAutoCommit(true);
      if (closed || !idle.offer(connection)) {
        connection.close();
      }
    } catch (SQLException e) {
      closeQuietly(connection, e);
    }
  }

  /** Closes a connection that failed instead of keeping it. */
  void discard(Connection connection, Throwable failure) {
    closeQuietly(connection, failure);
  }

  private static void closeQuietly(Connection connection, Throwable failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection connection;
    while ((connection = idle.poll()) != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // Closing what is idle: nothing is lost.
      }
    }
  }
}
