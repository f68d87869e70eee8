package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A DatabaseLocation says which database holds the knowledge base, as {@code --db} gives it: a file
 * path for SQLite (created when missing), or a PostgreSQL URL ({@code
 * postgresql://host:port/db?user=...} or {@code jdbc:postgresql://...}).
 *
 * @param jdbcUrl the URL the driver is given; it may hold a password, so show {@link #display()}
 * @param file the SQLite file, for SQLite
 */
public record DatabaseLocation(Kind kind, String jdbcUrl, Optional<Path> file) {

  /** Which database engine. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  public DatabaseLocation {
    requireNonNull(kind, "kind is null");
    requireNonNull(jdbcUrl, "jdbcUrl is null");
    requireNonNull(file, "file is null");
  }

  /**
   * Reads a {@code --db} value.
   *
   * @throws IllegalArgumentException when it names neither a file nor a PostgreSQL database
   */
  public static DatabaseLocation parse(String value) {
    requireNonNull(value, "value is null");
    String trimmed = value.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(
          "the database is empty: give a file or a postgresql:// URL");
    }
    if (lower.startsWith("jdbc:postgresql://")) {
      return new DatabaseLocation(Kind.POSTGRESQL, trimmed, Optional.empty());
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      String rest = trimmed.substring(trimmed.indexOf("://") + 3);
      return new DatabaseLocation(Kind.POSTGRESQL, "jdbc:postgresql://" + rest, Optional.empty());
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      String path = trimmed.substring("jdbc:sqlite:".length());
      return sqlite(path, value);
    }
    if (lower.contains("://") || lower.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "not a database Pamir can use: "
              + display(trimmed)
              + " (give a SQLite file path or a postgresql://host:port/db URL)");
    }
    return sqlite(trimmed, value);
  }

  /** A SQLite database in {@code file}. */
  public static DatabaseLocation sqlite(Path file) {
    return new DatabaseLocation(Kind.SQLITE, "jdbc:sqlite:" + file, Optional.of(file));
  }

  private static DatabaseLocation sqlite(String path, String original) {
    if (path.isEmpty() || path.startsWith(":memory:") || path.contains("?")) {
      throw new IllegalArgumentException(
          "not a database file: " + original + " (give a plain file path)");
    }
    return sqlite(Path.of(path));
  }

  /** The location for messages: the SQLite file, or the URL with any password hidden. */
  public String display() {
    return file.map(Path::toString).orElseGet(() -> display(jdbcUrl));
  }

  private static String display(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
  }
}
