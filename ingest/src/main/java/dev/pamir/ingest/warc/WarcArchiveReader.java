package dev.pamir.ingest.warc;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.BoundedBytes;
import dev.pamir.ingest.ContentKind;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.RawDocument;
import dev.pamir.ingest.ReadOutcome;
import dev.pamir.ingest.TextDecoder;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WarcArchiveReader reads the pages a WARC file (ISO 28500, gzip per record or not) captured:
 * each {@code response} record with HTTP status 200 and each {@code resource} record whose content
 * is HTML or plain text becomes a document named by the file and the record's id, with the captured
 * URL as its source. Requests, metadata, redirects, errors and other media are passed over. The
 * crawl date is not a publication date and is not used as one.
 *
 * <p>Records are read one at a time and handed on, so an archive of any size streams through in the
 * memory of one page. A page over the size limit or that cannot be decoded is rejected on its own;
 * the archive goes on.
 *
 * <p>Immutable and thread-safe.
 */
public final class WarcArchiveReader {

  private final long maxRecordBytes;

  public WarcArchiveReader(long maxRecordBytes) {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("maxRecordBytes must be positive: " + maxRecordBytes);
    }
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Whether {@code name} names a WARC file: {@code .warc}, or {@code .warc.gz}. */
  public static boolean isWarc(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /**
   * Reads every page of the archive {@code in} holds, handing each to {@code sink} as a document or
   * a rejection, in archive order, until the sink answers {@code false}.
   *
   * @param file how the archive is named to the user and in {@code source.file}
   * @return how many pages were handed on, rejected ones included
   * @throws InputRejectedException when the archive itself cannot be read: not WARC, or corrupt
   *     before its first page
   */
  public int read(InputStream in, String file, Predicate<ReadOutcome> sink)
      throws InputRejectedException {
    requireNonNull(in, "in is null");
    requireNonNull(file, "file is null");
    int pages = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          if (pages == 0) {
            throw InputRejectedException.bad(file, "not a readable WARC file: " + e.getMessage());
          }
          sink.test(
              new ReadOutcome.Rejected(
                  InputRejectedException.bad(
                      file, "WARC file is corrupt after " + pages + " pages: " + e.getMessage())));
          return pages;
        }
        if (next.isEmpty()) {
          return pages;
        }
        Optional<ReadOutcome> page = page(next.get(), file);
        if (page.isPresent()) {
          pages++;
          if (!sink.test(page.get())) {
            return pages;
          }
        }
      }
    } catch (IOException e) {
      throw InputRejectedException.bad(file, "not a readable WARC file: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.bad(file, "not a WARC file: " + e.getMessage());
    }
  }

  private Optional<ReadOutcome> page(WarcRecord record, String file) {
    String id = recordId(record);
    String name = file + "#" + id;
    try {
      MediaType type;
      MessageBody body;
      String url;
      if (record instanceof WarcResponse response) {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE)
            && !response.contentType().base().equals(MediaType.HTTP)) {
          return Optional.empty();
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
          return Optional.empty();
        }
        type = http.contentType();
        body = http.bodyDecoded();
        url = response.target();
      } else if (record instanceof WarcResource resource) {
        type = resource.contentType();
        body = resource.body();
        url = resource.target();
      } else {
        return Optional.empty();
      }
      Optional<ContentKind> kind = kind(type);
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes;
      try (InputStream content = body.stream()) {
        bytes = BoundedBytes.readAll(content, maxRecordBytes, "page");
      }
      String charset = type.parameters().get("charset");
      String text = TextDecoder.decode(bytes, charset, name);
      SourceRef source =
          new SourceRef(
              Optional.of(file), Optional.of(id), Optional.of(url).filter(u -> !u.isBlank()));
      return Optional.of(
          new ReadOutcome.Document(
              new RawDocument(source, kind.get(), text, ArticleMetadata.EMPTY, false, List.of())));
    } catch (BoundedBytes.TooLargeException e) {
      return Optional.of(
          new ReadOutcome.Rejected(InputRejectedException.limit(name, e.getMessage())));
    } catch (InputRejectedException e) {
      return Optional.of(new ReadOutcome.Rejected(e));
    } catch (IOException | RuntimeException e) {
      return Optional.of(
          new ReadOutcome.Rejected(
              InputRejectedException.bad(
                  name, "cannot read the captured page: " + e.getMessage())));
    }
  }

  private static Optional<ContentKind> kind(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> Optional.of(ContentKind.HTML);
      case "text/plain" -> Optional.of(ContentKind.PLAIN_TEXT);
      default -> Optional.empty();
    };
  }

  /** The record's id without its {@code urn:uuid:} scheme, which every id shares. */
  private static String recordId(WarcRecord record) {
    String id = record.id().toString();
    return id.startsWith("urn:uuid:") ? id.substring("urn:uuid:".length()) : id;
  }
}
