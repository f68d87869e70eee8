package dev.pamir.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's behaviour on SQLite, the embedded default. */
class SqliteArticleStoreTest extends ArticleStoreContract {

  @TempDir Path dir;

  @Override
  DatabaseLocation newLocation() {
    return DatabaseLocation.parse(dir.resolve("sub/folder/pamir.db").toString());
  }

  @Test
  void open_usesWriteAheadLogging_andForeignKeys() throws Exception {
    store.save(List.of(Fixtures.dushanbe("a1")));
    try (Connection c = DriverManager.getConnection(location.jdbcUrl());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
    try (Connection c = Dialect.of(location).writer().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
