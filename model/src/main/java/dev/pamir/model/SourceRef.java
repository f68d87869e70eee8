package dev.pamir.model;

import java.util.Optional;

/**
 * Where an article came from: a file (with a record id for JSON Lines), a URL, or both.
 *
 * <p>{@code file} is the name of the file as the user gave it or as found under a folder they gave,
 * relative to that folder; never an absolute path of the machine that ran the analysis.
 */
public record SourceRef(Optional<String> file, Optional<String> recordId, Optional<String> url) {

  public SourceRef {
    java.util.Objects.requireNonNull(file, "file is null");
    java.util.Objects.requireNonNull(recordId, "recordId is null");
    java.util.Objects.requireNonNull(url, "url is null");
    if (file.isEmpty() && url.isEmpty()) {
      throw new IllegalArgumentException("a source needs a file or a url");
    }
    if (recordId.isPresent() && file.isEmpty()) {
      throw new IllegalArgumentException("a record id needs the file that holds it");
    }
  }

  public static SourceRef ofFile(String file) {
    return new SourceRef(Optional.of(file), Optional.empty(), Optional.empty());
  }

  public static SourceRef ofRecord(String file, String recordId) {
    return new SourceRef(Optional.of(file), Optional.of(recordId), Optional.empty());
  }

  public static SourceRef ofUrl(String url) {
    return new SourceRef(Optional.empty(), Optional.empty(), Optional.of(url));
  }

  public SourceRef withUrl(String newUrl) {
    return new SourceRef(file, recordId, Optional.of(newUrl));
  }

  /** A key that names the source the same way on every run, used for stable article ids. */
  public String stableKey() {
    StringBuilder key = new StringBuilder();
    file.ifPresent(f -> key.append("file:").append(f));
    recordId.ifPresent(id -> key.append('#').append(id));
    if (file.isEmpty()) {
      url.ifPresent(u -> key.append("url:").append(u));
    }
    return key.toString();
  }

  /** A short human name for messages: the URL, the file, or file#record. */
  public String displayName() {
    if (file.isPresent()) {
      return file.get() + recordId.map(id -> "#" + id).orElse("");
    }
    return url.orElseThrow();
  }
}
