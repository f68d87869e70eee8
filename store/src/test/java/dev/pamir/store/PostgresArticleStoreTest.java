package dev.pamir.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.testkit.PostgresCluster;
import dev.pamir.testkit.PostgresExtension;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store's behaviour on PostgreSQL, on a throwaway cluster. The tests share one database,
 * emptied before each: creating and migrating a database costs about a second.
 */
@ExtendWith(PostgresExtension.class)
class PostgresArticleStoreTest extends ArticleStoreContract {

  private static @Nullable String shared;

  private final PostgresCluster cluster;

  PostgresArticleStoreTest(PostgresCluster cluster) {
    this.cluster = cluster;
  }

  @Override
  DatabaseLocation newLocation() {
    String url = shared;
    if (url == null) {
      url = cluster.newDatabase();
      shared = url;
    } else {
      try (Connection c = DriverManager.getConnection(url);
          Statement s = c.createStatement()) {
        s.execute("TRUNCATE TABLE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot empty the test database", e);
      }
    }
    return DatabaseLocation.parse(url);
  }

  @Test
  void open_urlWithoutJdbcPrefix_usesPostgres() {
    String url = cluster.newDatabase();
    DatabaseLocation plain = DatabaseLocation.parse(url.substring("jdbc:".length()));
    assertThat(plain.kind()).isEqualTo(DatabaseLocation.Kind.POSTGRESQL);
    try (ArticleStore other = ArticleStore.open(plain);
        ArticleStore same = ArticleStore.open(DatabaseLocation.parse(url))) {
      other.save(List.of(Fixtures.dushanbe("p1")));
      assertThat(other.articleCount()).isEqualTo(1);
      assertThat(same.article("p1")).isPresent();
    }
  }
}
