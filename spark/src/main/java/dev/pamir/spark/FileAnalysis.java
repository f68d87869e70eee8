package dev.pamir.spark;

import dev.pamir.app.Composition;
import dev.pamir.app.DocumentAnalyzer;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.ingest.Input;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.ReadOutcome;
import dev.pamir.ingest.warc.WarcArchiveReader;
import dev.pamir.json.PamirJson;
import dev.pamir.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Reads and analyses the records of one slice of a file, on an executor, with the executor's
 * pipeline: every outcome is an article line or a rejection; nothing escapes.
 */
final class FileAnalysis {

  private static final PamirJson JSON = new PamirJson();
  private static final StoryBuilder KEYS = StoryBuilder.withoutEncoder();

  private FileAnalysis() {}

  static List<Outcome> analyse(SourceFile file, WorkerSpec spec) {
    Composition.Worker worker = Workers.analysis(spec);
    List<Outcome> out = new ArrayList<>();
    if (!file.local() && WarcArchiveReader.isWarc(file.name())) {
      streamWarc(file, spec, worker, out);
      return out;
    }
    List<ReadOutcome> records =
        file.local()
            ? worker.reader().read(new Input.File(Path.of(file.path()), file.name()))
            : worker.reader().readFile(file.name(), () -> open(file));
    for (int i = file.slice(); i < records.size(); i += file.slices()) {
      out.add(outcome(file, i, records.get(i), worker.analyzer()));
    }
    return out;
  }

  /**
   * A WARC archive on a cluster file system streams through, page by page: an archive is often a
   * gigabyte, more than the single-machine reader keeps in memory.
   */
  private static void streamWarc(
      SourceFile file, WorkerSpec spec, Composition.Worker worker, List<Outcome> out) {
    long[] record = {0};
    try (InputStream in = open(file)) {
      new WarcArchiveReader(spec.maxArticleBytes())
          .read(
              in,
              file.name(),
              page -> {
                long i = record[0]++;
                if (i % file.slices() == file.slice()) {
                  out.add(outcome(file, i, page, worker.analyzer()));
                }
                return true;
              });
    } catch (InputRejectedException e) {
      if (file.slice() == 0) {
        out.add(Outcome.rejected(file.position(0), file.name(), e.getMessage()));
      }
    } catch (IOException e) {
      if (file.slice() == 0) {
        out.add(
            Outcome.rejected(
                file.position(0), file.name(), file.name() + ": cannot read: " + e.getMessage()));
      }
    }
  }

  private static InputStream open(SourceFile file) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.path());
    FileSystem fs = path.getFileSystem(new Configuration());
    return fs.open(path);
  }

  private static Outcome outcome(
      SourceFile file, long record, ReadOutcome read, DocumentAnalyzer analyzer) {
    long position = file.position(Math.min(record, SourceFile.MAX_RECORDS - 1));
    if (record >= SourceFile.MAX_RECORDS) {
      return Outcome.rejected(
          position,
          file.name(),
          file.name()
              + ": record "
              + (record + 1)
              + " is past the "
              + SourceFile.MAX_RECORDS
              + " one file may hold; split the file");
    }
    if (read instanceof ReadOutcome.Rejected r) {
      return Outcome.rejected(position, r.reason().input(), r.reason().getMessage());
    }
    if (!(read instanceof ReadOutcome.Document d)) {
      return Outcome.rejected(
          position, file.name(), file.name() + ": a file cannot list other inputs to read");
    }
    Article article;
    try {
      article = analyzer.analyze(d.document());
    } catch (InputRejectedException e) {
      return Outcome.rejected(position, e.input(), e.getMessage());
    }
    String name = article.source().displayName();
    try {
      String line = JSON.article(article);
      wellFormed(line, article.id());
      StoryBuilder.BlockingKeys keys = KEYS.blockingKeys(article);
      return Outcome.article(
          position,
          name,
          article.id(),
          line,
          !article.annotations().events().isEmpty(),
          new ArrayList<>(keys.filed()),
          new ArrayList<>(keys.sought()));
    } catch (RuntimeException e) {
      return Outcome.rejected(position, name, DocumentAnalyzer.internalError(name, e).getMessage());
    }
  }

  /** The check the single-machine writer makes: text that is not well-formed Unicode is a bug. */
  private static void wellFormed(String line, String id) {
    try {
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(line));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "article " + id + " cannot be written: its text is not well-formed Unicode", e);
    }
  }
}
