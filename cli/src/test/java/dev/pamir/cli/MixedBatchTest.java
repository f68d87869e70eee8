package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pamir.testkit.LoopbackHttpServer;
import dev.pamir.testkit.PamirContract;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command on a mixed batch, as a user runs it: files, a folder, gzip, JSON Lines, a page
 * and a feed from a real loopback server, with bad inputs among them.
 */
class MixedBatchTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><title>%s</title></head><body><article><h1>%s</h1>"
          + "<p>%s reported that talks were held in the capital on Monday, officials said.</p>"
          + "<p>Both sides agreed to meet again next month, according to the statement.</p>"
          + "</article></body></html>";

  private static String page(String title) {
    return String.format(PAGE, title, title, title);
  }

  @Test
  void mixedBatch_exitsOne_namesEveryBadInput_andWritesEveryGoodOneInOrder() throws Exception {
    try (LoopbackHttpServer server = LoopbackHttpServer.start()) {
      server.serve("/page.html", "text/html; charset=utf-8", page("Loopback page"));
      server.serve("/items/one.html", "text/html", page("Feed item one"));
      server.serve("/items/two.html", "text/html", page("Feed item two"));
      server.serve(
          "/feed.xml",
          "application/rss+xml",
          "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
              + "<item><title>Feed item one</title><link>"
              + server.uri("/items/one.html")
              + "</link><pubDate>Wed, 19 May 2021 09:26:00 +0300</pubDate></item>"
              + "<item><title>Feed item two</title><link>/items/two.html</link></item>"
              + "</channel></rss>");
      server.status("/missing.html", 404);
      server.serve("/image.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
      server.serve("/not-a-feed.xml", "application/rss+xml", "this is not xml at all");

      Path text =
          Files.writeString(dir.resolve("a.txt"), "Plain headline\n\nA plain text article body.");
      Path folder = Files.createDirectory(dir.resolve("folder"));
      Files.writeString(folder.resolve("b.html"), page("Folder page"));
      Files.writeString(folder.resolve("c.txt"), "");
      Path gz = dir.resolve("d.txt.gz");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
        out.write("Compressed article body.".getBytes(StandardCharsets.UTF_8));
      }
      Path jsonl =
          Files.writeString(
              dir.resolve("e.jsonl"),
              "{\"id\":\"r1\",\"text\":\"Record one.\",\"title\":\"R1\"}\n{oops\n"
                  + "{\"id\":\"r3\",\"html\":\"<p>Record three is a page.</p>\"}\n");
      Path outDir = dir.resolve("out");
      StringWriter err = new StringWriter();
      int code =
          Main.run(
              new String[] {
                "analyze",
                text.toString(),
                folder.toString(),
                gz.toString(),
                jsonl.toString(),
                server.uri("/page.html").toString(),
                server.uri("/feed.xml").toString(),
                server.uri("/missing.html").toString(),
                server.uri("/image.png").toString(),
                server.uri("/not-a-feed.xml").toString(),
                dir.resolve("nowhere.txt").toString(),
                "--out",
                outDir.toString(),
                "--threads",
                "3",
                "--analysis",
                "clean"
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err));
      String stderr = err.toString();
      assertThat(code).as(stderr).isEqualTo(1);
      assertThat(stderr)
          .contains("folder/c.txt: empty file")
          .contains("e.jsonl:2: malformed JSON")
          .contains("/missing.html")
          .contains("404")
          .contains("/image.png")
          .contains("image/png")
          .contains("/not-a-feed.xml")
          .contains("nowhere.txt: no such file or folder")
          .doesNotContain("\tat ");
      PamirContract.check(outDir);
      List<JsonNode> articles = PamirContract.read(outDir.resolve("articles.jsonl"));
      assertThat(articles).extracting(a -> a.get("text").asText().split("\n")[0]).hasSize(8);
      assertThat(articles.get(0).get("source").get("file").asText()).endsWith("a.txt");
      assertThat(articles.get(1).get("source").get("file").asText()).isEqualTo("folder/b.html");
      assertThat(articles.get(2).get("text").asText()).isEqualTo("Compressed article body.");
      assertThat(articles.get(3).get("title").asText()).isEqualTo("R1");
      assertThat(articles.get(4).get("source").get("id").asText()).isEqualTo("r3");
      assertThat(articles.get(5).get("source").get("url").asText()).endsWith("/page.html");
      assertThat(articles.get(6).get("source").get("url").asText()).endsWith("/items/one.html");
      assertThat(articles.get(6).get("published").asText()).startsWith("2021-05-19");
      assertThat(articles.get(7).get("source").get("url").asText()).endsWith("/items/two.html");
    }
  }
}
