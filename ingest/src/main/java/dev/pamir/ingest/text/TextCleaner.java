package dev.pamir.ingest.text;

import dev.pamir.ingest.meta.DatelineParser;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TextCleaner turns plain text that was copied from a page into an article body: it reads the
 * header (title, byline, dateline) and the signature, and removes page debris.
 *
 * <p>Debris is found by general rules, never by site: by position (the header block before the
 * first paragraph of prose, the cluster of furniture after the last one), by line shape (calendar
 * rows, counters, lone labels), by link density (URLs, markdown links, pipe-separated link lists),
 * by family (subscribe calls, error-report prompts, comment rules, feedback widgets) and by
 * repetition (a teaser that repeats the start of another paragraph and ends in an ellipsis).
 * Paragraphs of prose in the body are kept unless a family or repetition rule says otherwise:
 * losing a paragraph is worse than keeping a line of debris.
 *
 * <p>The text it returns has paragraphs separated by one blank line, lines stripped, no carriage
 * returns, no control characters but tab and newline, and no unpaired surrogates. Immutable and
 * thread-safe.
 */
public final class TextCleaner {

  /** The header is at most this many lines before the first paragraph of prose. */
  private static final int MAX_HEADER_LINES = 15;

  /** A teaser repeats at least this share of its words from the start of another paragraph. */
  private static final double TEASER_OVERLAP = 0.7;

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern WIRE_DATELINE_PREFIX =
      Pattern.compile("^(?:\\p{Lu}[\\p{L}.'-]*[\\s,/]*){1,4}$");
  private static final Pattern WIRE_DATELINE_SUFFIX =
      Pattern.compile("^\\s*(?:\\([^)]{1,40}\\))?\\s*[—–-]");
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "^(?:published|posted|date|updated|first published)\\s*(?:on|at)?\\s*:?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** One line of the text being cleaned, in the paragraph it belongs to. */
  private static final class Line {
    final int block;
    final String text;
    boolean removed;

    Line(int block, String text) {
      this.block = block;
      this.text = text;
    }
  }

  /** What the header and signature said, gathered while cleaning one text. */
  private static final class Found {
    Optional<String> title = Optional.empty();
    List<String> authors = List.of();
    Optional<String> outlet = Optional.empty();
    Optional<String> subscribeOutlet = Optional.empty();
    Optional<PublicationDate> published = Optional.empty();

    ArticleMetadata metadata() {
      return new ArticleMetadata(title, authors, outlet.or(() -> subscribeOutlet), published);
    }
  }

  /** Cleans {@code raw}. */
  public CleanedText clean(String raw) {
    List<Line> lines = lines(normalize(raw));
    Found found = new Found();
    readHeader(lines, found);
    removeFurniture(lines, found);
    removeTeasers(lines);
    readTrailer(lines, found);
    List<String> warnings = new ArrayList<>();
    String text = render(lines, false);
    if (text.isEmpty() && !lines.isEmpty()) {
      warnings.add("every line looked like page debris; kept the text as given");
      text = render(lines, true);
    }
    return new CleanedText(text, found.metadata(), warnings);
  }

  /**
   * {@code raw} with line breaks made {@code \n}, control characters but tab and newline removed,
   * unpaired surrogates and byte order marks dropped, and other spaces (no-break, thin) made plain.
   */
  static String normalize(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
          out.append(c).append(raw.charAt(i + 1));
          i++;
        }
      } else if (Character.isLowSurrogate(c)) {
        continue;
      } else if (c == '\r') {
        out.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000b' || c == '\f') {
        out.append('\n');
      } else if (Character.getType(c) == Character.CONTROL || c == '\uFEFF') {
        continue;
      } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int block = 0;
    boolean open = false;
    for (String part : text.split("\n", -1)) {
      String line = part.strip();
      if (line.isEmpty()) {
        if (open) {
          block++;
          open = false;
        }
      } else {
        lines.add(new Line(block, line));
        open = true;
      }
    }
    return lines;
  }

  /**
   * Reads title, byline and dateline from the lines before the first paragraph of prose, and
   * removes those lines: they are the page's header, not the article.
   */
  private static void readHeader(List<Line> lines, Found found) {
    int end = -1;
    for (int i = 0; i < lines.size() && i <= MAX_HEADER_LINES; i++) {
      String text = lines.get(i).text;
      if (LineShapes.isProse(text)
          && !DebrisFamilies.anywhere(text)
          && !LineShapes.isLinkLine(text)) {
        end = i;
        break;
      }
    }
    end = keepParagraphWhole(lines, end);
    if (end <= 0) {
      readWireDateline(lines, found);
      return;
    }
    List<Line> header = lines.subList(0, end);
    for (Line line : header) {
      Matcher heading = MARKDOWN_HEADING.matcher(line.text);
      if (heading.matches() && !Signatures.bare(heading.group(1)).isEmpty()) {
        found.title = Optional.of(Signatures.bare(heading.group(1)));
        break;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      String text = header.get(i).text;
      String next = i + 1 < header.size() ? header.get(i + 1).text : "";
      Optional<DatelineParser.Found> date = DatelineParser.find(text + "\n" + next);
      if (found.published.isEmpty() && date.isPresent() && date.get().start() < text.length()) {
        found.published = Optional.of(date.get().date());
        continue;
      }
      if (date.isPresent() && date.get().start() < text.length()) {
        continue;
      }
      if (found.authors.isEmpty()) {
        List<String> byline = Signatures.byline(text);
        if (byline.isEmpty()
            && Signatures.isName(text)
            && found.title.isPresent()
            && (text.endsWith(".") || DatelineParser.find(next).isPresent())) {
          byline = List.of(Signatures.bare(text));
        }
        if (!byline.isEmpty()) {
          found.authors = byline;
          continue;
        }
      }
      if (found.title.isEmpty()
          && LineShapes.isHeadlineLike(text)
          && Signatures.byline(text).isEmpty()
          && !LineShapes.isCounter(text)) {
        found.title = Optional.of(Signatures.bare(text));
      }
    }
    for (Line line : header) {
      line.removed = true;
    }
  }

  /**
   * Where the header ends when the first prose line is at {@code end}: there, unless the lines
   * before it in the same paragraph are not header-shaped (a verse, a broken sentence), in which
   * case the whole paragraph is body.
   */
  private static int keepParagraphWhole(List<Line> lines, int end) {
    if (end <= 0) {
      return end;
    }
    int block = lines.get(end).block;
    int start = end;
    while (start > 0 && lines.get(start - 1).block == block) {
      start--;
    }
    for (int i = start; i < end; i++) {
      String text = lines.get(i).text;
      boolean headerShaped =
          LineShapes.isHeadlineLike(text)
              || LineShapes.isLabel(text)
              || LineShapes.isCounter(text)
              || Signatures.isName(text)
              || !Signatures.byline(text).isEmpty()
              || DatelineParser.find(text).isPresent()
              || MARKDOWN_HEADING.matcher(text).matches();
      if (!headerShaped) {
        return start;
      }
    }
    return end;
  }

  /** A wire dateline opening the first paragraph: "MOSCOW, May 19, 2021 (Reuters) - ...". */
  private static void readWireDateline(List<Line> lines, Found found) {
    if (lines.isEmpty()) {
      return;
    }
    String first = lines.get(0).text;
    String opening = first.substring(0, Math.min(first.length(), 120));
    DatelineParser.find(opening)
        .filter(d -> WIRE_DATELINE_PREFIX.matcher(opening.substring(0, d.start())).matches())
        .filter(d -> WIRE_DATELINE_SUFFIX.matcher(opening.substring(d.end())).find())
        .ifPresent(d -> found.published = Optional.of(d.date()));
  }

  /**
   * Removes lines that are furniture wherever they stand, noting the outlet a subscribe call names.
   */
  private static void removeFurniture(List<Line> lines, Found found) {
    for (Line line : lines) {
      if (found.subscribeOutlet.isEmpty()) {
        found.subscribeOutlet = DebrisFamilies.subscribeOutlet(line.text);
      }
      if (line.removed) {
        continue;
      }
      String text = line.text;
      if (DebrisFamilies.anywhere(text)
          || LineShapes.isLinkLine(text)
          || LineShapes.isPipeList(text)
          || LineShapes.isCounter(text)
          || LineShapes.isDebrisLabel(text)) {
        line.removed = true;
      }
    }
    int i = 0;
    while (i < lines.size()) {
      int block = lines.get(i).block;
      int j = i;
      int calendarRows = 0;
      while (j < lines.size() && lines.get(j).block == block) {
        if (LineShapes.isCalendarRow(lines.get(j).text)) {
          calendarRows++;
        }
        j++;
      }
      if (calendarRows >= 2) {
        for (int k = i; k < j; k++) {
          if (LineShapes.isCalendarRow(lines.get(k).text)) {
            lines.get(k).removed = true;
          }
        }
      }
      i = j;
    }
  }

  /**
   * Removes teasers: a one-line paragraph ending in an ellipsis whose words mostly repeat the start
   * of another paragraph ("Last Monday it became known that ... the leadership...").
   */
  private static void removeTeasers(List<Line> lines) {
    List<List<Line>> blocks = blocks(lines);
    for (List<Line> candidate : blocks) {
      if (candidate.size() != 1) {
        continue;
      }
      String text = candidate.get(0).text;
      if (!(text.endsWith("...") || text.endsWith("…")) || text.length() > 500) {
        continue;
      }
      List<String> teaser = words(text, Integer.MAX_VALUE);
      if (teaser.size() < 5) {
        continue;
      }
      for (List<Line> other : blocks) {
        if (other == candidate) {
          continue;
        }
        String otherText = joined(other);
        List<String> start = words(otherText, teaser.size() * 2 + 5);
        if (start.size() <= teaser.size()) {
          continue;
        }
        Set<String> window = new HashSet<>(start);
        long shared = teaser.stream().filter(window::contains).count();
        if (shared >= TEASER_OVERLAP * teaser.size()) {
          candidate.get(0).removed = true;
          break;
        }
      }
    }
  }

  /**
   * Removes the cluster of furniture after the article's last paragraph, reading the signature
   * (author, outlet) it holds.
   */
  private static void readTrailer(List<Line> lines, Found found) {
    List<List<Line>> blocks = blocks(lines);
    List<Line> trailer = new ArrayList<>();
    int keptBlocks =
        (int) blocks.stream().filter(b -> b.stream().anyMatch(l -> !l.removed)).count();
    for (int b = blocks.size() - 1; b >= 0 && keptBlocks > 1; b--) {
      List<Line> block = blocks.get(b);
      List<Line> kept = block.stream().filter(l -> !l.removed).toList();
      if (kept.isEmpty()) {
        trailer.addAll(0, block);
        continue;
      }
      if (!kept.stream().allMatch(l -> isTrailingDebris(l.text))) {
        break;
      }
      kept.forEach(l -> l.removed = true);
      trailer.addAll(0, block);
      keptBlocks--;
    }
    Optional<String> organization = Optional.empty();
    for (Line line : trailer) {
      Optional<Signatures.Signature> signature = Signatures.writtenFor(line.text);
      if (signature.isPresent()) {
        if (found.outlet.isEmpty()) {
          found.outlet = signature.get().outlet();
        }
        if (found.authors.isEmpty()) {
          found.authors = signature.get().authors();
        }
        continue;
      }
      if (found.authors.isEmpty()) {
        found.authors = Signatures.byline(line.text);
      }
      if (organization.isEmpty() && Signatures.isOrganizationLine(line.text)) {
        organization = Signatures.outletName(line.text);
      }
      if (found.published.isEmpty() && PUBLISHED_LABEL.matcher(line.text).find()) {
        found.published = DatelineParser.parse(line.text);
      }
    }
    if (found.outlet.isEmpty()) {
      found.outlet = organization;
    }
  }

  private static boolean isTrailingDebris(String text) {
    if (text.length() > LineShapes.MAX_SHAPED_LINE) {
      return false;
    }
    int words = LineShapes.words(text);
    return DebrisFamilies.trailing(text)
        || LineShapes.isLinkLine(text)
        || LineShapes.isPipeList(text)
        || LineShapes.isCalendarRow(text)
        || LineShapes.isLabel(text)
        || (LineShapes.isBulleted(text) && words <= 10)
        || (!LineShapes.endsSentence(text) && !LineShapes.isProse(text) && words <= 12)
        || Signatures.isOrganizationLine(text);
  }

  private static List<List<Line>> blocks(List<Line> lines) {
    List<List<Line>> blocks = new ArrayList<>();
    int current = -1;
    for (Line line : lines) {
      if (line.block != current) {
        blocks.add(new ArrayList<>());
        current = line.block;
      }
      blocks.get(blocks.size() - 1).add(line);
    }
    return blocks;
  }

  private static String joined(List<Line> block) {
    StringBuilder s = new StringBuilder();
    for (Line line : block) {
      if (!line.removed) {
        s.append(line.text).append('\n');
      }
    }
    return s.toString();
  }

  private static List<String> words(String text, int max) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (words.size() < max && m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static String render(List<Line> lines, boolean everything) {
    StringBuilder out = new StringBuilder();
    int block = -1;
    for (Line line : lines) {
      if (line.removed && !everything) {
        continue;
      }
      if (out.length() > 0) {
        out.append(line.block == block ? "\n" : "\n\n");
      }
      out.append(line.text);
      block = line.block;
    }
    return out.toString();
  }
}
