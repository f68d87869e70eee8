package dev.pamir.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HtmlArticleExtractor finds the article body of a page and returns it as plain text, with
 * paragraphs separated by blank lines.
 *
 * <p>It reads the page as text blocks, drops what page conventions mark as furniture (navigation,
 * sidebars, comments, related links, share bars, banners, captions), scores each element by the
 * paragraphs under it (their length and punctuation, less their link text), takes the best element
 * with the siblings that continue it, and writes out its paragraphs, headings and list items. Time
 * is linear in the size of the page, and no step recurses over the tree.
 *
 * <p>Immutable and thread-safe. It does not modify the document it reads.
 */
public final class HtmlArticleExtractor {

  /** Paragraphs shorter than this do not vote for the element that holds them. */
  private static final int MIN_SCORED_LENGTH = 25;

  /** How many ancestors of a paragraph share its score. */
  private static final int SCORED_LEVELS = 5;

  /** How far up the tree the extractor looks for an element that holds several good candidates. */
  private static final int MAX_ANCESTOR_STEPS = 32;

  private final BoilerplateSignals signals = new BoilerplateSignals();

  /** Creates an extractor. */
  public HtmlArticleExtractor() {}

  /**
   * The article text of {@code page}: paragraphs separated by one blank line, no leading or
   * trailing white space, empty when the page has none.
   */
  public String extract(Document page) {
    PageBlocks blocks = PageBlocks.read(page, signals);
    if (blocks.blocks().isEmpty()) {
      return "";
    }
    Map<Element, Double> scores = score(blocks);
    List<TextBlock> chosen = new ArrayList<>();
    if (!scores.isEmpty()) {
      for (Element element : select(scores, blocks)) {
        PageBlocks.Extent extent = blocks.extents().get(element);
        if (extent != null) {
          for (int i = extent.firstBlock(); i < extent.endBlock(); i++) {
            TextBlock block = blocks.blocks().get(i);
            if (isContent(block)) {
              chosen.add(block);
            }
          }
        }
      }
    }
    if (chosen.isEmpty()) {
      // No paragraph long enough to vote: a short page, keep whatever text is not furniture.
      for (TextBlock block : blocks.blocks()) {
        if (isContent(block)) {
          chosen.add(block);
        }
      }
    }
    return render(dropLeadingTitle(chosen, titles(page)));
  }

  /** The page's own names for its headline: its title element and Open Graph title. */
  private static List<String> titles(Document page) {
    List<String> titles = new ArrayList<>();
    Element title = page.selectFirst("title");
    if (title != null) {
      titles.add(title.text());
    }
    Element openGraph = page.selectFirst("meta[property=og:title]");
    if (openGraph != null) {
      titles.add(openGraph.attr("content"));
    }
    return titles;
  }

  /** Drops blocks at the start that repeat the headline, which is metadata, not body text. */
  private static List<TextBlock> dropLeadingTitle(List<TextBlock> blocks, List<String> titles) {
    int start = 0;
    while (start < blocks.size() && start < 3 && repeatsTitle(blocks.get(start).text(), titles)) {
      start++;
    }
    return blocks.subList(start, blocks.size());
  }

  private static boolean repeatsTitle(String text, List<String> titles) {
    String headline = text.strip();
    if (headline.length() < 10) {
      return false;
    }
    for (String title : titles) {
      if (title.contains(headline)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContent(TextBlock block) {
    // A quotation keeps its links: an embedded post ends with a linked attribution line.
    return !block.boilerplate()
        && block.kind() != TextBlock.Kind.TITLE
        && (block.quoted() || block.linkDensity() <= 0.5);
  }

  /** Scores every element that holds paragraphs, as Readability does. */
  private Map<Element, Double> score(PageBlocks page) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (TextBlock block : page.blocks()) {
      if (block.boilerplate() || !isScored(block) || block.linkDensity() > 0.5) {
        continue;
      }
      String text = block.text();
      if (text.length() < MIN_SCORED_LENGTH) {
        continue;
      }
      double points = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element owner = block.owner();
      PageBlocks.Extent ownerExtent = page.extents().get(owner);
      Element holder =
          block.kind() == TextBlock.Kind.OTHER
                  && ownerExtent != null
                  && ownerExtent.textChars() > text.length() + 1
              ? owner
              : owner.parent();
      for (int level = 0; holder != null && level < SCORED_LEVELS; level++) {
        if (holder instanceof Document) {
          break;
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        Element key = holder;
        double initial = scores.containsKey(key) ? 0 : initialScore(key);
        scores.merge(key, initial + points / divider, Double::sum);
        holder = holder.parent();
      }
    }
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      PageBlocks.Extent extent = page.extents().get(entry.getKey());
      double linkDensity = extent == null ? 0 : extent.linkDensity();
      entry.setValue(entry.getValue() * (1 - linkDensity));
    }
    return scores;
  }

  private static boolean isScored(TextBlock block) {
    return switch (block.kind()) {
      case PARAGRAPH, PREFORMATTED, CELL, OTHER, QUOTE -> true;
      case LIST_ITEM -> block.text().length() >= 100;
      case TITLE, HEADING -> false;
    };
  }

  private double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    score +=
        switch (signals.grade(element)) {
          case CONTENT -> 25;
          case STRONG_FURNITURE, WEAK_FURNITURE -> -25;
          case NEUTRAL -> 0;
        };
    if (signals.isArticleBody(element)) {
      score += 25;
    }
    return score;
  }

  /** The best-scored element and the siblings that continue it, in document order. */
  private static List<Element> select(Map<Element, Double> scores, PageBlocks page) {
    List<Element> ranked = new ArrayList<>(scores.keySet());
    ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
    Element top = ranked.get(0);
    double topScore = scores.get(top);

    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), 5); i++) {
      if (scores.get(ranked.get(i)) >= 0.75 * topScore) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() >= 3) {
      int level = 0;
      for (Element ancestor = top.parent();
          ancestor != null && !(ancestor instanceof Document) && level < MAX_ANCESTOR_STEPS;
          ancestor = ancestor.parent(), level++) {
        int containing = 0;
        for (Element alternative : alternatives) {
          if (isAncestor(ancestor, alternative)) {
            containing++;
          }
        }
        if (containing >= 3) {
          top = ancestor;
          break;
        }
      }
    }
    scores.putIfAbsent(top, 0.0);

    double lastScore = scores.get(top);
    double threshold = lastScore / 3;
    for (Element parent = top.parent();
        parent != null && !(parent instanceof Document) && !parent.normalName().equals("body");
        parent = parent.parent()) {
      Double parentScore = scores.get(parent);
      if (parentScore == null) {
        continue;
      }
      if (parentScore < threshold) {
        break;
      }
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
    while (top.parent() != null
        && !(top.parent() instanceof Document)
        && !top.parent().normalName().equals("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }

    List<Element> chosen = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null || parent instanceof Document) {
      chosen.add(top);
      return chosen;
    }
    double best = scores.getOrDefault(top, 0.0);
    double siblingThreshold = Math.max(10, best * 0.2);
    String topClass = top.className();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      PageBlocks.Extent extent = page.extents().get(sibling);
      if (extent == null) {
        continue;
      }
      double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? best * 0.2 : 0;
      Double siblingScore = scores.get(sibling);
      if (siblingScore != null && siblingScore + bonus >= siblingThreshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        double linkDensity = extent.linkDensity();
        String text = sibling.text();
        if (text.length() > 80 && linkDensity < 0.25) {
          chosen.add(sibling);
        } else if (text.length() <= 80 && linkDensity == 0 && text.matches("(?s).*\\.( |$).*")) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  private static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        count++;
      }
    }
    return count;
  }

  /** Joins blocks into paragraphs, dropping headings that no text follows. */
  private static String render(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>(blocks);
    while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == TextBlock.Kind.HEADING) {
      kept.remove(kept.size() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (TextBlock block : kept) {
      String text = block.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(text);
    }
    return out.toString();
  }
}
