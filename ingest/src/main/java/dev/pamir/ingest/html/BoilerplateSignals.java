package dev.pamir.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * BoilerplateSignals are the marks by which an element tells what it holds: its tag, its role, its
 * class and id, whether it is hidden. They come from conventions shared across sites (page
 * furniture named "sidebar", "comments", "related", "share"; content named "article", "story",
 * "body"), never from one site's markup.
 *
 * <p>Immutable and thread-safe.
 */
final class BoilerplateSignals {

  /** Tags whose content is never article text. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "button",
          "select",
          "textarea",
          "input",
          "option",
          "nav",
          "aside",
          "footer",
          "figcaption",
          "figure",
          "head",
          "title",
          "menu",
          "dialog",
          "header");

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "complementary",
          "contentinfo",
          "banner",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "search",
          "toolbar",
          "tablist");

  /** Names that mark an element as furniture even when it also looks like content. */
  private static final Pattern STRONG_FURNITURE =
      Pattern.compile(
          "comment|disqus|cookie|consent|gdpr|newsletter|subscri|outbrain|taboola|related"
              + "|share|sharing|promo|advert|sponsor|recommend|caption|byline|credit"
              + "|signup|sign-up|paywall|most-?read|most-?popular|read-?more|more-?stories"
              + "|trending|popup|modal|breadcrumb|toolbar|author|dateline|timestamp");

  /** Names of page regions around an article. */
  private static final Pattern WEAK_FURNITURE =
      Pattern.compile(
          "footer|sidebar|masthead|navbar|widget|banner|skyscraper|pagination|pager|menu"
              + "|(^|[^a-z])(nav|ad|ads|tags?|hidden|meta|print|rail|sr-only|visually-hidden"
              + "|screen-reader|skip|aside|header|topics)([^a-z]|$)");

  /** Names of the element that holds an article body. */
  private static final Pattern CONTENT =
      Pattern.compile(
          "article|body|content|entry|main|post|story|text|blog|column|h-entry|hentry|page");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  BoilerplateSignals() {}

  /** Whether {@code element}'s subtree never holds article text (scripts, forms, navigation). */
  boolean isNeverText(Element element) {
    if (NEVER_TEXT.contains(element.normalName())) {
      return true;
    }
    if (element.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    String role = element.attr("role");
    return !role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT));
  }

  /** The furniture grade of {@code element}'s class and id. */
  Grade grade(Element element) {
    String names = names(element);
    if (names.isEmpty()) {
      return Grade.NEUTRAL;
    }
    if (STRONG_FURNITURE.matcher(names).find()) {
      return Grade.STRONG_FURNITURE;
    }
    boolean content = CONTENT.matcher(names).find();
    if (WEAK_FURNITURE.matcher(names).find()) {
      return content ? Grade.NEUTRAL : Grade.WEAK_FURNITURE;
    }
    return content ? Grade.CONTENT : Grade.NEUTRAL;
  }

  /** Whether {@code element} is marked as the article body by schema.org microdata. */
  boolean isArticleBody(Element element) {
    return "articleBody".equalsIgnoreCase(element.attr("itemprop"));
  }

  private static String names(Element element) {
    String id = element.id();
    String className = element.className();
    if (id.isEmpty() && className.isEmpty()) {
      return "";
    }
    return (className + " " + id).toLowerCase(Locale.ROOT);
  }

  /** How an element's names grade it. */
  enum Grade {
    STRONG_FURNITURE,
    WEAK_FURNITURE,
    NEUTRAL,
    CONTENT
  }
}
