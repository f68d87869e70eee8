package dev.pamir.cli;

import dev.pamir.app.Composition;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.StoreException;
import java.util.Optional;
import picocli.CommandLine;

/** Opening the knowledge base a command's {@code --db} names, with the command line's errors. */
final class KnowledgeBases {

  /** What {@code --db} says in every command's help. */
  static final String DESCRIPTION =
      "The knowledge base: a SQLite file, or postgresql://host:port/db?user=...";

  private KnowledgeBases() {}

  /**
   * The store {@code db} names; empty, with the reason on stderr, when it cannot be opened.
   *
   * @throws CommandLine.ParameterException when {@code db} names no database at all
   */
  static Optional<ArticleStore> open(CommandLine cli, String db) {
    try {
      return Optional.of(Composition.store(db));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, "--db: " + e.getMessage());
    } catch (StoreException e) {
      cli.getErr().println("pamir: " + e.getMessage());
      return Optional.empty();
    }
  }
}
