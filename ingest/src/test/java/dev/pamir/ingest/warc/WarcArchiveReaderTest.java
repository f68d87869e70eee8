package dev.pamir.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.ingest.ContentKind;
import dev.pamir.ingest.Input;
import dev.pamir.ingest.InputReader;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.RawDocument;
import dev.pamir.ingest.ReadOutcome;
import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.pipeline.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveReaderTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><title>Troops arrive</title></head><body><p>Russian troops arrived in"
          + " Dushanbe on Monday, officials said.</p></body></html>";

  /** One WARC record, written the way ISO 28500 lays it out. */
  private static byte[] record(
      String type, String id, String uri, String contentType, byte[] block) {
    String header =
        "WARC/1.1\r\n"
            + "WARC-Type: "
            + type
            + "\r\n"
            + "WARC-Record-ID: <urn:uuid:"
            + id
            + ">\r\n"
            + "WARC-Date: 2021-05-19T10:00:00Z\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: "
            + contentType
            + "\r\n"
            + "Content-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static byte[] http(int status, String contentType, byte[] body) {
    String head =
        "HTTP/1.1 "
            + status
            + (status == 200 ? " OK" : " Not Found")
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static byte[] response(String id, String uri, int status, String type, String body) {
    return record(
        "response",
        id,
        uri,
        "application/http; msgtype=response",
        http(status, type, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<byte[]> crawl() {
    return List.of(
        record(
            "warcinfo",
            "00000000-0000-0000-0000-000000000000",
            null,
            "application/warc-fields",
            "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        record(
            "request",
            "00000000-0000-0000-0000-000000000001",
            "https://news.example/a",
            "application/http; msgtype=request",
            "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        response(
            "00000000-0000-0000-0000-000000000002",
            "https://news.example/a",
            200,
            "text/html; charset=utf-8",
            PAGE),
        response(
            "00000000-0000-0000-0000-000000000003",
            "https://news.example/gone",
            404,
            "text/html",
            "<html><body>Not here</body></html>"),
        response(
            "00000000-0000-0000-0000-000000000004",
            "https://news.example/logo.png",
            200,
            "image/png",
            "\u0089PNG"),
        record(
            "resource",
            "00000000-0000-0000-0000-000000000005",
            "file:///notes.txt",
            "text/plain; charset=utf-8",
            "Tajik officials met Uzbek counterparts on Tuesday.".getBytes(StandardCharsets.UTF_8)),
        response(
            "00000000-0000-0000-0000-000000000006",
            "https://news.example/big",
            200,
            "text/html",
            "<p>" + "word ".repeat(2000) + "</p>"));
  }

  private static byte[] plain(List<byte[]> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    records.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** Each record its own gzip member, as crawlers write {@code .warc.gz}. */
  private static byte[] gzipped(List<byte[]> records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      try (OutputStream member = new GZIPOutputStream(new NonClosing(out))) {
        member.write(record);
      }
    }
    return out.toByteArray();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private static List<ReadOutcome> readAll(byte[] archive, long maxRecordBytes)
      throws InputRejectedException {
    List<ReadOutcome> out = new ArrayList<>();
    new WarcArchiveReader(maxRecordBytes)
        .read(new ByteArrayInputStream(archive), "crawl.warc.gz", out::add);
    return out;
  }

  private static RawDocument document(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Document.class);
    return ((ReadOutcome.Document) outcome).document();
  }

  @Test
  void read_keepsPagesAndTextResources_passesOverTheRest_plainAndGzipped() throws Exception {
    for (byte[] archive : List.of(plain(crawl()), gzipped(crawl()))) {
      List<ReadOutcome> out = readAll(archive, 4096);

      assertThat(out).hasSize(3);
      RawDocument page = document(out.get(0));
      assertThat(page.kind()).isEqualTo(ContentKind.HTML);
      assertThat(page.content()).isEqualTo(PAGE);
      assertThat(page.source().file()).contains("crawl.warc.gz");
      assertThat(page.source().recordId()).contains("00000000-0000-0000-0000-000000000002");
      assertThat(page.source().url()).contains("https://news.example/a");
      assertThat(page.hints().published()).as("the crawl date is not a publication date").isEmpty();
      RawDocument note = document(out.get(1));
      assertThat(note.kind()).isEqualTo(ContentKind.PLAIN_TEXT);
      assertThat(note.content()).startsWith("Tajik officials");
      assertThat(out.get(2)).isInstanceOf(ReadOutcome.Rejected.class);
      InputRejectedException big = ((ReadOutcome.Rejected) out.get(2)).reason();
      assertThat(big.getMessage())
          .contains("crawl.warc.gz#00000000-0000-0000-0000-000000000006")
          .contains("larger than the limit");
    }
  }

  @Test
  void read_notWarc_isRejectedNamingTheFile() {
    assertThatThrownBy(
            () ->
                readAll(
                    "<html><body>not an archive</body></html>".getBytes(StandardCharsets.UTF_8),
                    4096))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("crawl.warc.gz")
        .hasMessageContaining("WARC");
  }

  @Test
  void read_truncatedArchive_keepsThePagesBeforeTheDamage() throws Exception {
    byte[] whole = plain(crawl());
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 300);

    List<ReadOutcome> out = readAll(cut, 1 << 20);

    assertThat(document(out.get(0)).content()).isEqualTo(PAGE);
    assertThat(out.get(out.size() - 1)).isInstanceOf(ReadOutcome.Rejected.class);
  }

  @Test
  void inputReader_readsWarcFiles_andBoundsWhatOneArchiveKeepsInMemory() throws Exception {
    Path file = dir.resolve("crawl.warc.gz");
    Files.write(file, gzipped(crawl()));
    Limits limits = Limits.DEFAULTS.withMaxArticleBytes(64 * 1024);
    try (HttpFetcher fetcher = new HttpFetcher(limits)) {
      InputReader reader = new InputReader(limits, fetcher, new FeedParser(10));
      List<ReadOutcome> out = reader.read(new Input.File(file, "crawl.warc.gz"));
      assertThat(out).hasSize(3).allMatch(o -> o instanceof ReadOutcome.Document);

      Limits small = limits.withMaxDecompressedBytes(2L * PAGE.length() + 10);
      InputReader bounded = new InputReader(small, fetcher, new FeedParser(10));
      List<ReadOutcome> cut = bounded.read(new Input.File(file, "crawl.warc.gz"));
      assertThat(cut).hasSize(2);
      assertThat(document(cut.get(0)).content()).isEqualTo(PAGE);
      assertThat(((ReadOutcome.Rejected) cut.get(1)).reason().getMessage())
          .contains("crawl.warc.gz")
          .contains("were not read");
    }
  }
}
