package dev.pamir.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlMetadataExtractorTest {

  private final HtmlMetadataExtractor extractor = new HtmlMetadataExtractor();

  private ArticleMetadata extract(String html) {
    return extractor.extract(Jsoup.parse(html), URI.create("https://www.example.org/a/1"));
  }

  @Test
  void extract_openGraphAndArticleMeta_win() {
    ArticleMetadata m =
        extract(
            """
            <html><head><title>Other | Example Times</title>
            <meta property="og:title" content="Bridge Opens in Spring">
            <meta property="og:site_name" content="Example Times">
            <meta name="author" content="Jane Roe">
            <meta property="article:published_time" content="2021-05-19T09:26:00+03:00">
            </head><body><h1>Something else</h1></body></html>
            """);

    assertThat(m)
        .isEqualTo(
            new ArticleMetadata(
                Optional.of("Bridge Opens in Spring"),
                List.of("Jane Roe"),
                Optional.of("Example Times"),
                Optional.of(
                    new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26+03:00")))));
  }

  @Test
  void extract_jsonLdGraphWithAuthorArrayAndPublisherReference_read() {
    ArticleMetadata m =
        extract(
            """
            <html><head>
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "Organization", "@id": "#org", "name": "River Daily"},
              {"@type": ["NewsArticle"], "headline": "Harbour Reopens",
               "author": [{"@type": "Person", "name": "Maria Lindqvist"}, "Tomas Berg"],
               "publisher": {"@id": "#org"},
               "datePublished": "2023-02-03T14:05:00+02:00",}
            ]}
            </script></head><body><p>text</p></body></html>
            """);

    assertThat(m.title()).contains("Harbour Reopens");
    assertThat(m.authors()).containsExactly("Maria Lindqvist", "Tomas Berg");
    assertThat(m.outlet()).contains("River Daily");
    assertThat(m.published())
        .contains(new PublicationDate.At(OffsetDateTime.parse("2023-02-03T14:05+02:00")));
  }

  @Test
  void extract_documentTitleWithSiteSuffix_suffixRemoved() {
    ArticleMetadata m =
        extract(
            "<html><head><title>Council Calls for Calm - Lakeside Herald</title>"
                + "<meta name=application-name content='Lakeside Herald'></head></html>");

    assertThat(m.title()).contains("Council Calls for Calm");
    assertThat(m.outlet()).contains("Lakeside Herald");
  }

  @Test
  void extract_titleSuffixThatIsNotTheSite_kept() {
    assertThat(extract("<title>Brexit - What Happens Next</title>").title())
        .contains("Brexit - What Happens Next");
  }

  @Test
  void extract_noSiteName_outletIsHostWithoutWww() {
    assertThat(extract("<title>Example</title>").outlet()).contains("example.org");
  }

  @Test
  void extract_bylineElement_splitsNamesAndDropsStaffEmailsAndUrls() {
    ArticleMetadata m =
        extract(
            """
            <html><head><meta property="article:author" content="https://example.org/jane">
            </head><body><article><header>
            <h1>Harbour Reopens</h1>
            <p class="article-byline">By Jane Roe and John Doe</p>
            <time datetime="2023-02-03">3 February</time>
            </header><p>text</p></article></body></html>
            """);

    assertThat(m.title()).contains("Harbour Reopens");
    assertThat(m.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(m.published()).contains(new PublicationDate.Day(LocalDate.of(2023, 2, 3)));
  }

  @Test
  void names_bylineVariants_personNamesOnly() {
    assertThat(HtmlMetadataExtractor.names("By Jane Roe, John Doe & Ann Lee"))
        .containsExactly("Jane Roe", "John Doe", "Ann Lee");
    assertThat(HtmlMetadataExtractor.names("Staff")).isEmpty();
    assertThat(HtmlMetadataExtractor.names("jane@example.org")).isEmpty();
    assertThat(HtmlMetadataExtractor.names("https://example.org/authors/jane")).isEmpty();
  }

  @Test
  void extract_authorNamedLikeTheOutlet_dropped() {
    ArticleMetadata m =
        extract(
            "<meta property=og:site_name content='River Daily'>"
                + "<meta name=author content='River Daily'><title>T</title>");

    assertThat(m.authors()).isEmpty();
  }

  @Test
  void extract_dcDateIssued_usedWhenNoArticleTime() {
    ArticleMetadata m =
        extract("<meta name='DC.date.issued' content='2020-03-03'><title>T</title>");

    assertThat(m.published()).contains(new PublicationDate.Day(LocalDate.of(2020, 3, 3)));
  }

  @Test
  void extract_pageWithoutAnything_givesNothingButHost() {
    ArticleMetadata m = extractor.extract(Jsoup.parse("<p>hello</p>"), null);

    assertThat(m).isEqualTo(ArticleMetadata.EMPTY);
  }

  @Test
  void extract_doesNotModifyThePage() {
    Document page =
        Jsoup.parse(
            "<html><head><title>A | Example</title><script type='application/ld+json'>"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"A\"}</script></head>"
                + "<body><article><p class=byline>By Jane Roe</p></article></body></html>");
    String before = page.outerHtml();

    extractor.extract(page, URI.create("https://example.org/"));

    assertThat(page.outerHtml()).isEqualTo(before);
  }
}
