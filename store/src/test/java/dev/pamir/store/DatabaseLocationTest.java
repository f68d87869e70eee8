package dev.pamir.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

  @Test
  void parse_path_isSqlite() {
    DatabaseLocation db = DatabaseLocation.parse("out/kb.db");
    assertThat(db.kind()).isEqualTo(DatabaseLocation.Kind.SQLITE);
    assertThat(db.file()).contains(Path.of("out/kb.db"));
    assertThat(db.jdbcUrl()).isEqualTo("jdbc:sqlite:out/kb.db");
    assertThat(db.display()).isEqualTo("out/kb.db");
  }

  @Test
  void parse_postgresUrls_becomeJdbcUrls() {
    assertThat(DatabaseLocation.parse("postgresql://db:5432/pamir?user=me").jdbcUrl())
        .isEqualTo("jdbc:postgresql://db:5432/pamir?user=me");
    assertThat(DatabaseLocation.parse("postgres://db/pamir").jdbcUrl())
        .isEqualTo("jdbc:postgresql://db/pamir");
    DatabaseLocation jdbc = DatabaseLocation.parse("jdbc:postgresql://db/pamir");
    assertThat(jdbc.kind()).isEqualTo(DatabaseLocation.Kind.POSTGRESQL);
    assertThat(jdbc.file()).isEmpty();
  }

  @Test
  void display_hidesPasswords() {
    assertThat(DatabaseLocation.parse("postgresql://db/pamir?user=me&password=secret").display())
        .isEqualTo("jdbc:postgresql://db/pamir?user=me&password=***")
        .doesNotContain("secret");
    assertThat(DatabaseLocation.parse("postgresql://me:secret@db/pamir").display())
        .doesNotContain("secret");
  }

  @Test
  void parse_otherDatabases_areRefusedByName() {
    assertThatThrownBy(() -> DatabaseLocation.parse("mysql://db/pamir?password=secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mysql://db/pamir")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> DatabaseLocation.parse("  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:sqlite::memory:"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
