package dev.pamir.ingest.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HtmlArticleExtractor finds the article body of a page and returns it as plain text, with
 * paragraphs separated by blank lines.
 *
 * <p>Immutable and thread-safe. It does not modify the document it reads.
 */
public final class HtmlArticleExtractor {

  /** The article text of {@code page}, empty when the page has none. */
  public String extract(Document page) {
    StringBuilder out = new StringBuilder();
    for (Element p : page.select("p, h1, h2, h3, li, blockquote")) {
      String text = p.text().strip();
      if (!text.isEmpty() && p.parents().stream().noneMatch(e -> e.normalName().equals("p"))) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(text);
      }
    }
    return out.toString();
  }
}
