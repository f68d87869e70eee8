package dev.pamir.testkit;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A HostileBatch is one batch of inputs built to break a reader, with good articles among them:
 * binary data named {@code .html}, Latin-1 and Windows-1252 text with no declared charset, a 60 MB
 * text file, a JSON Lines record with a 30 MB field, gzip bombs, HTML nested 300,000 deep,
 * malformed JSON Lines, feeds with an external entity and with a billion laughs, a redirect loop, a
 * server that never answers, one that trickles and one that streams without end.
 *
 * <p>{@link #write} puts the files in a folder and the pages on a {@link LoopbackHttpServer}; the
 * batch then says what a sound reader must do with each input: the articles it writes, in order,
 * and the inputs it rejects, each with a phrase of the reason. The same batch serves the command
 * line's integration test and the hostile-batch benchmark.
 *
 * <p>Immutable once written.
 */
public final class HostileBatch {

  /** Size of the plain text file that breaks the article size limit. */
  public static final long HUGE_FILE_BYTES = 60L * 1024 * 1024;

  /** Characters of the JSON Lines field that breaks the record size limit. */
  public static final int BIG_FIELD_CHARS = 30 * 1024 * 1024;

  /** What each gzip bomb expands to. */
  public static final long BOMB_BYTES = 1024L * 1024 * 1024;

  /** How deep the deep page nests its elements. */
  public static final int NESTING_DEPTH = 300_000;

  /** What the hostile feeds name as external entities, which a reader must never read. */
  public static final String SECRET = "PAMIR-SECRET-never-read-7f3a";

  /**
   * One input a sound reader rejects.
   *
   * @param input what the rejection must name (a file, a JSON Lines line, a URL)
   * @param reason a phrase the reason must contain
   */
  public record Rejection(String input, String reason) {
    public Rejection {
      requireNonNull(input, "input is null");
      requireNonNull(reason, "reason is null");
    }
  }

  /**
   * One article a sound reader writes.
   *
   * @param argument the argument it comes from
   * @param phrase a phrase its text must contain
   */
  public record Written(String argument, String phrase) {
    public Written {
      requireNonNull(argument, "argument is null");
      requireNonNull(phrase, "phrase is null");
    }
  }

  private final List<String> arguments;
  private final List<Written> articles;
  private final List<Rejection> rejections;

  private HostileBatch(List<String> arguments, List<Written> articles, List<Rejection> rejections) {
    this.arguments = List.copyOf(arguments);
    this.articles = List.copyOf(articles);
    this.rejections = List.copyOf(rejections);
  }

  /** The arguments to give {@code pamir analyze}, in order. */
  public List<String> arguments() {
    return arguments;
  }

  /** Each article a sound reader writes, in output order. */
  public List<Written> articles() {
    return articles;
  }

  /**
   * The arguments that are files some article comes from: the part of the batch that reaches the
   * language layers, without the network and the inputs rejected whole.
   */
  public List<String> articleFiles() {
    return articles.stream()
        .map(Written::argument)
        .filter(a -> !a.startsWith("http"))
        .distinct()
        .toList();
  }

  /** Every input a sound reader rejects, in input order. */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * Writes the batch's files into {@code folder} and its pages onto {@code server}.
   *
   * @throws UncheckedIOException when the folder cannot be written
   */
  public static HostileBatch write(Path folder, LoopbackHttpServer server) {
    try {
      return new Writer(folder, server).write();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the hostile batch into " + folder, e);
    }
  }

  /** A page with a title and two paragraphs, the second naming {@code marker}. */
  public static String page(String title, String marker) {
    return "<html><head><title>"
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1><p>Officials said on Monday that talks were held in the capital,"
        + " and that both sides would meet again next month.</p><p>"
        + marker
        + " was confirmed by a spokesman, who declined to give further details.</p>"
        + "</article></body></html>";
  }

  private static final class Writer {
    private final Path folder;
    private final LoopbackHttpServer server;
    private final List<String> arguments = new ArrayList<>();
    private final List<Written> articles = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final Random random = new Random(20261125L);

    Writer(Path folder, LoopbackHttpServer server) {
      this.folder = folder;
      this.server = server;
    }

    HostileBatch write() throws IOException {
      Files.createDirectories(folder);
      Path secret = Files.writeString(folder.resolve("secret.txt"), SECRET + "\n");

      good("01-good.txt", "Plain headline\n\nThe first good article was filed on Monday.");
      written("The first good article was filed on Monday.");

      byte[] noise = new byte[64 * 1024];
      random.nextBytes(noise);
      noise[100] = 0;
      bad(Files.write(folder.resolve("02-random.html"), noise), "binary content");

      String latin1 =
          "Café owners in São Paulo and Zürich said on Tuesday that prices rose, Müller said.";
      file("03-latin1.txt", latin1, StandardCharsets.ISO_8859_1);
      written("São Paulo and Zürich");

      String windows1252 =
          "<html><head><title>Prices</title></head><body><article><p>“Prices rose by 5 €”,"
              + " the minister said – and the markets fell on Wednesday, traders said.</p>"
              + "</article></body></html>";
      file("04-windows1252.html", windows1252, Charset.forName("windows-1252"));
      written("“Prices rose by 5 €”, the minister said – and");

      bad(huge(folder.resolve("05-huge.txt")), "larger than the limit");

      Path bigField = folder.resolve("06-big-field.jsonl");
      try (OutputStream out = Files.newOutputStream(bigField)) {
        out.write(
            "{\"id\":\"small\",\"text\":\"A small record before the big one.\"}\n{\"id\":\"big\",\"text\":\""
                .getBytes(StandardCharsets.UTF_8));
        byte[] line = "All work and no play. ".repeat(1024).getBytes(StandardCharsets.UTF_8);
        for (long written = 0; written < BIG_FIELD_CHARS; written += line.length) {
          out.write(line);
        }
        out.write(
            "\"}\n{\"id\":\"after\",\"text\":\"A small record after the big one.\"}\n"
                .getBytes(StandardCharsets.UTF_8));
      }
      arguments.add(bigField.toString());
      written("A small record before the big one.");
      rejections.add(new Rejection(bigField + ":2", "larger than the limit"));
      written("A small record after the big one.");

      bad(bomb(folder.resolve("07-bomb.txt.gz")), "larger than the limit");
      bad(bomb(folder.resolve("08-bomb.jsonl.gz")), "larger than the limit");

      Path deep = folder.resolve("09-deep.html");
      try (OutputStream out = Files.newOutputStream(deep)) {
        out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
        byte[] open = "<div>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < NESTING_DEPTH / 1000; i++) {
          out.write(open);
        }
        out.write(
            "<p>The deep page still says what happened on Thursday, officials said.</p>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] close = "</div>".repeat(1000).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < NESTING_DEPTH / 1000; i++) {
          out.write(close);
        }
        out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
      }
      arguments.add(deep.toString());
      written("The deep page still says what happened on Thursday");

      malformedJsonLines();

      String passwd = "file:///etc/passwd";
      String item =
          "<item><title>&xxe;&local;</title><link>"
              + server.uri("/items/xxe.html")
              + "</link></item>";
      server.serve("/items/xxe.html", "text/html", page("XXE item", "An item of a hostile feed"));
      feed(
          "/xxe.xml",
          "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
              + passwd
              + "\"><!ENTITY local SYSTEM \""
              + secret.toUri()
              + "\">]><rss version=\"2.0\"><channel><title>&xxe;</title>"
              + item
              + "</channel></rss>",
          "DTD");
      StringBuilder laughs = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
      for (int i = 1; i <= 10; i++) {
        laughs.append("<!ENTITY lol").append(i).append(" \"");
        laughs.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
      }
      laughs.append("]>");
      feed(
          "/laughs.xml",
          "<?xml version=\"1.0\"?>"
              + laughs
              + "<rss version=\"2.0\"><channel><title>&lol10;</title>"
              + "<item><title>&lol10;</title><link>/items/xxe.html</link></item>"
              + "</channel></rss>",
          "DTD");

      server.redirect("/loop-a", 302, "/loop-b");
      server.redirect("/loop-b", 302, "/loop-a");
      url("/loop-a", "redirect loop");
      server.hang("/never-answers");
      url("/never-answers", "no complete answer within");
      server.trickle("/trickles", "text/html", Duration.ofMillis(200));
      url("/trickles", "no complete answer within");
      server.endless("/endless", "text/html");
      url("/endless", "larger than the limit");

      server.serve(
          "/good.html", "text/html; charset=utf-8", page("Loopback page", "The last good page"));
      arguments.add(server.uri("/good.html").toString());
      written("The last good page was confirmed");
      return new HostileBatch(arguments, articles, rejections);
    }

    private void malformedJsonLines() throws IOException {
      Path file = folder.resolve("10-malformed.jsonl");
      String name = file.toString();
      List<byte[]> lines = new ArrayList<>();
      lines.add(utf8("{\"id\":\"m1\",\"text\":\"The first record in Zürich is sound.\"}"));
      lines.add(utf8("{oops"));
      rejections.add(new Rejection(name + ":2", "malformed JSON"));
      lines.add(utf8("{\"id\":\"m3\",\"text\":\"cut off"));
      rejections.add(new Rejection(name + ":3", "malformed JSON"));
      lines.add(utf8("[".repeat(100_000) + "]".repeat(100_000)));
      rejections.add(new Rejection(name + ":4", "nested"));
      lines.add(utf8("\"just a string\""));
      rejections.add(new Rejection(name + ":5", "not a JSON object"));
      lines.add(utf8("{\"id\":\"m6\",\"text\":1e99999999}"));
      rejections.add(new Rejection(name + "#m6", "\"text\" must be a string"));
      lines.add(
          utf8(
              "{\"id\":\"m7\",\"text\":\""
                  + "9".repeat(5000)
                  + "\",\"title\":"
                  + "7".repeat(5000)
                  + "}"));
      rejections.add(new Rejection(name + ":7", "number"));
      lines.add(utf8("{\"id\":\"m1\",\"text\":\"The same id again.\"}"));
      rejections.add(new Rejection(name + "#m1", "duplicate id"));
      lines.add(
          "{\"id\":\"m9\",\"text\":\"Caf\u00e9 in Latin-1, not UTF-8.\"}"
              .getBytes(StandardCharsets.ISO_8859_1));
      rejections.add(new Rejection(name + ":9", "UTF-8"));
      lines.add(
          utf8("{\"id\":\"m10\",\"text\":\"A lone surrogate \\ud800 and a NUL \\u0000 here.\"}"));
      lines.add(utf8("{\"id\":\"m11\",\"text\":\"The last record in Zürich is sound.\"}"));
      try (OutputStream out = Files.newOutputStream(file)) {
        for (byte[] line : lines) {
          out.write(line);
          out.write('\n');
        }
      }
      arguments.add(name);
      written("The first record in Zürich is sound.");
      written("A lone surrogate");
      written("The last record in Zürich is sound.");
    }

    /** An article from the argument added last. */
    private void written(String phrase) {
      articles.add(new Written(arguments.get(arguments.size() - 1), phrase));
    }

    private void good(String fileName, String text) throws IOException {
      file(fileName, text, StandardCharsets.UTF_8);
    }

    private void file(String fileName, String text, Charset charset) throws IOException {
      Path path = Files.writeString(folder.resolve(fileName), text, charset);
      arguments.add(path.toString());
    }

    private void bad(Path path, String reason) {
      arguments.add(path.toString());
      rejections.add(new Rejection(path.toString(), reason));
    }

    private void feed(String path, String body, String reason) {
      server.serve(path, "application/rss+xml", body);
      url(path, reason);
    }

    private void url(String path, String reason) {
      String uri = server.uri(path).toString();
      arguments.add(uri);
      rejections.add(new Rejection(uri, reason));
    }

    private static Path huge(Path path) throws IOException {
      byte[] block =
          "A line of text that goes on and on without saying anything at all.\n"
              .repeat(1024)
              .getBytes(StandardCharsets.UTF_8);
      try (OutputStream out = Files.newOutputStream(path)) {
        for (long written = 0; written < HUGE_FILE_BYTES; written += block.length) {
          out.write(block);
        }
      }
      return path;
    }

    /**
     * A gzip file that expands to {@link #BOMB_BYTES} of spaces: one member for 1 MB repeated, as
     * gzip allows members to follow one another, so it is written in milliseconds.
     */
    private static Path bomb(Path path) throws IOException {
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        gzip.write(spaces);
      }
      byte[] bytes = member.toByteArray();
      try (OutputStream out = Files.newOutputStream(path)) {
        for (long i = 0; i < BOMB_BYTES / (1024 * 1024); i++) {
          out.write(bytes);
        }
      }
      return path;
    }

    private static byte[] utf8(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }
}
