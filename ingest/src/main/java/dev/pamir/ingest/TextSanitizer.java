package dev.pamir.ingest;

import dev.pamir.model.ArticleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The TextSanitizer gives cleaned text its final shape, whatever the extractor left: line breaks
 * are {@code \n}, paragraphs are separated by one blank line, lines carry no trailing space,
 * control characters other than tab and newline are gone, and an unpaired surrogate becomes U+FFFD
 * so offsets and JSON stay sound. Metadata strings become single trimmed lines.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextSanitizer {

  private static final char REPLACEMENT = '\uFFFD';

  private TextSanitizer() {}

  /** The sanitised form of {@code text}; empty when nothing printable is left. */
  public static String text(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          continue;
        }
        clean.append('\n');
      } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
        clean.append('\n');
      } else if (c == '\f' || c == '\u000B') {
        clean.append(' ');
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          clean.append(c).append(text.charAt(++i));
        } else {
          clean.append(REPLACEMENT);
        }
      } else if (Character.isLowSurrogate(c)) {
        clean.append(REPLACEMENT);
      } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
        clean.append(c);
      }
    }
    StringBuilder out = new StringBuilder(clean.length());
    boolean blankPending = false;
    for (String line : clean.toString().split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        blankPending = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankPending ? "\n\n" : "\n");
      }
      out.append(stripped);
      blankPending = false;
    }
    return out.toString();
  }

  /**
   * {@code text} with every unpaired surrogate replaced by U+FFFD and nothing else changed, so
   * offsets into it stay valid; {@code text} itself when it has none. A JSON string may escape a
   * lone surrogate ({@code "\\ud800"}), which no UTF-8 writer can encode.
   */
  public static String wellFormed(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        if (out != null) {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(REPLACEMENT);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code value} as one trimmed line, or empty when blank. */
  public static Optional<String> line(String value) {
    String line = text(value).replaceAll("\\s+", " ").strip();
    return line.isEmpty() ? Optional.empty() : Optional.of(line);
  }

  /** Metadata with every string made one trimmed line and blank values dropped. */
  public static ArticleMetadata metadata(ArticleMetadata metadata) {
    List<String> authors = new ArrayList<>();
    for (String author : metadata.authors()) {
      line(author).filter(a -> !authors.contains(a)).ifPresent(authors::add);
    }
    return new ArticleMetadata(
        metadata.title().flatMap(TextSanitizer::line),
        authors,
        metadata.outlet().flatMap(TextSanitizer::line),
        metadata.published());
  }
}
