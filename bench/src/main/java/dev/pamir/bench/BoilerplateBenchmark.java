package dev.pamir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.TextDecoder;
import dev.pamir.ingest.html.HtmlArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * The BoilerplateBenchmark measures article-body extraction on the article-extraction benchmark's
 * pages: shingle precision, recall and F1 (as {@code ../shared/tools/bench.py} computes them) and
 * single-thread cleaning speed (parse and extract), for Pamir's extractor and two baselines on the
 * same pages in the same process: boilerpipe's ArticleExtractor and Readability4J, a port of
 * Readability.js that stands in for Crux (which is not on Maven Central).
 *
 * <p>Usage: {@code BoilerplateBenchmark DATA.jsonl [--passes N] [--verbose] [--dump DIR]}. {@code
 * --verbose} prints Pamir's worst pages; {@code --dump} writes Pamir's text of each page to {@code
 * DIR/ID.txt} for inspection.
 */
public final class BoilerplateBenchmark {

  /** One extractor under test: raw HTML and its URL in, article text out. */
  private interface Cleaner {
    String clean(String html, String url) throws Exception;
  }

  private record Contender(String name, Cleaner cleaner) {}

  private record Page(String id, String url, String html, String gold) {}

  /** Keeps the timed work observable so the JIT cannot drop it. */
  private static volatile long blackhole;

  private BoilerplateBenchmark() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: BoilerplateBenchmark DATA.jsonl [--passes N] [--verbose] [--dump DIR]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    int passes = 5;
    boolean verbose = false;
    Path dump = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--verbose" -> verbose = true;
        case "--dump" -> dump = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Page> pages = load(data);
    HtmlArticleExtractor pamir = new HtmlArticleExtractor();
    List<Contender> contenders =
        List.of(
            new Contender("pamir", (html, url) -> pamir.extract(Jsoup.parse(html, url))),
            new Contender("boilerpipe", (html, url) -> ArticleExtractor.INSTANCE.getText(html)),
            new Contender(
                "readability4j",
                (html, url) -> {
                  String text = new Readability4J(url, html).parse().getTextContent();
                  return text == null ? "" : text;
                }));
    System.out.printf(
        Locale.ROOT,
        "%d pages from %s; speed = parse + extract on one thread, %d timed passes after a warm-up%n",
        pages.size(),
        data.getFileName(),
        passes);
    System.out.println(
        "Readability4J (a Readability.js port) stands in for Crux, which is not on Maven Central.");
    System.out.printf(
        Locale.ROOT,
        "%-14s %9s %9s %9s %7s %7s %10s%n",
        "extractor",
        "precision",
        "recall",
        "f1",
        "exact",
        "errors",
        "pages/s");
    double[] speeds = new double[contenders.size()];
    for (int c = 0; c < contenders.size(); c++) {
      Contender contender = contenders.get(c);
      List<ShingleScore> scores = new ArrayList<>();
      int errors = 0;
      for (Page page : pages) {
        String text = run(contender.cleaner(), page);
        if (text == null) {
          errors++;
          text = "";
        }
        ShingleScore score = ShingleScore.of(page.gold(), text);
        scores.add(score);
        if (c == 0 && dump != null) {
          Files.createDirectories(dump);
          Files.writeString(dump.resolve(page.id() + ".txt"), text, StandardCharsets.UTF_8);
        }
        if (c == 0 && verbose && (score.precision() < 0.9 || score.recall() < 0.9)) {
          System.out.printf(
              Locale.ROOT,
              "  %s p=%.3f r=%.3f %s%n",
              page.id().substring(0, 12),
              score.precision(),
              score.recall(),
              page.url());
        }
      }
      speeds[c] = pagesPerSecond(contender.cleaner(), pages, passes);
      ShingleScore.Summary summary = ShingleScore.summarize(scores);
      System.out.printf(
          Locale.ROOT,
          "%-14s %9.3f %9.3f %9.3f %7d %7d %10.1f%n",
          contender.name(),
          summary.precision(),
          summary.recall(),
          summary.f1(),
          summary.exact(),
          errors,
          speeds[c]);
    }
    for (int c = 1; c < contenders.size(); c++) {
      System.out.printf(
          Locale.ROOT,
          "pamir speed / %s speed = %.2fx%n",
          contenders.get(c).name(),
          speeds[0] / speeds[c]);
    }
  }

  /** The text {@code cleaner} extracts from {@code page}, or null when it failed. */
  private static String run(Cleaner cleaner, Page page) {
    try {
      return cleaner.clean(page.html(), page.url());
    } catch (Exception e) {
      return null;
    }
  }

  private static double pagesPerSecond(Cleaner cleaner, List<Page> pages, int passes) {
    long sink = 0;
    for (Page page : pages) {
      String text = run(cleaner, page);
      sink += text == null ? 0 : text.length();
    }
    long start = System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      for (Page page : pages) {
        String text = run(cleaner, page);
        sink += text == null ? 0 : text.length();
      }
    }
    long nanos = System.nanoTime() - start;
    blackhole = sink;
    return pages.size() * (double) passes / (nanos / 1e9);
  }

  private static List<Page> load(Path data) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path base = data.toAbsolutePath().getParent();
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode record = json.readTree(line);
      String id = record.path("id").asText();
      Path file = base.resolve(record.path("html_file").asText());
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readAllBytes();
      }
      String html;
      try {
        html = TextDecoder.decode(bytes, null, file.toString());
      } catch (InputRejectedException e) {
        throw new UncheckedIOException(new IOException(e.getMessage(), e));
      }
      pages.add(
          new Page(id, record.path("url").asText(""), html, record.path("article_body").asText()));
    }
    return pages;
  }
}
