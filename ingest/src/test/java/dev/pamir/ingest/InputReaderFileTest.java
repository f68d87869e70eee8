package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.pipeline.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderFileTest {

  @TempDir Path dir;

  private final Limits limits =
      Limits.DEFAULTS.withMaxArticleBytes(64 * 1024).withMaxDecompressedBytes(256 * 1024);
  private final HttpFetcher fetcher = new HttpFetcher(limits);
  private final InputReader reader =
      new InputReader(limits, fetcher, new FeedParser(limits.maxFeedItems()));

  @AfterEach
  void close() {
    fetcher.close();
  }

  private List<ReadOutcome> read(Path file) {
    return reader.read(new Input.File(file, file.getFileName().toString()));
  }

  private static RawDocument document(List<ReadOutcome> out) {
    assertThat(out).singleElement().isInstanceOf(ReadOutcome.Document.class);
    return ((ReadOutcome.Document) out.get(0)).document();
  }

  private static InputRejectedException rejection(List<ReadOutcome> out) {
    assertThat(out).singleElement().isInstanceOf(ReadOutcome.Rejected.class);
    return ((ReadOutcome.Rejected) out.get(0)).reason();
  }

  private Path gzip(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content);
    }
    return file;
  }

  @Test
  void read_textFile_isPlainText() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody.");
    RawDocument doc = document(read(file));
    assertThat(doc.kind()).isEqualTo(ContentKind.PLAIN_TEXT);
    assertThat(doc.source().file()).contains("a.txt");
  }

  @Test
  void read_htmlByExtensionOrContent_isHtml() throws IOException {
    Path byName = Files.writeString(dir.resolve("a.htm"), "just text");
    Path bySniff = Files.writeString(dir.resolve("page"), "<!DOCTYPE html><html><body><p>x</p>");
    assertThat(document(read(byName)).kind()).isEqualTo(ContentKind.HTML);
    assertThat(document(read(bySniff)).kind()).isEqualTo(ContentKind.HTML);
  }

  @Test
  void read_gzipText_isDecompressed() throws IOException {
    Path file = gzip("a.txt.gz", "Compressed body.".getBytes(StandardCharsets.UTF_8));
    RawDocument doc = document(read(file));
    assertThat(doc.content()).isEqualTo("Compressed body.");
    assertThat(doc.kind()).isEqualTo(ContentKind.PLAIN_TEXT);
  }

  @Test
  void read_gzipJsonLines_yieldsEachRecord() throws IOException {
    Path file =
        gzip(
            "b.jsonl.gz",
            "{\"id\":\"1\",\"text\":\"A\"}\n{\"id\":\"2\",\"text\":\"B\"}\n"
                .getBytes(StandardCharsets.UTF_8));
    assertThat(read(file)).hasSize(2).allMatch(o -> o instanceof ReadOutcome.Document);
  }

  @Test
  void read_gzipBomb_isRejectedAtTheLimit() throws IOException {
    Path file = gzip("bomb.txt.gz", new byte[5 * 1024 * 1024]);
    InputRejectedException e = rejection(read(file));
    assertThat(e.kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).startsWith("bomb.txt.gz: ").contains("64 KB");
  }

  @Test
  void read_corruptGzip_isRejected() throws IOException {
    byte[] bytes = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3};
    Path file = Files.write(dir.resolve("c.txt.gz"), bytes);
    assertThat(rejection(read(file)).getMessage()).startsWith("c.txt.gz: ");
  }

  @Test
  void read_oversizedFile_isRejectedAsLimit() throws IOException {
    Path file = Files.writeString(dir.resolve("big.txt"), "word ".repeat(20_000));
    assertThat(rejection(read(file)).kind()).isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void read_binaryNamedHtml_isRejectedAsBinary() throws IOException {
    byte[] junk = new byte[1000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("x.html"), junk);
    assertThat(rejection(read(file)).getMessage()).isEqualTo("x.html: binary content, not text");
  }

  @Test
  void read_missingFile_isRejected() {
    assertThat(rejection(read(dir.resolve("gone.txt"))).getMessage())
        .isEqualTo("gone.txt: no such file");
  }
}
