package dev.pamir.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  private static final String FIRST =
      "The river rose by two metres overnight, and the town council opened the school gym as a"
          + " shelter for families from the lower streets.";
  private static final String SECOND =
      "By morning, volunteers had filled more than four thousand sandbags, according to the"
          + " mayor, who thanked them at a short meeting outside the town hall.";
  private static final String THIRD =
      "Forecasters expect the water to fall slowly over the weekend, although more rain is due"
          + " in the hills on Monday, which could raise it again.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private static Document page(String template, Object... paragraphs) {
    return Jsoup.parse(String.format(Locale.ROOT, template, paragraphs));
  }

  @Test
  void extract_articleAmongPageFurniture_returnsOnlyArticleParagraphs() {
    Document page =
        page(
            """
            <html><head><title>Flood</title><script>var x = "not text";</script></head><body>
            <div id="cookie-banner"><p>We use cookies to improve your experience, and by
              continuing you accept them. Read our policy, then click accept.</p></div>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <div class="layout">
              <div class="story">
                <h1>River floods the lower town</h1>
                <p>%s</p>
                <p>%s</p>
                <div class="newsletter-signup"><p>Get the morning briefing, with the day's
                  news, in your inbox every day. Sign up now, it is free.</p></div>
                <p>%s</p>
              </div>
              <div class="sidebar"><h3>Most read</h3>
                <p>A long sidebar teaser about something else entirely, with commas, commas,
                  and more commas, to look like an article.</p></div>
            </div>
            <section class="related-articles"><ul>
              <li><a href="/a">Another story about the weather this week</a></li>
              <li><a href="/b">Council approves a new budget for the bridge</a></li></ul></section>
            <div id="comments"><p>Great reporting, thanks, I live on the lower streets and it
              was exactly like this, water everywhere.</p></div>
            <footer><p>Copyright, all rights reserved, by the publisher of this paper.</p></footer>
            </body></html>
            """,
            FIRST, SECOND, THIRD);

    assertThat(extractor.extract(page)).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
  }

  @Test
  void extract_textSplitByLineBreaks_returnsOneParagraphPerRun() {
    Document page =
        page(
            "<body><div class='article-body'>%s<br><br>%s<br/>%s</div></body>",
            FIRST, SECOND, THIRD);

    assertThat(extractor.extract(page)).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
  }

  @Test
  void extract_headingsAndListsInsideArticle_keepsThemInOrder() {
    Document page =
        page(
            """
            <body><article>
              <h1>The title is not part of the body</h1>
              <p>%s</p>
              <h2>What happens next</h2>
              <p>%s</p>
              <ul><li>Sandbags at the school gate</li><li>Boats at the bridge</li></ul>
              <p>%s</p>
            </article></body>
            """,
            FIRST, SECOND, THIRD);

    assertThat(extractor.extract(page))
        .isEqualTo(
            String.join(
                "\n\n",
                FIRST,
                "What happens next",
                SECOND,
                "Sandbags at the school gate",
                "Boats at the bridge",
                THIRD));
  }

  @Test
  void extract_hiddenAndCaptionedElements_leavesThemOut() {
    Document page =
        page(
            """
            <body><div class="content">
              <p>%s</p>
              <figure><img src="x.jpg"><figcaption>Volunteers, photographed by a reader,
                filling sandbags at dawn.</figcaption></figure>
              <p style="display: none">A hidden paragraph, with commas, that a reader never
                sees on the page.</p>
              <p>%s</p>
            </div></body>
            """,
            FIRST, SECOND);

    assertThat(extractor.extract(page)).isEqualTo(FIRST + "\n\n" + SECOND);
  }

  @Test
  void extract_embeddedPost_keepsItsLinkedAttribution() {
    Document page =
        page(
            """
            <body><div class="article-body">
              <p>%s</p>
              <div class="social-media-embed"><blockquote class="embedded-post">
                <p>The water is up to the second step of the church.</p>
                &mdash; <a href="https://example.org/post/1">A Resident (@resident) 12 March</a>
              </blockquote></div>
              <p>%s</p>
            </div></body>
            """,
            FIRST, SECOND);

    assertThat(extractor.extract(page))
        .isEqualTo(
            String.join(
                "\n\n",
                FIRST,
                "The water is up to the second step of the church.",
                "— A Resident (@resident) 12 March",
                SECOND));
  }

  @Test
  void extract_emptyPage_returnsEmptyText() {
    assertThat(extractor.extract(Jsoup.parse(""))).isEmpty();
    assertThat(extractor.extract(new Document(""))).isEmpty();
    assertThat(extractor.extract(Jsoup.parse("<html><head><title>t</title></head></html>")))
        .isEmpty();
  }

  @Test
  void extract_pageWithoutParagraphs_returnsItsText() {
    Document page = Jsoup.parse("<body><span>Just a line of text.</span></body>");

    assertThat(extractor.extract(page)).isEqualTo("Just a line of text.");
  }

  @Test
  void extract_anyPage_leavesDocumentUnchanged() {
    Document page =
        page(
            """
            <html><head><title>Flood</title><meta name="author" content="A. Writer"></head>
            <body><nav><a href="/">Home</a></nav>
            <div class="story"><p>%s</p><p>%s<br>%s</p></div>
            <div id="comments"><p>First!</p></div></body></html>
            """,
            FIRST, SECOND, THIRD);
    String before = page.outerHtml();

    extractor.extract(page);

    assertThat(page.outerHtml()).isEqualTo(before);
    assertThat(page.select("nav, #comments, br")).hasSize(3);
  }
}
