package dev.pamir.testkit;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import java.util.ArrayList;
import java.util.List;

/**
 * The invariants every article must keep, whatever the input: checked on the output of every stage
 * and reader in tests, on hand-written and on random inputs.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleInvariants {

  private ArticleInvariants() {}

  /**
   * Returns every broken invariant of {@code article}, empty when it is sound.
   *
   * <p>Checked: the id is non-blank; the text has no NUL or unpaired surrogate, no carriage return
   * and no run of three newlines; text and metadata have no leading or trailing space; the text
   * layer is present.
   */
  public static List<String> violations(Article article) {
    List<String> broken = new ArrayList<>();
    String text = article.text();
    if (!article.layers().contains(Layer.TEXT)) {
      broken.add("no TEXT layer");
    }
    if (!text.equals(text.strip())) {
      broken.add("text has leading or trailing white space");
    }
    if (text.indexOf('\0') >= 0) {
      broken.add("text contains NUL");
    }
    if (text.indexOf('\r') >= 0) {
      broken.add("text contains a carriage return");
    }
    if (text.contains("\n\n\n")) {
      broken.add("text has more than one blank line between paragraphs");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          broken.add("unpaired high surrogate at " + i);
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        broken.add("unpaired low surrogate at " + i);
      }
    }
    article
        .metadata()
        .title()
        .filter(t -> !t.equals(t.strip()) || t.contains("\n"))
        .ifPresent(t -> broken.add("title is not one trimmed line: '" + t + "'"));
    for (String author : article.metadata().authors()) {
      if (!author.equals(author.strip()) || author.contains("\n")) {
        broken.add("author is not one trimmed line: '" + author + "'");
      }
    }
    return broken;
  }

  /** Throws an AssertionError listing every broken invariant. */
  public static void check(Article article) {
    List<String> broken = violations(article);
    if (!broken.isEmpty()) {
      throw new AssertionError("article " + article.id() + " breaks its invariants: " + broken);
    }
  }
}
