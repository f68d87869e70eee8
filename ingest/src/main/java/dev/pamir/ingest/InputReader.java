package dev.pamir.ingest;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.feed.Feed;
import dev.pamir.ingest.feed.FeedItem;
import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.http.FetchedPage;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.ingest.warc.WarcArchiveReader;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.pipeline.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * The InputReader reads one input into raw documents: a text or HTML file is one, a JSON Lines file
 * is one per line, a WARC archive is one per captured page, a page is one, a feed is its items
 * (returned as more inputs to read). Every failure is a rejection naming the input and the reason;
 * nothing here throws for bad input.
 *
 * <p>Thread-safe: one instance serves every worker.
 */
public final class InputReader {

  private final Limits limits;
  private final HttpFetcher fetcher;
  private final FeedParser feedParser;
  private final JsonLinesReader jsonLines;
  private final WarcArchiveReader warc;

  public InputReader(Limits limits, HttpFetcher fetcher, FeedParser feedParser) {
    this.limits = requireNonNull(limits, "limits is null");
    this.fetcher = requireNonNull(fetcher, "fetcher is null");
    this.feedParser = requireNonNull(feedParser, "feedParser is null");
    this.jsonLines = new JsonLinesReader(limits.maxArticleBytes());
    this.warc = new WarcArchiveReader(limits.maxArticleBytes());
  }

  public List<ReadOutcome> read(Input input) {
    try {
      if (input instanceof Input.File file) {
        return readFile(file);
      }
      if (input instanceof Input.Url url) {
        return List.of(readUrl(url));
      }
      throw new IllegalArgumentException("unknown input " + input);
    } catch (InputRejectedException e) {
      return List.of(new ReadOutcome.Rejected(e));
    }
  }

  /** Opens a file's bytes, from whatever file system holds it. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Reads a file that {@code open} gives the bytes of, from any file system, as {@link #read} reads
   * an {@link Input.File} named {@code name}: by its name's ending, text, HTML, JSON Lines or a
   * WARC archive, any of them gzip-compressed.
   */
  public List<ReadOutcome> readFile(String name, Opener open) {
    requireNonNull(name, "name is null");
    requireNonNull(open, "open is null");
    try {
      return readNamed(name, open);
    } catch (InputRejectedException e) {
      return List.of(new ReadOutcome.Rejected(e));
    }
  }

  private List<ReadOutcome> readFile(Input.File file) throws InputRejectedException {
    return readNamed(file.name(), () -> Files.newInputStream(file.path()));
  }

  /**
   * Reads the pages of a WARC archive, keeping at most the decompressed-size limit of them in
   * memory; an archive larger than that is cut there with a rejection saying so.
   */
  private List<ReadOutcome> readWarc(String name, Opener open) throws InputRejectedException {
    List<ReadOutcome> pages = new ArrayList<>();
    long[] kept = {0};
    try (InputStream raw = open.open()) {
      warc.read(
          raw,
          name,
          page -> {
            if (page instanceof ReadOutcome.Document d) {
              kept[0] += 2L * d.document().content().length();
              if (kept[0] > limits.maxDecompressedBytes()) {
                pages.add(
                    new ReadOutcome.Rejected(
                        InputRejectedException.limit(
                            name,
                            "WARC file holds more than "
                                + limits.maxDecompressedBytes()
                                + " bytes of pages; the pages after "
                                + pages.size()
                                + " were not read (split the archive, or use pamir spark)")));
                return false;
              }
            }
            pages.add(page);
            return true;
          });
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw InputRejectedException.bad(name, "no such file");
    } catch (AccessDeniedException e) {
      throw InputRejectedException.bad(name, "permission denied");
    } catch (IOException e) {
      throw InputRejectedException.bad(name, "cannot read: " + e.getMessage());
    }
    if (pages.isEmpty()) {
      throw InputRejectedException.bad(name, "WARC file holds no HTML or text pages");
    }
    return pages;
  }

  private List<ReadOutcome> readNamed(String name, Opener open) throws InputRejectedException {
    if (WarcArchiveReader.isWarc(name)) {
      return readWarc(name, open);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String plainName = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
    boolean jsonl = plainName.endsWith(".jsonl") || plainName.endsWith(".ndjson");
    long limit = jsonl ? limits.maxDecompressedBytes() : limits.maxArticleBytes();
    byte[] bytes;
    try (InputStream raw = open.open();
        InputStream in = BoundedBytes.maybeGunzip(raw)) {
      bytes = BoundedBytes.readAll(in, limit, jsonl ? "file" : "article");
    } catch (BoundedBytes.TooLargeException e) {
      throw InputRejectedException.limit(name, e.getMessage());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw InputRejectedException.bad(name, "no such file");
    } catch (AccessDeniedException e) {
      throw InputRejectedException.bad(name, "permission denied");
    } catch (ZipException | java.io.EOFException e) {
      throw InputRejectedException.bad(name, "corrupt gzip data: " + e.getMessage());
    } catch (IOException e) {
      throw InputRejectedException.bad(name, "cannot read: " + e.getMessage());
    }
    if (jsonl) {
      List<ReadOutcome> records = jsonLines.read(bytes, name);
      if (records.isEmpty()) {
        throw InputRejectedException.bad(name, "JSON Lines file holds no records");
      }
      return records;
    }
    String content = TextDecoder.decode(bytes, null, name);
    ContentKind kind =
        plainName.endsWith(".html") || plainName.endsWith(".htm") || plainName.endsWith(".xhtml")
            ? ContentKind.HTML
            : plainName.endsWith(".txt") || plainName.endsWith(".text") || plainName.endsWith(".md")
                ? ContentKind.PLAIN_TEXT
                : sniffKind(content);
    return List.of(
        new ReadOutcome.Document(
            new RawDocument(
                SourceRef.ofFile(name), kind, content, ArticleMetadata.EMPTY, false, List.of())));
  }

  private ReadOutcome readUrl(Input.Url url) throws InputRejectedException {
    FetchedPage page = fetcher.fetch(url.uri());
    String name = url.name();
    if (FeedParser.looksLikeFeed(page.mediaType(), page.body())) {
      Feed feed;
      try {
        feed = feedParser.parse(page.body(), page.finalUri());
      } catch (InputRejectedException e) {
        // The parser names the URL it was given, which a redirect may have changed.
        throw new InputRejectedException(name, e.reason(), e.kind(), e);
      }
      List<Input> items = new ArrayList<>();
      for (FeedItem item : feed.items()) {
        items.add(new Input.Url(item.link(), item.hints()));
      }
      return new ReadOutcome.Expanded(name, items, feed.warnings());
    }
    Optional<String> type = page.mediaType();
    // The declared type is checked before decoding, so an image is named as one, not as "binary".
    if (type.isPresent()
        && !type.get().equals("text/html")
        && !type.get().equals("application/xhtml+xml")
        && !type.get().equals("text/plain")) {
      throw InputRejectedException.bad(
          name, "content type " + type.get() + " is not HTML, text or a feed");
    }
    String content = TextDecoder.decode(page.body(), page.charset().orElse(null), name);
    ContentKind kind;
    if (type.isEmpty()) {
      kind = sniffKind(content);
    } else if (type.get().equals("text/plain")) {
      kind = ContentKind.PLAIN_TEXT;
    } else {
      kind = ContentKind.HTML;
    }
    SourceRef source = SourceRef.ofUrl(page.finalUri().toString());
    return new ReadOutcome.Document(
        new RawDocument(source, kind, content, url.hints(), false, List.of()));
  }

  /** HTML when the text starts like markup, plain text otherwise. */
  static ContentKind sniffKind(String content) {
    String head =
        content
            .substring(0, Math.min(content.length(), 1024))
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.contains("<body")
        || head.contains("<head")
        || (head.startsWith("<") && head.contains("<p"))) {
      return ContentKind.HTML;
    }
    return ContentKind.PLAIN_TEXT;
  }
}
