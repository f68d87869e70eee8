package dev.pamir.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions is a WHERE clause built from fixed SQL fragments and the values bound to their
 * parameters, so no value is ever part of the SQL text.
 *
 * <p>Not thread-safe: build, then use, on one thread.
 */
final class Conditions {

  /** Binds one parameter. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement, int index) throws SQLException;
  }

  private final List<String> clauses = new ArrayList<>();
  private final List<Binder> binders = new ArrayList<>();

  /** Adds {@code sql}, a condition with as many {@code ?} as {@code values}. */
  Conditions add(String sql, Binder... values) {
    long marks = sql.chars().filter(c -> c == '?').count();
    if (marks != values.length) {
      throw new IllegalArgumentException(
          values.length + " values for " + marks + " parameters in " + sql);
    }
    clauses.add(sql);
    binders.addAll(List.of(values));
    return this;
  }

  static Binder text(String value) {
    return (statement, index) -> statement.setString(index, value);
  }

  /** {@code WHERE a AND b ...}, or nothing. */
  String where() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  /** Binds every value from parameter 1 on and returns the next parameter's index. */
  int bind(PreparedStatement statement) throws SQLException {
    int index = 1;
    for (Binder binder : binders) {
      binder.bind(statement, index++);
    }
    return index;
  }
}
