package dev.pamir.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * PageBlocks are a page read as a sequence of text blocks, in document order, with the extent of
 * every element that holds text: which blocks it spans and how much of its text is link text.
 *
 * <p>Built in one iterative pass over the page, so deep nesting cannot overflow the stack; the page
 * is only read. Immutable once built.
 *
 * @param blocks the text blocks in document order
 * @param extents the extent of each element that holds at least one character of text
 */
record PageBlocks(List<TextBlock> blocks, Map<Element, Extent> extents) {

  /** Elements that start and end a block of text. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "legend",
          "br",
          "dialog",
          "option",
          "picture",
          "img",
          "iframe");

  /** Share of a page's paragraph text above which a region named like furniture is kept. */
  private static final double PROTECTED_SHARE = 0.5;

  /**
   * An Extent is where an element's text lies among the page's blocks.
   *
   * @param firstBlock index of its first block
   * @param endBlock index after its last block
   * @param textChars characters of text in it
   * @param linkChars characters of link text in it
   */
  record Extent(int firstBlock, int endBlock, int textChars, int linkChars) {

    /** The share of the text that is link text, between 0 and 1. */
    double linkDensity() {
      return textChars == 0 ? 0 : Math.min(1.0, (double) linkChars / textChars);
    }
  }

  PageBlocks {
    blocks = List.copyOf(blocks);
  }

  /** Reads {@code root}'s text blocks, leaving out what {@code signals} say never holds text. */
  static PageBlocks read(Element root, BoilerplateSignals signals) {
    Reader reader = new Reader(root, signals);
    reader.traverse(root);
    reader.flush();
    return reader.finish();
  }

  /** The traversal's state; one per read, never shared. */
  private static final class Reader implements NodeFilter {

    private final Element root;
    private final BoilerplateSignals signals;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Map<Element, Extent> extents = new IdentityHashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<Element> openBlocks = new ArrayDeque<>();
    private final List<Frame> furniture = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int blockLinkChars;
    private int linkDepth;
    private int quoteDepth;
    private boolean pendingSpace;

    Reader(Element root, BoilerplateSignals signals) {
      this.root = root;
      this.signals = signals;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.CONTINUE;
      }
      if (element != root && signals.isNeverText(element)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      String tag = element.normalName();
      boolean block = isBlock(element, tag);
      if (block) {
        flush();
        openBlocks.push(element);
      }
      if (tag.equals("a")) {
        linkDepth++;
      } else if (tag.equals("blockquote")) {
        quoteDepth++;
      }
      Frame frame = new Frame(element, blocks.size(), block, signals.grade(element));
      frames.push(frame);
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element element) || frames.isEmpty()) {
        return FilterResult.CONTINUE;
      }
      Frame frame = frames.pop();
      if (frame.block) {
        flush();
        openBlocks.pop();
      }
      if (element.normalName().equals("a")) {
        linkDepth--;
      } else if (element.normalName().equals("blockquote")) {
        quoteDepth--;
      }
      if (frame.textChars > 0) {
        extents.put(
            element, new Extent(frame.firstBlock, blocks.size(), frame.textChars, frame.linkChars));
        frame.endBlock = blocks.size();
        if (frame.grade == BoilerplateSignals.Grade.STRONG_FURNITURE
            || frame.grade == BoilerplateSignals.Grade.WEAK_FURNITURE) {
          furniture.add(frame);
        }
      }
      Frame parent = frames.peek();
      if (parent != null) {
        parent.textChars += frame.textChars;
        parent.linkChars += frame.linkChars;
      }
      return FilterResult.CONTINUE;
    }

    private static boolean isBlock(Element element, String tag) {
      return BLOCK_TAGS.contains(tag) || !element.tag().isKnownTag();
    }

    private void append(String raw) {
      Frame frame = frames.peek();
      int added = 0;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
          pendingSpace = true;
          continue;
        }
        if (pendingSpace && text.length() > 0) {
          text.append(' ');
          added++;
        }
        pendingSpace = false;
        if (Character.isISOControl(c)) {
          continue;
        }
        text.append(c);
        added++;
      }
      if (added > 0 && frame != null) {
        frame.textChars += added;
        if (linkDepth > 0) {
          frame.linkChars += added;
          blockLinkChars += added;
        }
      }
    }

    void flush() {
      pendingSpace = false;
      if (text.length() == 0) {
        blockLinkChars = 0;
        return;
      }
      Element owner = openBlocks.isEmpty() ? root : openBlocks.peek();
      blocks.add(
          new TextBlock(
              text.toString(),
              blockLinkChars,
              owner,
              kindOf(owner.normalName()),
              quoteDepth > 0,
              false));
      text.setLength(0);
      blockLinkChars = 0;
    }

    PageBlocks finish() {
      int[] paragraphCharsBefore = new int[blocks.size() + 1];
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock block = blocks.get(i);
        boolean paragraph = block.kind() == TextBlock.Kind.PARAGRAPH && block.linkDensity() < 0.5;
        paragraphCharsBefore[i + 1] =
            paragraphCharsBefore[i] + (paragraph ? block.text().length() : 0);
      }
      int paragraphChars = paragraphCharsBefore[blocks.size()];
      int[] marks = new int[blocks.size() + 1];
      for (Frame frame : furniture) {
        int inside = paragraphCharsBefore[frame.endBlock] - paragraphCharsBefore[frame.firstBlock];
        if (paragraphChars > 0 && inside > PROTECTED_SHARE * paragraphChars) {
          continue;
        }
        marks[frame.firstBlock]++;
        marks[frame.endBlock]--;
      }
      List<TextBlock> marked = new ArrayList<>(blocks.size());
      int open = 0;
      for (int i = 0; i < blocks.size(); i++) {
        open += marks[i];
        marked.add(open > 0 ? blocks.get(i).asBoilerplate() : blocks.get(i));
      }
      return new PageBlocks(marked, extents);
    }

    private static TextBlock.Kind kindOf(String tag) {
      return switch (tag) {
        case "p" -> TextBlock.Kind.PARAGRAPH;
        case "h1" -> TextBlock.Kind.TITLE;
        case "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
        case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
        case "blockquote" -> TextBlock.Kind.QUOTE;
        case "pre" -> TextBlock.Kind.PREFORMATTED;
        case "td", "th" -> TextBlock.Kind.CELL;
        default -> TextBlock.Kind.OTHER;
      };
    }
  }

  /** One open element during the traversal. */
  private static final class Frame {
    final Element element;
    final int firstBlock;
    final boolean block;
    final BoilerplateSignals.Grade grade;
    int endBlock;
    int textChars;
    int linkChars;

    Frame(Element element, int firstBlock, boolean block, BoilerplateSignals.Grade grade) {
      this.element = element;
      this.firstBlock = firstBlock;
      this.block = block;
      this.grade = grade;
    }
  }
}
