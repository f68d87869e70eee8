package dev.pamir.ingest.meta;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a page says about its article: title, authors, outlet and publication date from meta
 * tags, JSON-LD, bylines and {@code <time>} elements.
 *
 * <p>Each field is taken from the most trusted source that states it: Open Graph and article meta
 * tags, then JSON-LD, then the page's visible markup. JSON-LD blocks that do not parse are skipped.
 *
 * <p>Immutable and thread-safe. It does not modify the document it reads.
 */
public final class HtmlMetadataExtractor {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenews",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "report",
          "scholarlyarticle",
          "socialmediaposting",
          "techarticle");

  private static final Set<String> NOT_AUTHORS =
      Set.of(
          "staff",
          "staff writer",
          "staff reporter",
          "editor",
          "editors",
          "editorial",
          "admin",
          "administrator",
          "newsroom",
          "news desk",
          "web desk",
          "desk",
          "correspondent",
          "agencies",
          "guest",
          "anonymous",
          "unknown",
          "team");

  private static final Pattern SUFFIX_SEPARATOR = Pattern.compile("\\s+[|–—:·•-]{1,2}\\s+");
  private static final Pattern BY = Pattern.compile("^(?i:by|written by|posted by|author:?)\\s+");
  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bi\\b|\\bet\\b)\\s*");

  private static final List<String> DATE_META =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=article:published_time]",
          "JSON-LD",
          "meta[itemprop=datePublished]",
          "meta[name=date]",
          "meta[name=pubdate]",
          "meta[name=publishdate]",
          "meta[name=publish-date]",
          "meta[name=publish_date]",
          "meta[name=DC.date.issued]",
          "meta[name=dc.date.issued]",
          "meta[name=dcterms.created]",
          "meta[name=sailthru.date]",
          "meta[name=parsely-pub-date]",
          "meta[property=og:published_time]");

  private final JsonMapper json =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

  /** The metadata of {@code page}, fetched from {@code url} when known. */
  public ArticleMetadata extract(Document page, @Nullable URI url) {
    LinkedData linked = linkedData(page);
    Optional<String> host = host(page, url);
    Optional<String> outlet =
        first(
            meta(page, "meta[property=og:site_name]"),
            linked.publisher,
            meta(page, "meta[name=application-name]"),
            host);
    Optional<String> title = title(page, linked, outlet, host);
    List<String> authors = authors(page, linked, outlet, host);
    Optional<PublicationDate> published = published(page, linked);
    return new ArticleMetadata(title, authors, outlet, published);
  }

  // ---- title

  private static Optional<String> title(
      Document page, LinkedData linked, Optional<String> outlet, Optional<String> host) {
    List<String> sites = new ArrayList<>();
    outlet.ifPresent(sites::add);
    host.ifPresent(
        h -> {
          sites.add(h);
          sites.add(h.replaceFirst("\\.[^.]+$", ""));
        });
    Optional<String> h1 = text(page.selectFirst("article h1"));
    Optional<String> documentTitle = clean(page.title());
    return first(
            meta(page, "meta[property=og:title]"),
            meta(page, "meta[name=twitter:title]"),
            meta(page, "meta[property=twitter:title]"),
            linked.headline,
            h1,
            documentTitle,
            text(page.selectFirst("h1")))
        .map(t -> withoutSiteName(t, sites))
        .flatMap(HtmlMetadataExtractor::clean);
  }

  /** {@code title} without a " | Site" suffix or "Site | " prefix naming one of {@code sites}. */
  static String withoutSiteName(String title, List<String> sites) {
    var m = SUFFIX_SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart > 0 && namesSite(title.substring(lastEnd), sites)) {
      return title.substring(0, lastStart).strip();
    }
    if (firstStart > 0 && namesSite(title.substring(0, firstStart), sites)) {
      return title.substring(firstEnd).strip();
    }
    return title;
  }

  private static boolean namesSite(String part, List<String> sites) {
    String folded = fold(part);
    if (folded.length() < 2) {
      return false;
    }
    for (String site : sites) {
      String s = fold(site);
      if (s.length() >= 2 && (s.equals(folded) || s.contains(folded) || folded.contains(s))) {
        return true;
      }
    }
    return false;
  }

  // ---- authors

  private static List<String> authors(
      Document page, LinkedData linked, Optional<String> outlet, Optional<String> host) {
    List<List<String>> sources = new ArrayList<>();
    sources.add(page.select("meta[name=author]").eachAttr("content"));
    sources.add(
        page.select("meta[property=article:author], meta[name=article:author]")
            .eachAttr("content"));
    sources.add(linked.authors);
    sources.add(page.select("a[rel=author], [itemprop=author] [itemprop=name]").eachText());
    sources.add(
        page.select(
                "[class*=byline] [class*=name], [class*=byline], [class*=author-name],"
                    + " [class*=author] a, [class*=author]")
            .eachText());
    for (List<String> source : sources) {
      List<String> names = new ArrayList<>();
      for (String value : source) {
        for (String name : names(value)) {
          if (!names.contains(name) && !isOutlet(name, outlet, host)) {
            names.add(name);
          }
        }
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    return List.of();
  }

  /**
   * The person names in a byline: "By Jane Roe and John Doe" gives both; URLs, e-mails, "Staff"
   * none.
   */
  static List<String> names(String byline) {
    String s = byline.strip();
    if (s.length() > 200 || s.contains("://") || s.startsWith("www.")) {
      return List.of();
    }
    s = BY.matcher(s).replaceFirst("");
    s = s.replaceAll("(?i)\\s*\\|.*$", "");
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATOR.split(s)) {
      String name = part.strip().replaceAll("\\s+", " ").replaceAll("[.:]+$", "");
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.isEmpty()
          || name.contains("@")
          || name.contains("/")
          || name.length() > 60
          || name.split(" ").length > 6
          || !name.codePoints().anyMatch(Character::isLetter)
          || name.codePoints().anyMatch(Character::isDigit)
          || NOT_AUTHORS.contains(lower)
          || lower.endsWith(" staff")) {
        continue;
      }
      names.add(name);
    }
    return names;
  }

  private static boolean isOutlet(String name, Optional<String> outlet, Optional<String> host) {
    String folded = fold(name);
    return outlet.map(o -> fold(o).equals(folded)).orElse(false)
        || host.map(
                h -> fold(h).equals(folded) || fold(h.replaceFirst("\\.[^.]+$", "")).equals(folded))
            .orElse(false);
  }

  // ---- published

  private static Optional<PublicationDate> published(Document page, LinkedData linked) {
    for (String query : DATE_META) {
      Optional<String> value = query.equals("JSON-LD") ? linked.datePublished : meta(page, query);
      Optional<PublicationDate> date = value.flatMap(HtmlMetadataExtractor::date);
      if (date.isPresent()) {
        return date;
      }
    }
    for (String query :
        List.of(
            "article header time[datetime]",
            "header time[datetime]",
            "time[itemprop=datePublished]",
            "[itemprop=datePublished][datetime]",
            "article time[datetime]")) {
      Element time = page.selectFirst(query);
      if (time != null) {
        Optional<PublicationDate> date = date(time.attr("datetime"));
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PublicationDate> date(String text) {
    return PublicationDates.parse(text).or(() -> DatelineParser.parse(text));
  }

  // ---- JSON-LD

  /** What the page's JSON-LD says about its article. */
  private record LinkedData(
      Optional<String> headline,
      List<String> authors,
      Optional<String> publisher,
      Optional<String> datePublished) {
    static final LinkedData NONE =
        new LinkedData(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  private LinkedData linkedData(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      String data = script.data().strip();
      data = data.replaceFirst("^(?:<!--|<!\\[CDATA\\[)", "").replaceFirst("(?:-->|]]>)$", "");
      try {
        collect(json.readTree(data), nodes, 0);
      } catch (JacksonException | RuntimeException e) {
        // a malformed block says nothing; the page's other sources still count
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode node : nodes) {
      String id = node.path("@id").asText("");
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, node);
      }
    }
    JsonNode article = null;
    for (JsonNode node : nodes) {
      if (isArticle(node)) {
        article = node;
        break;
      }
    }
    if (article == null) {
      for (JsonNode node : nodes) {
        if (node.hasNonNull("headline")) {
          article = node;
          break;
        }
      }
    }
    if (article == null) {
      return LinkedData.NONE;
    }
    List<String> authors = new ArrayList<>();
    JsonNode author = article.path("author");
    for (JsonNode one : author.isArray() ? author : List.of(author)) {
      JsonNode resolved = resolve(one, byId);
      String name = resolved.isTextual() ? resolved.asText() : resolved.path("name").asText("");
      if (!name.isBlank()) {
        authors.add(name.strip());
      }
    }
    JsonNode publisher = article.path("publisher");
    if (publisher.isArray() && publisher.size() > 0) {
      publisher = publisher.get(0);
    }
    publisher = resolve(publisher, byId);
    Optional<String> publisherName =
        clean(publisher.isTextual() ? publisher.asText() : publisher.path("name").asText(""));
    JsonNode chosen = article;
    return new LinkedData(
        clean(textOf(chosen.path("headline"))).or(() -> clean(textOf(chosen.path("name")))),
        authors,
        publisherName,
        clean(textOf(chosen.path("datePublished"))));
  }

  private static void collect(JsonNode node, List<JsonNode> into, int depth) {
    if (depth > 8 || into.size() > 500) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, into, depth + 1);
      }
    } else if (node.isObject()) {
      into.add(node);
      if (node.has("@graph")) {
        collect(node.get("@graph"), into, depth + 1);
      }
      JsonNode main = node.path("mainEntity");
      if (main.isObject()) {
        collect(main, into, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.path("@type");
    for (JsonNode one : type.isArray() ? type : List.of(type)) {
      if (ARTICLE_TYPES.contains(one.asText("").toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
    if (node.isObject() && !node.has("name") && node.has("@id")) {
      return byId.getOrDefault(node.get("@id").asText(""), node);
    }
    return node;
  }

  private static String textOf(JsonNode node) {
    if (node.isArray() && node.size() > 0) {
      return textOf(node.get(0));
    }
    return node.isValueNode() ? node.asText("") : "";
  }

  // ---- small readers

  private static Optional<String> host(Document page, @Nullable URI url) {
    String host = url == null ? null : url.getHost();
    if (host == null) {
      Element canonical = page.selectFirst("link[rel=canonical][href]");
      String href = canonical == null ? page.location() : canonical.attr("href");
      try {
        host = href.isEmpty() ? null : URI.create(href.strip()).getHost();
      } catch (IllegalArgumentException e) {
        host = null;
      }
    }
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", ""));
  }

  private static Optional<String> meta(Document page, String query) {
    for (Element element : page.select(query)) {
      Optional<String> value = clean(element.attr("content"));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> text(@Nullable Element element) {
    return element == null ? Optional.empty() : clean(element.text());
  }

  /** {@code text} as one trimmed line, or empty when nothing is left. */
  private static Optional<String> clean(String text) {
    String s = text.replaceAll("[\\s\\u00a0]+", " ").strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... candidates) {
    for (Optional<String> candidate : candidates) {
      if (candidate.isPresent()) {
        return candidate;
      }
    }
    return Optional.empty();
  }
}
