package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pamir spark} on Spark local[2], in its own process with Spark's libraries as {@code
 * ./pamir spark} puts them, against {@code pamir analyze} on the same inputs: the seeds, a WARC
 * archive holding a page that retells one of them, and a file that cannot be read.
 */
class SparkCommandIT {

  @TempDir Path dir;

  private static final String[] OPENS = {
    "java.lang",
    "java.lang.invoke",
    "java.nio",
    "java.util",
    "java.util.concurrent",
    "java.net",
    "java.io",
    "sun.nio.ch",
    "sun.util.calendar"
  };

  @Test
  void spark_writesWhatAnalyzeWrites_articlesEventsAndStories() throws Exception {
    Optional<Path> seeds = DemoCorpus.seeds();
    assumeTrue(seeds.isPresent(), "the seed corpus is beside the checkout");
    Path sparkClasspath = Path.of("../spark/target/spark-classpath.txt");
    assertThat(sparkClasspath).as("the spark module lists Spark's libraries").exists();
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    List<Path> texts;
    try (Stream<Path> files = Files.list(seeds.get())) {
      texts = files.sorted().toList();
    }
    for (Path seed : texts) {
      Files.copy(seed, corpus.resolve(seed.getFileName()));
    }
    String retold = Files.readString(texts.get(2), StandardCharsets.UTF_8);
    Files.write(corpus.resolve("crawl.warc.gz"), warc(retold));
    Files.write(corpus.resolve("broken.html"), new byte[] {0, 1, 2, 3, 0, 0, 0, 9});

    StringWriter analyzeErr = new StringWriter();
    int analyzed =
        Main.run(
            new String[] {
              "analyze",
              corpus.toString(),
              "--out",
              dir.resolve("analyze").toString(),
              "--progress",
              "never"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(analyzeErr, true));

    Path log = dir.resolve("spark.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String pkg : OPENS) {
      command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
    }
    command.add("-Xss8m");
    command.add("-cp");
    command.add(
        System.getProperty("java.class.path")
            + java.io.File.pathSeparator
            + Files.readString(sparkClasspath).strip());
    command.addAll(
        List.of(
            "dev.pamir.cli.Main",
            "spark",
            corpus.toString(),
            "--out",
            dir.resolve("spark").toString(),
            "--master",
            "local[2]",
            "--db",
            dir.resolve("kb.db").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process spark = builder.start();
    assertThat(spark.waitFor(10, TimeUnit.MINUTES)).as("spark finishes").isTrue();
    String sparkErr = Files.readString(log);

    assertThat(analyzed).as(analyzeErr.toString()).isEqualTo(1);
    assertThat(spark.exitValue()).as(sparkErr).isEqualTo(1);
    assertThat(sparkErr).contains("rejected corpus/broken.html");
    assertThat(analyzeErr.toString()).contains("rejected corpus/broken.html");

    List<String> articles = Files.readAllLines(dir.resolve("analyze/articles.jsonl"));
    List<String> stories = Files.readAllLines(dir.resolve("analyze/stories.jsonl"));
    assertThat(articles).hasSize(texts.size() + 1);
    assertThat(articles.get(articles.size() - 1))
        .contains("crawl.warc.gz")
        .contains("https://news.example/retold")
        .contains("\"events\":[{");
    assertThat(stories)
        .as("stories of several outlets, to group the same way")
        .anyMatch(
            s -> s.contains("\"articles\":[\"") && s.matches(".*\"articles\":\\[\"[^\\]]*\",\".*"));
    assertThat(Files.readAllLines(dir.resolve("spark/articles.jsonl"))).isEqualTo(articles);
    assertThat(Files.readAllLines(dir.resolve("spark/stories.jsonl"))).isEqualTo(stories);
    for (String table : List.of("articles", "events", "stories")) {
      assertThat(dir.resolve("spark/parquet/" + table + "/_SUCCESS")).exists();
    }
    try (ArticleStore store =
        ArticleStore.open(DatabaseLocation.parse(dir.resolve("kb.db").toString()))) {
      assertThat(store.articleCount()).as("--db loads every article").isEqualTo(articles.size());
      assertThat(store.loadStories()).as("and the stories").hasSize(stories.size());
      assertThat(store.article(store.loadStories().get(0).articles().get(0))).isPresent();
    }
  }

  /** A crawl of one page, each record its own gzip member. */
  private static byte[] warc(String text) throws IOException {
    StringBuilder html = new StringBuilder("<html><head><title>Retold</title></head><body>");
    for (String paragraph : text.split("\n+")) {
      html.append("<p>")
          .append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append("</p>");
    }
    html.append("</body></html>");
    byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(head);
    block.writeBytes(body);
    String record =
        "WARC/1.1\r\nWARC-Type: response\r\n"
            + "WARC-Record-ID: <urn:uuid:6c1f1e0a-0000-4000-8000-000000000001>\r\n"
            + "WARC-Date: 2021-05-20T08:00:00Z\r\n"
            + "WARC-Target-URI: https://news.example/retold\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: "
            + block.size()
            + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(record.getBytes(StandardCharsets.UTF_8));
      gz.write(block.toByteArray());
      gz.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
