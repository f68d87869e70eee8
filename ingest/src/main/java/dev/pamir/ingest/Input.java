package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.ArticleMetadata;
import java.net.URI;
import java.nio.file.Path;

/** An Input is one thing to read: a file or a URL. */
public sealed interface Input {

  /** How the input is named to the user and in {@code source}. */
  String name();

  /**
   * A file.
   *
   * @param name the path as the user gave it, or relative to the folder they gave with that
   *     folder's name in front
   */
  record File(Path path, String name) implements Input {
    public File {
      requireNonNull(path, "path is null");
      requireNonNull(name, "name is null");
    }
  }

  /** A URL; {@code hints} come from the feed that listed it, if any. */
  record Url(URI uri, ArticleMetadata hints) implements Input {
    public Url {
      requireNonNull(uri, "uri is null");
      requireNonNull(hints, "hints is null");
    }

    @Override
    public String name() {
      return uri.toString();
    }
  }
}
