package dev.pamir.ingest;

import dev.pamir.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids: the first 16 hex digits of the SHA-256 of the source's stable key. */
public final class ArticleIds {

  private ArticleIds() {}

  public static String of(SourceRef source) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(source.stableKey().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
