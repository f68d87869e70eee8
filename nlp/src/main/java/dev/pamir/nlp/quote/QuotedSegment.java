package dev.pamir.nlp.quote;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Span;

/**
 * A QuotedSegment is the words between one pair of quotation marks, within one paragraph.
 *
 * @param content the quoted words, trimmed of white space and of a trailing comma; never the marks
 * @param openMark the offset of the opening mark
 * @param closeMark the offset of the closing mark, or {@code -1} when the paragraph ended first
 *     (the news convention for a quote that carries on into the next paragraph)
 * @param words how many words the content has
 */
record QuotedSegment(Span content, int openMark, int closeMark, int words) {

  QuotedSegment {
    requireNonNull(content, "content is null");
    if (openMark >= content.start() && content.length() > 0) {
      throw new IllegalArgumentException("opening mark " + openMark + " is inside " + content);
    }
  }

  boolean closed() {
    return closeMark >= 0;
  }

  /** The offset just after the closing mark, or the end of the content when unclosed. */
  int after() {
    return closed() ? closeMark + 1 : content.end();
  }
}
