package dev.pamir.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A TextBlock is one run of text on a page between two block boundaries (a paragraph, a heading, a
 * list item, or text split by {@code <br>}), with the element that holds it.
 *
 * <p>Immutable once built; the element is only read.
 *
 * @param text the text, white space collapsed, never blank
 * @param linkChars how many of its characters are inside links
 * @param owner the innermost block element that holds the text
 * @param kind what sort of block the owner is
 * @param quoted whether the text sits inside a {@code <blockquote>}
 * @param boilerplate whether the text sits inside an element marked as page furniture
 */
record TextBlock(
    String text, int linkChars, Element owner, Kind kind, boolean quoted, boolean boilerplate) {

  /** What sort of block a text block is. */
  enum Kind {
    PARAGRAPH,
    TITLE,
    HEADING,
    LIST_ITEM,
    QUOTE,
    PREFORMATTED,
    CELL,
    OTHER
  }

  /** The share of the text that is link text, between 0 and 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** A copy of this block marked as page furniture. */
  TextBlock asBoilerplate() {
    return new TextBlock(text, linkChars, owner, kind, quoted, true);
  }
}
