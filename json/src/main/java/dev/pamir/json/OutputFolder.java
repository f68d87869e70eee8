package dev.pamir.json;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Article;
import dev.pamir.model.Story;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An OutputFolder writes {@code articles.jsonl} and {@code stories.jsonl} into a folder. Files are
 * written beside their final names and moved into place on {@link #commit()}, so a run that dies
 * halfway leaves the previous output whole.
 *
 * <p>Not thread-safe: one writer thread.
 */
public final class OutputFolder implements AutoCloseable {

  public static final String ARTICLES = "articles.jsonl";
  public static final String STORIES = "stories.jsonl";

  private final Path folder;
  private final PamirJson json;
  private final Path articlesPart;
  private final Path storiesPart;
  private final OutputStream articles;
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean committed;

  private OutputFolder(Path folder, PamirJson json) throws IOException {
    this.folder = folder;
    this.json = json;
    this.articlesPart = folder.resolve(ARTICLES + ".part");
    this.storiesPart = folder.resolve(STORIES + ".part");
    this.articles = new BufferedOutputStream(Files.newOutputStream(articlesPart), 64 * 1024);
  }

  /** Creates {@code folder} if needed and opens it for writing. */
  public static OutputFolder open(Path folder, PamirJson json) throws IOException {
    requireNonNull(folder, "folder is null");
    Files.createDirectories(folder);
    return new OutputFolder(folder, requireNonNull(json, "json is null"));
  }

  /**
   * Appends {@code article} as one line. The line is encoded whole before any of it is written, so
   * an article that cannot be written leaves the file as it was.
   *
   * @throws IllegalArgumentException when the article holds text that is not well-formed Unicode
   *     (an unpaired surrogate), which is a bug in whatever made it
   * @throws IOException when the file cannot be written
   */
  public void write(Article article) throws IOException {
    ByteBuffer line;
    try {
      line = utf8.encode(CharBuffer.wrap(json.article(article) + "\n"));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "article " + article.id() + " cannot be written: its text is not well-formed Unicode", e);
    }
    articles.write(line.array(), line.arrayOffset() + line.position(), line.remaining());
  }

  /** Finishes both files, with no stories, and moves them into place. */
  public void commit() throws IOException {
    commit(List.of());
  }

  /**
   * Finishes both files, writing {@code stories} one a line in their order, and moves them into
   * place.
   */
  public void commit(List<Story> stories) throws IOException {
    requireNonNull(stories, "stories is null");
    articles.close();
    try (BufferedWriter out = Files.newBufferedWriter(storiesPart, StandardCharsets.UTF_8)) {
      for (Story story : stories) {
        out.write(json.story(story));
        out.write('\n');
      }
    }
    move(articlesPart, folder.resolve(ARTICLES));
    move(storiesPart, folder.resolve(STORIES));
    committed = true;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Closes without committing when {@link #commit()} was not called: the parts are removed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      articles.close();
      Files.deleteIfExists(articlesPart);
      Files.deleteIfExists(storiesPart);
    }
  }
}
