package dev.pamir.app;

import static java.util.Objects.requireNonNull;

import dev.pamir.ingest.ArticleCleaner;
import dev.pamir.ingest.Input;
import dev.pamir.ingest.InputReader;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.InputResolver;
import dev.pamir.ingest.RawDocument;
import dev.pamir.ingest.ReadOutcome;
import dev.pamir.model.Article;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The BatchAnalyzer reads, cleans and analyses a batch of inputs on a pool of named worker threads,
 * and hands the articles to a sink in input order: the order of the arguments, then of files in a
 * folder, lines in a JSON Lines file and items in a feed.
 *
 * <p>Bad inputs are reported to the listener and the batch goes on. An input that names the same
 * source as an earlier one (the same file twice, a URL listed by two feeds) is written once. At
 * most a bounded number of inputs are in flight at once, so memory does not grow with the batch.
 * One batch runs at a time.
 */
public final class BatchAnalyzer implements AutoCloseable {

  private final InputResolver resolver;
  private final InputReader reader;
  private final DocumentAnalyzer analyzer;
  private final AutoCloseable resources;
  private final ExecutorService workers;
  private final int window;

  /** One result in input order. */
  private sealed interface Item {}

  private record Analyzed(Article article) implements Item {}

  private record Rejected(InputRejectedException reason) implements Item {}

  private record Warning(String input, String message) implements Item {}

  /** A raw document still to clean and analyse. */
  private record Pending(RawDocument document) implements Item {}

  /** A feed's items, still to fetch. */
  private record Expanded(List<Input> inputs) implements Item {}

  /** A slot in the output order: work to start, started work, or a finished item. */
  private static final class Slot {
    private final Callable<List<Item>> work;
    private final @Nullable Item done;
    private @Nullable Future<List<Item>> future;

    Slot(Callable<List<Item>> work) {
      this.work = work;
      this.done = null;
    }

    Slot(Item done) {
      this.work = () -> List.of(done);
      this.done = done;
      this.future = CompletableFuture.completedFuture(List.of(done));
    }
  }

  public BatchAnalyzer(
      InputResolver resolver,
      InputReader reader,
      ArticleCleaner cleaner,
      Pipeline pipeline,
      StageContext context,
      int threads,
      AutoCloseable resources) {
    this.resolver = requireNonNull(resolver, "resolver is null");
    this.reader = requireNonNull(reader, "reader is null");
    this.analyzer = new DocumentAnalyzer(cleaner, pipeline, context);
    this.resources = requireNonNull(resources, "resources is null");
    AtomicInteger count = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "pamir-analyze-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.window = threads * 4;
  }

  /**
   * Analyses every input named by {@code arguments}.
   *
   * @throws IOException when the sink fails; inputs never cause this
   */
  public BatchSummary run(List<String> arguments, ArticleSink sink, BatchListener listener)
      throws IOException {
    Deque<Slot> slots = new ArrayDeque<>();
    for (String argument : arguments) {
      InputResolver.Resolved resolved = resolver.resolve(argument);
      if (resolved instanceof InputResolver.Resolved.Rejected r) {
        slots.add(new Slot(new Rejected(r.reason())));
      } else if (resolved instanceof InputResolver.Resolved.Inputs inputs) {
        for (Input input : inputs.inputs()) {
          slots.add(new Slot(() -> read(input, true)));
        }
      }
    }
    Set<String> writtenIds = new HashSet<>();
    int known = slots.size();
    int done = 0;
    int articles = 0;
    int rejected = 0;
    while (!slots.isEmpty()) {
      startWindow(slots);
      Slot head = slots.removeFirst();
      List<Item> items = await(head);
      List<Slot> expansion = new ArrayList<>();
      for (Item item : items) {
        if (item instanceof Pending p) {
          expansion.add(new Slot(() -> List.of(analyze(p.document()))));
        } else if (item instanceof Expanded e) {
          for (Input input : e.inputs()) {
            expansion.add(new Slot(() -> read(input, false)));
          }
        } else {
          expansion.add(new Slot(item));
        }
      }
      if (expansion.size() == 1 && expansion.get(0).done != null) {
        Item item = expansion.get(0).done;
        if (item instanceof Analyzed a) {
          if (!writtenIds.add(a.article().id())) {
            listener.warning(
                a.article().source().displayName(), "skipped: the same input came earlier");
          } else if (write(sink, a.article(), listener)) {
            articles++;
          } else {
            rejected++;
          }
          done++;
        } else if (item instanceof Rejected r) {
          listener.rejected(r.reason());
          rejected++;
          done++;
        } else if (item instanceof Warning w) {
          listener.warning(w.input(), w.message());
        }
        listener.progress(done, known);
        continue;
      }
      known += (int) expansion.stream().filter(s -> !isWarning(s)).count() - 1;
      for (int i = expansion.size() - 1; i >= 0; i--) {
        slots.addFirst(expansion.get(i));
      }
    }
    return new BatchSummary(articles, rejected);
  }

  /**
   * Hands one article to the sink. An article the sink refuses as unwritable (a bug in a stage) is
   * reported as a rejection of its input, and the batch goes on.
   *
   * @return whether the article was written
   */
  private static boolean write(ArticleSink sink, Article article, BatchListener listener)
      throws IOException {
    try {
      sink.accept(article);
      return true;
    } catch (RuntimeException e) {
      listener.rejected(internalError(article.source().displayName(), e));
      return false;
    }
  }

  private static InputRejectedException internalError(String input, RuntimeException e) {
    return DocumentAnalyzer.internalError(input, e);
  }

  private static boolean isWarning(Slot slot) {
    return slot.done instanceof Warning;
  }

  private void startWindow(Deque<Slot> slots) {
    int started = 0;
    Iterator<Slot> it = slots.iterator();
    while (it.hasNext() && started < window) {
      Slot slot = it.next();
      if (slot.future == null) {
        slot.future = workers.submit(slot.work);
      }
      started++;
    }
  }

  private List<Item> await(Slot slot) throws IOException {
    if (slot.future == null) {
      slot.future = workers.submit(slot.work);
    }
    try {
      return slot.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for an article", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("analysis failed", cause);
    }
  }

  /**
   * Reads one input; documents come back pending unless the input was a single document. A bug in a
   * reader is reported as a rejection of this input, so one hostile input does not cost the batch.
   */
  private List<Item> read(Input input, boolean feedsAllowed) {
    List<ReadOutcome> outcomes;
    try {
      outcomes = reader.read(input);
    } catch (RuntimeException e) {
      return List.of(new Rejected(internalError(input.name(), e)));
    } catch (StackOverflowError e) {
      return List.of(
          new Rejected(
              InputRejectedException.limit(input.name(), "input is nested too deeply to read")));
    }
    List<Item> items = new ArrayList<>(outcomes.size());
    for (ReadOutcome outcome : outcomes) {
      if (outcome instanceof ReadOutcome.Document d) {
        items.add(outcomes.size() == 1 ? analyze(d.document()) : new Pending(d.document()));
      } else if (outcome instanceof ReadOutcome.Rejected r) {
        items.add(new Rejected(r.reason()));
      } else if (outcome instanceof ReadOutcome.Expanded e) {
        if (!feedsAllowed) {
          items.add(
              new Rejected(
                  InputRejectedException.bad(input.name(), "a feed item links to another feed")));
          continue;
        }
        for (String warning : e.warnings()) {
          items.add(new Warning(e.feed(), warning));
        }
        if (e.items().isEmpty()) {
          items.add(new Rejected(InputRejectedException.bad(e.feed(), "feed has no items")));
        } else {
          items.add(new Expanded(e.items()));
        }
      }
    }
    return items;
  }

  /**
   * Cleans and analyses one document. A bug in a stage is reported as a rejection of this input
   * with the reason, so one faulty article does not cost the batch.
   */
  private Item analyze(RawDocument document) {
    try {
      return new Analyzed(analyzer.analyze(document));
    } catch (InputRejectedException e) {
      return new Rejected(e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
      resources.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("cannot release resources", e);
    }
  }
}
