package dev.pamir.store;

import dev.pamir.model.EntityType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * EntityKeys names knowledge-base entities: the entities of all articles that share a type and a
 * name, folded, are one knowledge-base entity. The key is readable and the same on every run:
 * {@code person:sergei-shoigu}.
 */
final class EntityKeys {

  private EntityKeys() {}

  static String key(EntityType type, String name) {
    String slug = slug(name);
    if (slug.isEmpty()) {
      slug = "h" + hash(name.strip().toLowerCase(Locale.ROOT));
    }
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + slug;
  }

  /** A name folded for matching: lower case, without diacritics, whitespace collapsed. */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String slug(String name) {
    return fold(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
