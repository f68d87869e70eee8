package dev.pamir.ingest.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

  private static final URI FEED = URI.create("https://news.example.org/world/feed.xml");
  private static final FeedParser PARSER = new FeedParser(100);
  private static final String NOISE = "<>&\"';/x\u00e9!";

  private static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
        <channel>
          <title>Example World News</title>
          <link>https://news.example.org/</link>
          <atom:link rel="self" href="https://news.example.org/world/feed.xml"/>
          <image><title>Logo title, not the outlet</title><url>https://news.example.org/l.png</url></image>
          <item>
            <title>Talks in Dushanbe &amp;amp; Tashkent</title>
            <link>https://news.example.org/world/talks</link>
            <media:title>Not the title</media:title>
            <author>desk@example.org (Jane Doe)</author>
            <pubDate>Wed, 19 May 2021 09:26:00 +0300</pubDate>
          </item>
          <item>
            <title><![CDATA[Border  clash
              reported]]></title>
            <guid>https://news.example.org/world/clash</guid>
            <dc:creator>By John Roe</dc:creator>
            <dc:creator>Ann Smith</dc:creator>
            <pubDate>Mon, 17 May 21 08:00 GMT</pubDate>
          </item>
          <item>
            <title>Exercise announced</title>
            <link>https://news.example.org/world/exercise</link>
            <dc:date>2021-05-16</dc:date>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title type="html">Example &lt;b&gt;Atom&lt;/b&gt; Desk</title>
        <author><name>Feed Editor</name></author>
        <link rel="self" href="https://news.example.org/atom"/>
        <entry>
          <title>Ministers meet</title>
          <link rel="self" href="https://news.example.org/api/1"/>
          <link rel="alternate" type="text/html" href="https://news.example.org/a/ministers"/>
          <author><name>Jane Doe</name><email>jane@example.org</email></author>
          <author><name>John Roe</name></author>
          <published>2021-05-19T09:26:00+03:00</published>
          <updated>2021-05-20T10:00:00Z</updated>
        </entry>
        <entry>
          <title>Only updated</title>
          <link href="/a/updated"/>
          <updated>2021-05-18T07:00:00Z</updated>
        </entry>
      </feed>
      """;

  @Test
  void parse_rss20_readsItemsInOrderWithHints() throws Exception {
    Feed feed = PARSER.parse(bytes(RSS), FEED);

    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(
            URI.create("https://news.example.org/world/talks"),
            URI.create("https://news.example.org/world/clash"),
            URI.create("https://news.example.org/world/exercise"));
    ArticleMetadata first = feed.items().get(0).hints();
    assertThat(first.title()).contains("Talks in Dushanbe & Tashkent");
    assertThat(first.authors()).containsExactly("Jane Doe");
    assertThat(first.outlet()).contains("Example World News");
    assertThat(first.published())
        .contains(new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26:00+03:00")));
    ArticleMetadata second = feed.items().get(1).hints();
    assertThat(second.title()).contains("Border clash reported");
    assertThat(second.authors()).containsExactly("John Roe", "Ann Smith");
    assertThat(second.published())
        .contains(new PublicationDate.At(OffsetDateTime.parse("2021-05-17T08:00:00Z")));
    assertThat(feed.items().get(2).hints().published())
        .contains(new PublicationDate.Day(java.time.LocalDate.parse("2021-05-16")));
    assertThat(feed.warnings()).isEmpty();
  }

  @Test
  void parse_atom_readsAlternateLinksAuthorsAndDates() throws Exception {
    Feed feed = PARSER.parse(bytes(ATOM), URI.create("https://news.example.org/atom"));

    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(
            URI.create("https://news.example.org/a/ministers"),
            URI.create("https://news.example.org/a/updated"));
    ArticleMetadata first = feed.items().get(0).hints();
    assertThat(first.title()).contains("Ministers meet");
    assertThat(first.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(first.outlet()).contains("Example Atom Desk");
    assertThat(first.published())
        .contains(new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26:00+03:00")));
    ArticleMetadata second = feed.items().get(1).hints();
    assertThat(second.authors()).containsExactly("Feed Editor");
    assertThat(second.published())
        .contains(new PublicationDate.At(OffsetDateTime.parse("2021-05-18T07:00:00Z")));
  }

  @Test
  void parse_rss10Rdf_readsItemsBesideTheChannel() throws Exception {
    String rdf =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://rdf.example.org/">
            <title>RDF Wire</title>
            <items><rdf:Seq><rdf:li rdf:resource="https://rdf.example.org/1"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://rdf.example.org/1">
            <title>Convoy crosses border</title>
            <link>https://rdf.example.org/1</link>
            <dc:creator>Ann Smith</dc:creator>
            <dc:date>2021-05-18T12:00:00+05:00</dc:date>
          </item>
          <item rdf:about="https://rdf.example.org/2"><title>Link from about</title></item>
        </rdf:RDF>
        """;

    Feed feed = PARSER.parse(bytes(rdf), URI.create("https://rdf.example.org/index.rdf"));

    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(
            URI.create("https://rdf.example.org/1"), URI.create("https://rdf.example.org/2"));
    ArticleMetadata hints = feed.items().get(0).hints();
    assertThat(hints.title()).contains("Convoy crosses border");
    assertThat(hints.outlet()).contains("RDF Wire");
    assertThat(hints.authors()).containsExactly("Ann Smith");
    assertThat(hints.published().map(PublicationDate::iso)).contains("2021-05-18T12:00:00+05:00");
  }

  @Test
  void parse_relativeLinks_resolvedAgainstFeedUri() throws Exception {
    Feed feed =
        PARSER.parse(
            bytes(rss(item("<link>../politics/vote</link>"), item("<link>/top</link>"))), FEED);

    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(
            URI.create("https://news.example.org/politics/vote"),
            URI.create("https://news.example.org/top"));
  }

  @Test
  void parse_itemsWithoutUsableLinks_skippedWithWarnings() throws Exception {
    Feed feed =
        PARSER.parse(
            bytes(
                rss(
                    "<item><title>No link</title></item>",
                    "<item><title>Not permanent</title><guid isPermaLink=\"false\">"
                        + "https://news.example.org/x</guid></item>",
                    "<item><title>Mail</title><link>mailto:desk@example.org</link></item>",
                    "<item><title>Script</title><link>javascript:alert(1)</link></item>",
                    "<item><title>Kept</title><link>https://news.example.org/kept</link></item>")),
            FEED);

    assertThat(feed.items())
        .extracting(FeedItem::link)
        .containsExactly(URI.create("https://news.example.org/kept"));
    assertThat(feed.warnings())
        .containsExactly(
            "item 1 (\"No link\"): no link; skipped",
            "item 2 (\"Not permanent\"): no link; skipped",
            "item 3 (\"Mail\"): link mailto:desk@example.org is not an http or https URL; skipped",
            "item 4 (\"Script\"): link javascript:alert(1) is not an http or https URL; skipped");
  }

  @Test
  void parse_moreItemsThanLimit_keepsFirstWithWarning() throws Exception {
    String[] items = new String[7];
    for (int i = 0; i < items.length; i++) {
      items[i] = item("<link>https://news.example.org/" + i + "</link>");
    }

    Feed feed = new FeedParser(5).parse(bytes(rss(items)), FEED);

    assertThat(feed.items())
        .extracting(item -> item.link().getPath())
        .containsExactly("/0", "/1", "/2", "/3", "/4");
    assertThat(feed.warnings())
        .containsExactly("feed has more than 5 items; only the first 5 were read");
  }

  @Test
  void parse_unreadableDate_leftOutWithWarning() throws Exception {
    Feed feed =
        PARSER.parse(
            bytes(
                rss(
                    "<item><title>Odd</title><link>https://news.example.org/odd</link>"
                        + "<pubDate>sometime last week</pubDate></item>")),
            FEED);

    assertThat(feed.items()).hasSize(1);
    assertThat(feed.items().get(0).hints().published()).isEmpty();
    assertThat(feed.warnings())
        .containsExactly("item 1 (\"Odd\"): cannot read the date \"sometime last week\"; left out");
  }

  @Test
  void parse_emptyChannel_hasNoItems() throws Exception {
    Feed feed = PARSER.parse(bytes(rss()), FEED);

    assertThat(feed.items()).isEmpty();
    assertThat(feed.warnings()).isEmpty();
  }

  @Test
  void parse_malformedXml_rejectedAsNotAFeed() {
    InputRejectedException e =
        rejection(bytes("<rss><channel><title>Broken</channel></rss>"), FEED);

    assertThat(e.input()).isEqualTo(FEED.toString());
    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.BAD_INPUT);
    assertThat(e.reason()).startsWith("not a feed: malformed XML at line 1");
  }

  @Test
  void parse_notXmlAtAll_rejectedAsNotAFeed() {
    assertThat(rejection(bytes("just some words"), FEED).reason())
        .startsWith("not a feed: malformed XML");
  }

  @Test
  void parse_wellFormedPage_rejectedNamingTheRoot() {
    assertThat(rejection(bytes("<html><body><p>hi</p></body></html>"), FEED).reason())
        .isEqualTo("not a feed: the root element is <html>, not rss, feed or rdf:RDF");
  }

  @Test
  void parse_undeclaredHtmlEntity_rejectedAsMalformed() {
    assertThat(rejection(bytes(rss(item("<title>A&nbsp;B</title>"))), FEED).reason())
        .startsWith("not a feed: malformed XML")
        .contains("nbsp");
  }

  @Test
  void parse_externalEntityToLocalFile_neverReadsIt(@TempDir Path folder) throws Exception {
    String marker = "SECRET-MARKER-7f3a";
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, marker);
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + rss(
                "<item><title>&xxe;</title><link>https://news.example.org/&xxe;</link>"
                    + "<author>&xxe;</author></item>");

    InputRejectedException e = rejection(bytes(xxe), FEED);

    assertThat(e.reason()).isEqualTo("feed declares a DTD, which is not allowed");
    assertThat(e.getMessage()).doesNotContain(marker);
    assertThat(String.valueOf(e.getCause())).doesNotContain(marker);
  }

  @Test
  void parse_externalDtd_neverFetched(@TempDir Path folder) throws Exception {
    Path dtd = folder.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY title \"SECRET-MARKER-dtd\">");
    String feed =
        "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \""
            + dtd.toUri()
            + "\">"
            + rss(item("<title>&title;</title>"));

    InputRejectedException e = rejection(bytes(feed), FEED);

    assertThat(e.reason()).isEqualTo("feed declares a DTD, which is not allowed");
    assertThat(e.getMessage()).doesNotContain("SECRET-MARKER-dtd");
  }

  @Test
  void parse_nulInsideDtd_rejectedAsMalformed_notAMissingResourceException() {
    // Found by FeedParserFuzzTest: the JDK's parser threw MissingResourceException
    // (InvalidCharInDTD).
    String feed =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTIT\u0000\u0000Y xxe SYSTEM \"file:///x\">]>"
            + rss(item("<title>&xxe;</title>"));

    assertThat(rejection(bytes(feed), FEED).reason())
        .isEqualTo("not a feed: malformed XML (the XML parser's error InvalidCharInDTD)");
  }

  @Test
  void parse_billionLaughs_rejectedWithoutExpanding() {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      doctype.append("<!ENTITY lol").append(i).append(" \"");
      doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    doctype.append("]>");
    String bomb = "<?xml version=\"1.0\"?>" + doctype + rss(item("<title>&lol10;</title>"));

    InputRejectedException e =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejection(bytes(bomb), FEED));

    assertThat(e.reason()).isEqualTo("feed declares a DTD, which is not allowed");
  }

  @Test
  void parse_truncatedOrMutatedFeeds_onlyEverRejected() {
    byte[] whole = bytes(RSS);
    Random random = new Random(20210519L);
    for (int round = 0; round < 400; round++) {
      byte[] damaged = java.util.Arrays.copyOf(whole, random.nextInt(whole.length + 1));
      for (int flips = random.nextInt(4); flips > 0 && damaged.length > 0; flips--) {
        damaged[random.nextInt(damaged.length)] =
            (byte) NOISE.charAt(random.nextInt(NOISE.length()));
      }
      try {
        Feed feed = PARSER.parse(damaged, FEED);
        assertThat(feed.items())
            .allSatisfy(item -> assertThat(item.link().getScheme()).isIn("http", "https"));
      } catch (InputRejectedException expected) {
        assertThat(expected.input()).isEqualTo(FEED.toString());
        assertThat(expected.reason()).doesNotContain("\n");
      }
    }
  }

  @Test
  void parse_invalidUtf8_rejectedOrRead_withoutWritingToTheTerminal() throws Exception {
    // The JDK's parser printed "[Fatal Error] :-1:-1: Invalid byte 2 of 3-byte UTF-8 sequence."
    // on System.err for such bytes, past the command's own reporting.
    byte[] feed = bytes(rss(item("<title>Caf\u00e9</title><link>https://e.org/1</link>")));
    byte[] broken = java.util.Arrays.copyOf(feed, feed.length);
    int at = new String(feed, UTF_8).indexOf('\u00e9');
    broken[at + 1] = (byte) 0xe2;
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, UTF_8));
    try {
      try {
        PARSER.parse(broken, FEED);
      } catch (InputRejectedException expected) {
        assertThat(expected.input()).isEqualTo(FEED.toString());
      }
      PARSER.parse(new byte[] {'<', 'r', 's', 's', '>', (byte) 0xff, (byte) 0xfe}, FEED);
    } catch (InputRejectedException expected) {
      assertThat(expected.input()).isEqualTo(FEED.toString());
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(UTF_8)).isEmpty();
  }

  @Test
  void constructor_zeroItems_refused() {
    assertThatThrownBy(() -> new FeedParser(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxItems must be positive but was 0");
  }

  @Test
  void looksLikeFeed_feedMediaTypes_trueWhateverTheBody() {
    for (String type :
        List.of("application/rss+xml", "application/atom+xml", "application/rdf+xml")) {
      assertThat(FeedParser.looksLikeFeed(Optional.of(type), bytes("<html/>"))).as(type).isTrue();
    }
  }

  @Test
  void looksLikeFeed_htmlOrPlainText_false() {
    assertThat(FeedParser.looksLikeFeed(Optional.of("text/html"), bytes(RSS))).isFalse();
    assertThat(FeedParser.looksLikeFeed(Optional.of("text/plain"), bytes(RSS))).isFalse();
  }

  @Test
  void looksLikeFeed_genericXmlWithFeedRoot_true() {
    String preamble =
        "\uFEFF<?xml version=\"1.0\"?>\n<!-- generated <rss> -->\n<?xml-stylesheet href=\"s.xsl\"?>\n";

    assertThat(FeedParser.looksLikeFeed(Optional.of("text/xml"), bytes(preamble + "<rss/>")))
        .isTrue();
    assertThat(FeedParser.looksLikeFeed(Optional.of("application/xml"), bytes(ATOM))).isTrue();
    assertThat(FeedParser.looksLikeFeed(Optional.empty(), bytes(preamble + "<rdf:RDF/>"))).isTrue();
    assertThat(
            FeedParser.looksLikeFeed(
                Optional.empty(), bytes("<!DOCTYPE rss [<!ENTITY a \">\">]><rss/>")))
        .isTrue();
  }

  @Test
  void looksLikeFeed_utf16Feed_true() {
    byte[] utf16 = ("\uFEFF" + RSS.replace("UTF-8", "UTF-16")).getBytes(StandardCharsets.UTF_16LE);

    assertThat(FeedParser.looksLikeFeed(Optional.empty(), utf16)).isTrue();
  }

  @Test
  void looksLikeFeed_genericXmlWithOtherRoot_false() {
    assertThat(
            FeedParser.looksLikeFeed(
                Optional.of("application/xml"), bytes("<?xml version=\"1.0\"?><sitemap/>")))
        .isFalse();
    assertThat(FeedParser.looksLikeFeed(Optional.empty(), bytes("<!DOCTYPE html><html></html>")))
        .isFalse();
    assertThat(FeedParser.looksLikeFeed(Optional.empty(), bytes("plain words"))).isFalse();
    assertThat(FeedParser.looksLikeFeed(Optional.empty(), new byte[0])).isFalse();
  }

  private static InputRejectedException rejection(byte[] body, URI uri) {
    InputRejectedException e =
        catchThrowableOfType(InputRejectedException.class, () -> PARSER.parse(body, uri));
    assertThat(e).as("rejection").isNotNull();
    return e;
  }

  private static String rss(String... items) {
    return "<rss version=\"2.0\"><channel><title>Desk</title>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private static String item(String inner) {
    return "<item>" + inner + "</item>";
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
