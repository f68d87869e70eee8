package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import dev.pamir.pipeline.Limits;
import dev.pamir.testkit.LoopbackHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** InputReader on URLs, against a real server on the loopback interface. */
class InputReaderUrlTest {

  private static final Limits LIMITS =
      Limits.DEFAULTS.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10));

  private LoopbackHttpServer server;
  private HttpFetcher fetcher;
  private InputReader reader;

  @BeforeEach
  void start() {
    server = LoopbackHttpServer.start();
    fetcher = new HttpFetcher(LIMITS);
    reader = new InputReader(LIMITS, fetcher, new FeedParser(LIMITS.maxFeedItems()));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void read_feedUrl_expandsToItemsCarryingTheFeedsHints() {
    server.serve(
        "/news/rss",
        "application/rss+xml; charset=utf-8",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0">
          <channel>
            <title>Loopback Times</title>
            <item>
              <title>Ministers meet in Dushanbe</title>
              <link>/news/1.html</link>
              <pubDate>Wed, 19 May 2021 09:26:00 +0300</pubDate>
            </item>
            <item>
              <title>Border reopens</title>
              <link>https://elsewhere.example.org/2</link>
              <pubDate>Tue, 18 May 2021 07:00:00 GMT</pubDate>
            </item>
          </channel>
        </rss>
        """);
    Input feed = url("/news/rss");

    List<ReadOutcome> outcomes = reader.read(feed);

    assertThat(outcomes).hasSize(1).first().isInstanceOf(ReadOutcome.Expanded.class);
    ReadOutcome.Expanded expanded = (ReadOutcome.Expanded) outcomes.get(0);
    assertThat(expanded.feed()).isEqualTo(feed.name());
    assertThat(expanded.warnings()).isEmpty();
    assertThat(expanded.items())
        .extracting(Input::name)
        .containsExactly(server.uri("/news/1.html").toString(), "https://elsewhere.example.org/2");
    ArticleMetadata first = ((Input.Url) expanded.items().get(0)).hints();
    assertThat(first.title()).contains("Ministers meet in Dushanbe");
    assertThat(first.outlet()).contains("Loopback Times");
    assertThat(first.published().map(PublicationDate::iso)).contains("2021-05-19T09:26:00+03:00");
    ArticleMetadata second = ((Input.Url) expanded.items().get(1)).hints();
    assertThat(second.published().map(PublicationDate::iso)).contains("2021-05-18T07:00:00Z");
  }

  @Test
  void read_atomServedAsGenericXml_expandedBySniffing() {
    server.serve(
        "/atom",
        "text/xml",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title>"
            + "<entry><title>One</title><link href=\"/one\"/></entry></feed>");

    List<ReadOutcome> outcomes = reader.read(url("/atom"));

    assertThat(outcomes).singleElement().isInstanceOf(ReadOutcome.Expanded.class);
    assertThat(((ReadOutcome.Expanded) outcomes.get(0)).items())
        .extracting(Input::name)
        .containsExactly(server.uri("/one").toString());
  }

  @Test
  void read_feedItem_keepsItsHintsOnTheDocument() {
    server.serve("/story.html", "text/html", "<html><body><p>Talks resumed.</p></body></html>");
    ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle(java.util.Optional.of("From the feed"));

    List<ReadOutcome> outcomes = reader.read(new Input.Url(server.uri("/story.html"), hints));

    RawDocument document = ((ReadOutcome.Document) outcomes.get(0)).document();
    assertThat(document.kind()).isEqualTo(ContentKind.HTML);
    assertThat(document.hints()).isEqualTo(hints);
    assertThat(document.content()).contains("Talks resumed.");
  }

  @Test
  void read_redirectedPage_documentNamesTheFinalUrl() {
    server
        .redirect("/short", 301, "/long/story")
        .serve("/long/story", "text/plain; charset=utf-8", "Troops withdrew on Monday.");

    List<ReadOutcome> outcomes = reader.read(url("/short"));

    RawDocument document = ((ReadOutcome.Document) outcomes.get(0)).document();
    assertThat(document.kind()).isEqualTo(ContentKind.PLAIN_TEXT);
    assertThat(document.source().url()).contains(server.uri("/long/story").toString());
    assertThat(document.content()).isEqualTo("Troops withdrew on Monday.");
  }

  @Test
  void read_imageUrl_rejectedNamingTheType() {
    server.serve("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});

    InputRejectedException e = rejection(url("/photo.png"));

    assertThat(e.input()).isEqualTo(server.uri("/photo.png").toString());
    assertThat(e.reason()).isEqualTo("content type image/png is not HTML, text or a feed");
  }

  @Test
  void read_malformedFeed_rejectedByName() {
    server.serve("/bad.rss", "application/rss+xml", "<rss><channel><item></channel>");

    InputRejectedException e = rejection(url("/bad.rss"));

    assertThat(e.input()).isEqualTo(server.uri("/bad.rss").toString());
    assertThat(e.reason()).startsWith("not a feed: malformed XML");
  }

  @Test
  void read_brokenFeedBehindRedirect_rejectionNamesTheInputGiven() {
    server
        .redirect("/feed", 302, "/feeds/real.xml")
        .serve("/feeds/real.xml", "application/atom+xml", "<html><body/></html>");

    InputRejectedException e = rejection(url("/feed"));

    assertThat(e.input()).isEqualTo(server.uri("/feed").toString());
    assertThat(e.reason()).startsWith("not a feed: the root element is <html>");
  }

  @Test
  void read_feedWithExternalEntity_rejectedWithoutReadingTheFile(@TempDir Path folder)
      throws Exception {
    String marker = "SECRET-MARKER-e2e-41";
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, marker);
    server.serve(
        "/xxe.xml",
        "application/xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><rss><channel><title>&xxe;</title><item><title>&xxe;</title>"
            + "<link>http://127.0.0.1/&xxe;</link></item></channel></rss>");

    List<ReadOutcome> outcomes = reader.read(url("/xxe.xml"));

    assertThat(outcomes).singleElement().isInstanceOf(ReadOutcome.Rejected.class);
    InputRejectedException e = ((ReadOutcome.Rejected) outcomes.get(0)).reason();
    assertThat(e.reason()).isEqualTo("feed declares a DTD, which is not allowed");
    assertThat(outcomes.toString()).doesNotContain(marker);
  }

  @Test
  void read_unreachableUrl_rejectedNotThrown() {
    InputRejectedException e = rejection(url("/nothing-here"));

    assertThat(e.reason()).isEqualTo("HTTP 404 Not Found");
  }

  private Input url(String path) {
    return new Input.Url(server.uri(path), ArticleMetadata.EMPTY);
  }

  private InputRejectedException rejection(Input input) {
    List<ReadOutcome> outcomes = reader.read(input);
    assertThat(outcomes).singleElement().isInstanceOf(ReadOutcome.Rejected.class);
    return ((ReadOutcome.Rejected) outcomes.get(0)).reason();
  }
}
