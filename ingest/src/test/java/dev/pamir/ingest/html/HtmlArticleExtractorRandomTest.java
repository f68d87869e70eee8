package dev.pamir.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile pages through one invariant checker: no exception, no carriage return, at most
 * one blank line between paragraphs, no surrounding white space, the page left unchanged.
 */
class HtmlArticleExtractorRandomTest {

  private static final List<String> TAGS =
      List.of(
          "div",
          "p",
          "span",
          "a",
          "ul",
          "ol",
          "li",
          "br",
          "h1",
          "h2",
          "h3",
          "script",
          "style",
          "table",
          "tr",
          "td",
          "article",
          "section",
          "nav",
          "aside",
          "footer",
          "header",
          "figure",
          "figcaption",
          "blockquote",
          "pre",
          "em",
          "strong",
          "form",
          "button",
          "x-widget",
          "my-paragraph",
          "noscript",
          "iframe",
          "main",
          "font",
          "center",
          "svg");

  private static final List<String> CLASSES =
      List.of(
          "",
          "article-body",
          "content",
          "comments",
          "sidebar",
          "related",
          "share",
          "story",
          "cookie-banner",
          "newsletter",
          "ad",
          "post",
          "footer",
          "nav",
          "entry-content",
          "menu");

  private static final List<String> TEXTS =
      List.of(
          "The council met on Tuesday, and voted to close the bridge.",
          "word",
          " ",
          "\r\n\r\n",
          "\t\u00a0\u2003",
          "line one\rline two",
          "&amp; &lt;b&gt; &#13; &#x0; &nbsp;",
          "<<>><</",
          "\u0000\u0007\u001f",
          "Ünïcödé, 中文，日本語、عربي، text.",
          "\ud83d\ude00 emoji",
          "\ud800 lone surrogate",
          "<!-- comment -->",
          "<![CDATA[ data ]]>",
          "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p",
          "Read more");

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @Test
  void extract_randomNestedHtml_keepsInvariants() {
    Random random = new Random(20240611L);
    for (int i = 0; i < 500; i++) {
      String html = randomHtml(random, 1 + random.nextInt(400));
      checkInvariants(Jsoup.parse(html), html);
    }
  }

  @Test
  void extract_randomJunk_keepsInvariants() {
    Random random = new Random(7L);
    for (int i = 0; i < 200; i++) {
      StringBuilder junk = new StringBuilder();
      int length = random.nextInt(2_000);
      for (int j = 0; j < length; j++) {
        junk.append((char) random.nextInt(random.nextBoolean() ? 128 : 0x10000));
      }
      checkInvariants(Jsoup.parse(junk.toString()), junk.toString());
    }
  }

  @Test
  void extract_deeplyNestedMarkup_keepsInvariants() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 10_000; i++) {
      html.append(i % 3 == 0 ? "<div class='content'>" : i % 3 == 1 ? "<span>" : "<section>");
      if (i % 100 == 0) {
        html.append("<p>Level ").append(i).append(", a paragraph with commas, deep down.</p>");
      }
    }
    html.append("The innermost text, with a comma, at the bottom of the page.");

    checkInvariants(Jsoup.parse(html.toString()), "10,000 open tags");
  }

  @Test
  void extract_deeplyNestedTree_keepsInvariantsAndFindsText() {
    Document page = Jsoup.parse("<html><body></body></html>");
    Element current = page.body();
    Random random = new Random(3L);
    for (int i = 0; i < 10_000; i++) {
      Element child = current.appendElement(i % 2 == 0 ? "div" : "section");
      if (random.nextInt(50) == 0) {
        child
            .appendElement("p")
            .text("Paragraph at level " + i + ", with enough words, and commas, to be scored.");
      }
      current = child;
    }
    current.appendText("The innermost text, with a comma, at the bottom of the page.");

    String text = checkInvariants(page, "a tree 10,000 elements deep");

    assertThat(text).contains("with enough words");
  }

  @Test
  void extract_manyParagraphs_keepsInvariantsAndKeepsThemAll() {
    StringBuilder html = new StringBuilder("<body><article>");
    for (int i = 0; i < 20_000; i++) {
      html.append("<p>Paragraph ").append(i).append(", which says something, at length.</p>");
    }
    html.append("</article></body>");

    String text = checkInvariants(Jsoup.parse(html.toString()), "20,000 paragraphs");

    assertThat(text.split("\n\n")).hasSize(20_000);
  }

  private String checkInvariants(Document page, String input) {
    String before = page.outerHtml();

    String text = extractor.extract(page);

    assertThat(text).as("text of %s", abbreviate(input)).doesNotContain("\r");
    assertThat(text).as("text of %s", abbreviate(input)).doesNotContain("\n\n\n");
    assertThat(text).as("text of %s", abbreviate(input)).isEqualTo(text.strip());
    assertThat(page.outerHtml())
        .as("page after extracting %s", abbreviate(input))
        .isEqualTo(before);
    return text;
  }

  private static String randomHtml(Random random, int elements) {
    StringBuilder html = new StringBuilder();
    int open = 0;
    String[] stack = new String[elements + 1];
    for (int i = 0; i < elements; i++) {
      int action = random.nextInt(10);
      if (action < 4) {
        String tag = TAGS.get(random.nextInt(TAGS.size()));
        String cls = CLASSES.get(random.nextInt(CLASSES.size()));
        html.append('<').append(tag);
        if (!cls.isEmpty()) {
          html.append(random.nextBoolean() ? " class=\"" : " id=\"").append(cls).append('"');
        }
        if (random.nextInt(20) == 0) {
          html.append(random.nextBoolean() ? " hidden" : " style=\"display:none\"");
        }
        html.append('>');
        stack[open++] = tag;
      } else if (action < 6 && open > 0) {
        html.append("</").append(stack[--open]).append('>');
      } else if (action < 7) {
        html.append("</").append(TAGS.get(random.nextInt(TAGS.size()))).append('>');
      } else {
        html.append(TEXTS.get(random.nextInt(TEXTS.size())));
      }
    }
    return html.toString();
  }

  private static String abbreviate(String input) {
    return input.length() <= 200 ? input : input.substring(0, 200) + "...";
  }
}
