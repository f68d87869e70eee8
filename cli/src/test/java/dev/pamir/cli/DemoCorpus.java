package dev.pamir.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The demo corpus of the shared folder beside the checkout, when it is there. */
final class DemoCorpus {

  private DemoCorpus() {}

  /** The seeds folder, looked for in this folder and each folder above it. */
  static Optional<Path> seeds() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/corpus/seeds"))) {
        return Optional.of(p.resolve("shared/corpus/seeds"));
      }
    }
    return Optional.empty();
  }
}
