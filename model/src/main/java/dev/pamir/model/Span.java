package dev.pamir.model;

/**
 * A Span is a half-open range {@code [start, end)} of UTF-16 code units in an article's text.
 *
 * <p>Offsets count Java {@code char}s, as JavaScript indexes strings, so a character outside the
 * Basic Multilingual Plane takes two.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start is negative: " + start);
    }
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " is after end " + end);
    }
  }

  public int length() {
    return end - start;
  }

  /** Whether this span lies inside a text of the given length. */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  /** The covered characters of {@code text}. */
  public String of(String text) {
    if (!fitsIn(text.length())) {
      throw new IllegalArgumentException(
          "span " + this + " does not fit a text of length " + text.length());
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
