package dev.pamir.nlp.quote;

import dev.pamir.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The QuoteMarkScanner pairs quotation marks in a text, paragraph by paragraph: straight {@code
 * "..."}, curly {@code “...”}, guillemets {@code «...»} and single curly {@code ‘...’} where the
 * closing mark cannot be an apostrophe. A mark still open at the end of a paragraph gives an
 * unclosed segment that ends there.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarkScanner {

  private QuoteMarkScanner() {}

  /** The quoted segments of {@code text} in text order; they never overlap. */
  static List<QuotedSegment> scan(String text) {
    List<QuotedSegment> segments = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart <= text.length()) {
      int newline = text.indexOf('\n', paragraphStart);
      int paragraphEnd = newline < 0 ? text.length() : newline;
      scanParagraph(text, paragraphStart, paragraphEnd, segments);
      if (newline < 0) {
        break;
      }
      paragraphStart = newline + 1;
    }
    return segments;
  }

  private static void scanParagraph(String text, int from, int to, List<QuotedSegment> out) {
    int open = -1;
    char closer = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || c == '„' || c == '«' || c == '"') {
          open = i;
          closer = c == '«' ? '»' : c == '"' ? '"' : '”';
        } else if (c == '”' && startsWord(text, i, to)) {
          open = i; // some texts open with the closing curly mark
          closer = '”';
        } else if (c == '‘' && startsWord(text, i, to)) {
          open = i;
          closer = '’';
        }
      } else if (c == closer || (closer == '”' && c == '"' && !startsWord(text, i, to))) {
        if (closer == '’' && !singleCloses(text, i, to)) {
          continue;
        }
        add(text, open, i, i, out);
        open = -1;
      }
    }
    if (open >= 0 && closer != '’') {
      add(text, open, to, -1, out);
    }
  }

  /** Whether the mark at {@code i} stands before a word rather than after one. */
  private static boolean startsWord(String text, int i, int to) {
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
    boolean wordAfter = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
    return spaceBefore && wordAfter;
  }

  /** A single closing mark is an apostrophe unless punctuation or the end of a word is near. */
  private static boolean singleCloses(String text, int i, int to) {
    char before = text.charAt(i - 1);
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    if (Character.isLetter(after)) {
      return false; // don’t, it’s
    }
    return ".,!?".indexOf(before) >= 0 || ".,;:!?".indexOf(after) >= 0;
  }

  private static void add(String text, int open, int end, int close, List<QuotedSegment> out) {
    int s = open + 1;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (s < e) {
      out.add(new QuotedSegment(new Span(s, e), open, close, words(text, s, e)));
    }
  }

  static int words(String text, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
