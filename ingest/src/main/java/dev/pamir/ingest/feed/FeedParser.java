package dev.pamir.ingest.feed;

import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * The FeedParser reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom feeds into their items: each
 * item's link, resolved against the feed's URL, and what the feed says about the article (title,
 * authors, publication date, and the feed's own title as the outlet).
 *
 * <p>It is lenient about content and strict about safety. An item without a usable http(s) link is
 * skipped with a warning; a date it cannot read is left out with a warning; items past the limit
 * are ignored with a warning. But a feed that declares a DTD ({@code <!DOCTYPE ...>}) is rejected
 * outright: real feeds do not need one, and refusing it means no entity is ever declared, so none
 * can read a local file (XXE) or expand without bound (billion laughs). The StAX parser is
 * configured with DTDs, external entities and entity replacement off as well, and refuses to
 * resolve any external resource.
 *
 * <p>Immutable and thread-safe: every parse uses its own XML reader.
 */
public final class FeedParser {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String ATOM_03 = "http://purl.org/atom/ns#";
  private static final String RSS_10 = "http://purl.org/rss/1.0/";
  private static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

  private static final Set<String> FEED_TYPES =
      Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml");
  private static final Set<String> XML_TYPES = Set.of("text/xml", "application/xml");
  private static final int SNIFF_BYTES = 4096;
  private static final int MAX_WARNINGS = 50;
  private static final Pattern EMAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private final int maxItems;

  /**
   * A parser that reads at most {@code maxItems} items of a feed.
   *
   * @throws IllegalArgumentException when {@code maxItems} is not positive
   */
  public FeedParser(int maxItems) {
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems must be positive but was " + maxItems);
    }
    this.maxItems = maxItems;
  }

  /**
   * Whether a body with this media type and beginning is a feed rather than a page: always for the
   * feed media types, and for generic XML or no type when the root element is {@code rss}, {@code
   * feed} or {@code rdf:RDF}.
   */
  public static boolean looksLikeFeed(Optional<String> mediaType, byte[] body) {
    String type = mediaType.map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
    if (FEED_TYPES.contains(type)) {
      return true;
    }
    if (!type.isEmpty() && !XML_TYPES.contains(type)) {
      return false;
    }
    return rootElement(body).map(FeedParser::isFeedRoot).orElse(false);
  }

  /**
   * Parses a feed fetched from {@code feedUri}; item links are resolved against it.
   *
   * @throws InputRejectedException naming {@code feedUri} when the body is not well-formed XML, not
   *     a feed, or declares a DTD
   */
  public Feed parse(byte[] body, URI feedUri) throws InputRejectedException {
    String name = feedUri.toString();
    XMLStreamReader xml = null;
    try {
      xml = safeFactory().createXMLStreamReader(new StringReader(decode(body, name)));
      return new Reading(xml, feedUri, name).feed();
    } catch (XMLStreamException e) {
      throw InputRejectedException.bad(name, "not a feed: malformed XML" + describe(e));
    } catch (MissingResourceException e) {
      // The JDK's StAX parser reports some errors, such as a NUL inside a DTD it skips, under a
      // message key its resource bundle lacks, and throws this instead of an XMLStreamException.
      throw InputRejectedException.bad(
          name, "not a feed: malformed XML (the XML parser's error " + e.getKey() + ")");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing is held open: the input is an array
        }
      }
    }
  }

  /**
   * The characters of {@code body}: in the encoding its byte-order mark or XML declaration names,
   * else UTF-8. Decoded here rather than by the XML parser, because the JDK's parser prints "[Fatal
   * Error]" lines straight to System.err for bytes that are not valid in the encoding.
   */
  private static String decode(byte[] body, String name) throws InputRejectedException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (body.length >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (body.length >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else {
      if (body.length >= 3
          && (body[0] & 0xff) == 0xef
          && (body[1] & 0xff) == 0xbb
          && (body[2] & 0xff) == 0xbf) {
        skip = 3;
      }
      String head =
          new String(
              body, skip, Math.min(body.length - skip, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher declared = XML_ENCODING.matcher(head);
      if (skip == 0 && declared.lookingAt()) {
        try {
          charset = Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
          throw InputRejectedException.bad(
              name, "not a feed: unknown encoding " + declared.group(1));
        }
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(body, skip, body.length - skip);
    try {
      return decoder.decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw InputRejectedException.bad(
          name,
          "not a feed: bytes that are not " + charset.name() + " at byte " + bytes.position());
    }
  }

  /** A StAX factory that never reads a DTD, an external entity or any other outside resource. */
  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("refused to read the external resource " + systemId);
        });
    return factory;
  }

  private static String describe(XMLStreamException e) {
    String message = Optional.ofNullable(e.getMessage()).orElse("");
    int at = message.indexOf("Message: ");
    String reason = (at >= 0 ? message.substring(at + 9) : message).strip();
    reason = reason.lines().findFirst().orElse("");
    if (reason.length() > 160) {
      reason = reason.substring(0, 160) + "...";
    }
    Location location = e.getLocation();
    String where =
        location == null || location.getLineNumber() < 0
            ? ""
            : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    return where + (reason.isEmpty() ? "" : ": " + reason);
  }

  private static boolean isFeedRoot(String qualifiedName) {
    String local = qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    return qualifiedName.equals("rss") || local.equals("feed") || local.equals("RDF");
  }

  /**
   * The qualified name of the root element in the first few KB of {@code body}, after a byte-order
   * mark, white space, the XML declaration, processing instructions, comments and a DOCTYPE.
   */
  static Optional<String> rootElement(byte[] body) {
    String head = head(body);
    int i = 0;
    while (i < head.length()) {
      char c = head.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (head.startsWith("<?", i)) {
        i = after(head, "?>", i);
      } else if (head.startsWith("<!--", i)) {
        i = after(head, "-->", i);
      } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int bracket = head.indexOf('[', i);
        int close = head.indexOf('>', i);
        i = bracket >= 0 && bracket < close ? after(head, "]", bracket) : i;
        i = after(head, ">", i);
      } else if (c == '<') {
        int end = i + 1;
        while (end < head.length() && isNameChar(head.charAt(end))) {
          end++;
        }
        return end > i + 1 ? Optional.of(head.substring(i + 1, end)) : Optional.empty();
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String head(byte[] body) {
    int n = Math.min(body.length, SNIFF_BYTES);
    if (n >= 2 && (body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff) {
      return new String(body, 2, n - 2, StandardCharsets.UTF_16BE);
    }
    if (n >= 2 && (body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe) {
      return new String(body, 2, n - 2, StandardCharsets.UTF_16LE);
    }
    if (n >= 3
        && (body[0] & 0xff) == 0xef
        && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      return new String(body, 3, n - 3, StandardCharsets.ISO_8859_1);
    }
    // Every ASCII-compatible encoding spells markup the same way, whatever it does above 0x7f.
    return new String(body, 0, n, StandardCharsets.ISO_8859_1);
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? text.length() : at + end.length();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }

  /** One parse in progress: the reader, what has been read so far, and the warnings. */
  private final class Reading {
    private final XMLStreamReader xml;
    private final URI feedUri;
    private final String name;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int droppedWarnings;
    private int itemsSeen;
    private boolean full;
    private Optional<String> outlet = Optional.empty();
    private List<String> feedAuthors = List.of();

    Reading(XMLStreamReader xml, URI feedUri, String name) {
      this.xml = xml;
      this.feedUri = feedUri;
      this.name = name;
    }

    Feed feed() throws XMLStreamException, InputRejectedException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw InputRejectedException.bad(name, "feed declares a DTD, which is not allowed");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          readRoot();
          return build();
        }
      }
      throw InputRejectedException.bad(name, "not a feed: no root element");
    }

    private void readRoot() throws XMLStreamException, InputRejectedException {
      String local = xml.getLocalName();
      String namespace = namespace();
      if (local.equals("rss") && namespace.isEmpty()) {
        readRss();
      } else if (local.equals("RDF") && namespace.equals(RDF)) {
        readRss();
      } else if (local.equals("feed")
          && (namespace.equals(ATOM) || namespace.equals(ATOM_03) || namespace.isEmpty())) {
        readAtomFeed();
      } else {
        String prefix = xml.getPrefix();
        String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
        throw InputRejectedException.bad(
            name, "not a feed: the root element is <" + qualified + ">, not rss, feed or rdf:RDF");
      }
    }

    /** Reads {@code <rss>} or {@code <rdf:RDF>}: channels and, in RSS 1.0, items beside them. */
    private void readRss() throws XMLStreamException {
      while (!full && nextChild()) {
        if (xml.getLocalName().equals("channel") && isRss()) {
          readChannel();
        } else if (xml.getLocalName().equals("item") && isRss()) {
          readItem();
        } else {
          skip();
        }
      }
    }

    private void readChannel() throws XMLStreamException {
      while (!full && nextChild()) {
        String local = xml.getLocalName();
        if (local.equals("title") && isRss()) {
          Optional<String> title = clean(text());
          outlet = outlet.or(() -> title);
        } else if (local.equals("item") && isRss()) {
          readItem();
        } else {
          skip();
        }
      }
    }

    private void readItem() throws XMLStreamException {
      if (!countItem()) {
        skip();
        return;
      }
      Draft draft = new Draft(itemsSeen);
      drafts.add(draft);
      draft.about = Optional.ofNullable(xml.getAttributeValue(RDF, "about"));
      while (nextChild()) {
        String local = xml.getLocalName();
        if (isRss() && local.equals("title")) {
          draft.title = clean(unescape(text()));
        } else if (isRss() && local.equals("link")) {
          Optional<String> link = clean(text());
          draft.link = draft.link.or(() -> link);
        } else if (isAtom() && local.equals("link")) {
          Optional<String> href = alternateHref();
          draft.alternate = draft.alternate.or(() -> href);
          skip();
        } else if (isRss() && local.equals("guid")) {
          String permaLink = xml.getAttributeValue(null, "isPermaLink");
          Optional<String> guid = clean(text());
          if (permaLink == null || permaLink.strip().equalsIgnoreCase("true")) {
            draft.guid = draft.guid.or(() -> guid);
          }
        } else if (isRss() && local.equals("author")) {
          rssAuthor(text()).ifPresent(draft.authors::add);
        } else if (isDublinCore() && local.equals("creator")) {
          author(text()).ifPresent(draft.authors::add);
        } else if (isRss() && local.equals("pubDate")) {
          Optional<String> date = clean(text());
          draft.published = draft.published.or(() -> date);
        } else if (isDublinCore() && local.equals("date")) {
          Optional<String> date = clean(text());
          draft.dublinCoreDate = draft.dublinCoreDate.or(() -> date);
        } else {
          skip();
        }
      }
    }

    private void readAtomFeed() throws XMLStreamException {
      while (!full && nextChild()) {
        String local = xml.getLocalName();
        if (isAtom() && local.equals("title")) {
          Optional<String> title = atomText();
          outlet = outlet.or(() -> title);
        } else if (isAtom() && local.equals("author")) {
          feedAuthors = atomPerson();
        } else if (isAtom() && local.equals("entry")) {
          readEntry();
        } else {
          skip();
        }
      }
    }

    private void readEntry() throws XMLStreamException {
      if (!countItem()) {
        skip();
        return;
      }
      Draft draft = new Draft(itemsSeen);
      drafts.add(draft);
      draft.atom = true;
      while (nextChild()) {
        String local = xml.getLocalName();
        if (!isAtom()) {
          if (isDublinCore() && local.equals("creator")) {
            author(text()).ifPresent(draft.authors::add);
          } else {
            skip();
          }
        } else if (local.equals("title")) {
          draft.title = atomText();
        } else if (local.equals("link")) {
          Optional<String> href = alternateHref();
          draft.alternate = draft.alternate.or(() -> href);
          skip();
        } else if (local.equals("author")) {
          draft.authors.addAll(atomPerson());
        } else if (local.equals("published") || local.equals("issued")) {
          Optional<String> date = clean(text());
          draft.published = draft.published.or(() -> date);
        } else if (local.equals("updated") || local.equals("modified")) {
          Optional<String> date = clean(text());
          draft.updated = draft.updated.or(() -> date);
        } else {
          skip();
        }
      }
    }

    /** The href of a link that points at the item itself: rel alternate, or no rel at all. */
    private Optional<String> alternateHref() {
      String rel = xml.getAttributeValue(null, "rel");
      if (rel != null && !rel.strip().equalsIgnoreCase("alternate")) {
        return Optional.empty();
      }
      return clean(xml.getAttributeValue(null, "href"));
    }

    /** The names in an Atom person construct ({@code <author><name>...</name></author>}). */
    private List<String> atomPerson() throws XMLStreamException {
      List<String> names = new ArrayList<>();
      while (nextChild()) {
        if (xml.getLocalName().equals("name")) {
          author(text()).ifPresent(names::add);
        } else {
          skip();
        }
      }
      return names;
    }

    /** An Atom text construct as plain text: HTML in {@code type="html"} is reduced to text. */
    private Optional<String> atomText() throws XMLStreamException {
      String type = Optional.ofNullable(xml.getAttributeValue(null, "type")).orElse("text");
      String text = text();
      return clean(type.strip().equalsIgnoreCase("html") ? Jsoup.parse(text).text() : text);
    }

    /** Counts one more item; false once the limit is reached, which also stops the reading. */
    private boolean countItem() {
      if (itemsSeen >= maxItems) {
        full = true;
        return false;
      }
      itemsSeen++;
      return true;
    }

    /**
     * Moves to the next child element of the current element and returns true, or past the current
     * element's end and returns false.
     */
    private boolean nextChild() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          return true;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          return false;
        }
      }
      return false;
    }

    /** Skips the current element and everything in it. */
    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0 && xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    /** All the text inside the current element, nested elements included, up to its end. */
    private String text() throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      int depth = 1;
      while (depth > 0 && xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> depth++;
          case XMLStreamConstants.END_ELEMENT -> depth--;
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
              text.append(xml.getText());
          default -> {
            // comments and processing instructions carry no text
          }
        }
      }
      return text.toString();
    }

    private String namespace() {
      return Optional.ofNullable(xml.getNamespaceURI()).orElse("");
    }

    private boolean isRss() {
      String namespace = namespace();
      return namespace.isEmpty() || namespace.equals(RSS_10) || namespace.equals(RSS_090);
    }

    private boolean isAtom() {
      String namespace = namespace();
      return namespace.equals(ATOM) || namespace.equals(ATOM_03);
    }

    private boolean isDublinCore() {
      return namespace().equals(DUBLIN_CORE);
    }

    private Feed build() {
      List<FeedItem> items = new ArrayList<>();
      for (Draft draft : drafts) {
        draft.item().ifPresent(items::add);
      }
      if (full) {
        warn(
            "feed has more than " + maxItems + " items; only the first " + maxItems + " were read");
      }
      List<String> all = new ArrayList<>(warnings);
      if (droppedWarnings > 0) {
        all.add("and " + droppedWarnings + " more warnings");
      }
      return new Feed(items, all);
    }

    private void warn(String warning) {
      if (warnings.size() < MAX_WARNINGS) {
        warnings.add(warning);
      } else {
        droppedWarnings++;
      }
    }

    /** What one item said, gathered while reading it and turned into a FeedItem at the end. */
    private final class Draft {
      private final int number;
      private boolean atom;
      private Optional<String> title = Optional.empty();
      private Optional<String> link = Optional.empty();
      private Optional<String> alternate = Optional.empty();
      private Optional<String> guid = Optional.empty();
      private Optional<String> about = Optional.empty();
      private final Set<String> authors = new LinkedHashSet<>();
      private Optional<String> published = Optional.empty();
      private Optional<String> dublinCoreDate = Optional.empty();
      private Optional<String> updated = Optional.empty();

      Draft(int number) {
        this.number = number;
      }

      Optional<FeedItem> item() {
        String label = "item " + number + title.map(t -> " (\"" + t + "\")").orElse("");
        Optional<String> target = link.or(() -> alternate).or(() -> guid).or(() -> about);
        if (target.isEmpty()) {
          warn(label + ": no link; skipped");
          return Optional.empty();
        }
        URI uri;
        try {
          uri = feedUri.resolve(new URI(target.get().replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
          warn(label + ": invalid link " + target.get() + "; skipped");
          return Optional.empty();
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          warn(label + ": link " + target.get() + " is not an http or https URL; skipped");
          return Optional.empty();
        }
        Optional<String> dateText = published.or(() -> dublinCoreDate).or(() -> updated);
        Optional<PublicationDate> date = dateText.flatMap(PublicationDates::parse);
        if (dateText.isPresent() && date.isEmpty()) {
          warn(label + ": cannot read the date \"" + dateText.get() + "\"; left out");
        }
        List<String> names = authors.isEmpty() && atom ? feedAuthors : List.copyOf(authors);
        return Optional.of(new FeedItem(uri, new ArticleMetadata(title, names, outlet, date)));
      }
    }
  }

  /** RSS {@code <author>} holds an e-mail address, often followed by the name in parentheses. */
  private static Optional<String> rssAuthor(String text) {
    String value = text.strip();
    Matcher withName = EMAIL_WITH_NAME.matcher(value);
    if (withName.matches()) {
      return author(withName.group(1));
    }
    if (EMAIL.matcher(value).matches()) {
      return Optional.empty();
    }
    return author(value);
  }

  private static Optional<String> author(String text) {
    return clean(BY.matcher(text.strip()).replaceFirst(""));
  }

  /** Double-escaped entities, common in RSS titles ({@code &amp;amp;}), as the text they mean. */
  private static String unescape(String text) {
    return text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
  }

  /** {@code text} with white space collapsed, or empty when nothing is left. */
  private static Optional<String> clean(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    String collapsed = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return collapsed.isEmpty() ? Optional.empty() : Optional.of(collapsed);
  }
}
