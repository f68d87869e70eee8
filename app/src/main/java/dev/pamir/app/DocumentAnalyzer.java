package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.ArticleCleaner;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.RawDocument;
import dev.pamir.model.Article;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;

/**
 * A DocumentAnalyzer cleans and analyses one raw document: what every entry point that analyses
 * does with each document, wherever it runs. A bug in a stage comes back as a rejection of the
 * document with the reason, so one faulty article does not cost a batch.
 *
 * <p>Thread-safe when its pipeline is, as Pamir's are.
 */
public final class DocumentAnalyzer {

  private final ArticleCleaner cleaner;
  private final Pipeline pipeline;
  private final StageContext context;

  public DocumentAnalyzer(ArticleCleaner cleaner, Pipeline pipeline, StageContext context) {
    this.cleaner = requireNonNull(cleaner, "cleaner is null");
    this.pipeline = requireNonNull(pipeline, "pipeline is null");
    this.context = requireNonNull(context, "context is null");
  }

  /**
   * The analysed article.
   *
   * @throws InputRejectedException naming the document and the reason when it cannot be analysed
   */
  public Article analyze(RawDocument document) throws InputRejectedException {
    try {
      return pipeline.apply(cleaner.clean(document), context);
    } catch (StackOverflowError e) {
      throw InputRejectedException.limit(document.name(), "document is nested too deeply to read");
    } catch (InputRejectedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw internalError(document.name(), e);
    }
  }

  /** A bug met while handling {@code input}, reported as a rejection of that input. */
  public static InputRejectedException internalError(String input, RuntimeException e) {
    return new InputRejectedException(
        input,
        "internal error (a bug; please report it): " + e,
        InputRejectedException.Kind.BAD_INPUT,
        e);
  }
}
