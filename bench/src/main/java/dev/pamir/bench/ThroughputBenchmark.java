package dev.pamir.bench;

import dev.pamir.app.Analysis;
import dev.pamir.app.ArticleSink;
import dev.pamir.app.BatchAnalyzer;
import dev.pamir.app.BatchListener;
import dev.pamir.app.BatchSummary;
import dev.pamir.app.Composition;
import dev.pamir.app.StoryCollector;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.ingest.ArticleCleaner;
import dev.pamir.ingest.Input;
import dev.pamir.ingest.InputReader;
import dev.pamir.ingest.InputRejectedException;
import dev.pamir.ingest.InputResolver;
import dev.pamir.ingest.RawDocument;
import dev.pamir.ingest.ReadOutcome;
import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.http.AddressPolicy;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.json.OutputFolder;
import dev.pamir.json.PamirJson;
import dev.pamir.model.Article;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ThroughputBenchmark measures every part of Pamir on the same articles, in one process, each
 * beside a bare CoreNLP tokenize/ssplit/pos/lemma/ner pipeline on the same texts and threads:
 * cleaning, the language layer, events (the full pipeline), stories, and end to end (reading the
 * JSON Lines file, cleaning, analysing, grouping stories and writing {@code articles.jsonl} and
 * {@code stories.jsonl}, as {@code pamir analyze} does). Each configuration prints articles per
 * second, the ratio to the baseline, the peak heap and the peak resident set size.
 *
 * <p>With {@code --growth 1000,5000,17000} it times only end to end, on prefixes of the corpus of
 * those sizes, and prints how the time per article grows with the corpus (the story builder sees
 * every article of a run).
 *
 * <p>Usage: {@code ThroughputBenchmark DATA.jsonl [--limit N] [--threads 1,2] [--warm-up N]
 * [--baseline-only] [--growth N,N,...]}. Records are Pamir's JSON Lines ({@code id}, {@code text},
 * {@code date} or {@code published}, ...). The models load once before any timing; every timed run
 * follows a warm-up on the {@code --warm-up} articles after the timed ones (default 100).
 */
public final class ThroughputBenchmark {

  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: ThroughputBenchmark DATA.jsonl [--limit N] [--threads 1,2] [--warm-up N]"
              + " [--baseline-only] [--growth N,N,...]");
      System.exit(2);
    }
    int limit = 300;
    List<Integer> threadCounts = List.of(1, 2);
    boolean baselineOnly = false;
    int warmUp = 100;
    List<Integer> growth = List.of();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--growth" ->
            growth = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--baseline-only" -> baselineOnly = true;
        case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
        case "--threads" ->
            threadCounts =
                java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (!growth.isEmpty()) {
      limit = Collections.max(growth);
    }
    Path work = Files.createTempDirectory("pamir-throughput-");
    TimedSample sample = TimedSample.write(Path.of(args[0]), limit, warmUp, work);
    Path data = sample.timed();
    Path warmData = sample.warmUp();

    Limits limits = Limits.DEFAULTS;
    StageContext context = new StageContext(Clock.systemUTC(), limits);
    HttpFetcher fetcher = new HttpFetcher(limits, AddressPolicy.PUBLIC_ONLY);
    InputReader reader = new InputReader(limits, fetcher, new FeedParser(limits.maxFeedItems()));
    List<RawDocument> raw = documents(reader, data);
    List<RawDocument> warmRaw = documents(reader, warmData);
    // Words of the first i articles at [i]: the total, and each prefix the growth runs time.
    long[] wordsBefore = new long[raw.size() + 1];
    for (int i = 0; i < raw.size(); i++) {
      wordsBefore[i + 1] = wordsBefore[i] + raw.get(i).content().split("\\s+").length;
    }
    long words = wordsBefore[raw.size()];
    System.out.printf(
        "%d articles (%d words) from %s; %d cores; max heap %d MB; collectors %s%n",
        raw.size(),
        words,
        args[0],
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_000_000,
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());

    long loadStart = System.nanoTime();
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.applyFineGrained", "false");
    StanfordCoreNLP bare = new StanfordCoreNLP(props);
    ArticleCleaner cleaner = Composition.cleaner();
    Pipeline language = Composition.pipeline(Analysis.LANGUAGE);
    Pipeline full = Composition.pipeline(Analysis.FULL);
    java.util.function.Supplier<StoryBuilder> storyBuilders =
        Composition.storyBuilders(Analysis.FULL);
    System.out.printf("models loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
    Batches batches = new Batches(limits, reader, cleaner, full, context);

    List<Article> cleaned = new ArrayList<>();
    for (RawDocument d : raw) {
      cleaned.add(cleaner.clean(d));
    }
    List<Article> analysed = Collections.synchronizedList(new ArrayList<>());
    // Warm up every part, so no timed run pays for the JIT alone: on a 2-core machine the
    // compiler takes most of a core for minutes after the models load, which a 1-thread run gets
    // for free and a 2-thread run has to share.
    List<Article> warmCleaned = new ArrayList<>();
    for (RawDocument d : warmRaw) {
      warmCleaned.add(cleaner.clean(d));
    }
    System.out.printf("warming up on %d other articles%n", warmCleaned.size());
    each(warmCleaned, 2, a -> bare.annotate(new Annotation(a.text())));
    each(warmCleaned, 2, a -> language.apply(a, context));
    each(warmCleaned, 2, a -> full.apply(a, context));

    if (!growth.isEmpty()) {
      growth(growth, threadCounts, data, wordsBefore, warmData, work, batches, storyBuilders);
      fetcher.close();
      return;
    }

    System.out.println();
    System.out.println(
        "| part | threads | articles/s | bare CoreNLP articles/s | ratio | peak heap MB | peak RSS"
            + " MB | cores busy | GC pauses |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int threads : threadCounts) {
      Measure baseline =
          measure(
              raw.size(),
              () -> each(cleaned, threads, a -> bare.annotate(new Annotation(a.text()))));
      print("bare CoreNLP (baseline)", threads, baseline, baseline);
      if (baselineOnly) {
        continue;
      }
      Measure cleaning = measure(raw.size(), () -> each(raw, threads, cleaner::clean));
      print("cleaning", threads, cleaning, baseline);
      Measure lang =
          measure(raw.size(), () -> each(cleaned, threads, a -> language.apply(a, context)));
      print("language layer", threads, lang, baseline);
      analysed.clear();
      Measure events =
          measure(
              raw.size(), () -> each(cleaned, threads, a -> analysed.add(full.apply(a, context))));
      print("language layer + events", threads, events, baseline);
      List<Article> inOrder = new ArrayList<>(analysed);
      inOrder.sort(java.util.Comparator.comparing(Article::id));
      Measure stories = measure(raw.size(), () -> stories(inOrder, storyBuilders.get(), threads));
      print("stories (embed evidence, group)", threads, stories, baseline);
      // End to end, as pamir analyze runs it, with the models already loaded.
      try (BatchAnalyzer warmBatch = batches.open(threads)) {
        endToEnd(warmBatch, warmData, work.resolve("warm-out"), storyBuilders.get());
      }
      Measure endToEnd;
      try (BatchAnalyzer batch = batches.open(threads)) {
        endToEnd =
            measure(
                raw.size(),
                () -> endToEnd(batch, data, work.resolve("out-" + threads), storyBuilders.get()));
      }
      print("end to end (read, clean, analyse, stories, write)", threads, endToEnd, baseline);
      System.out.printf(
          "|   events and stories add %.0f%% to the language layer's time (%.0f%% of its CPU time)"
              + " | %d | | | | | | | |%n",
          100 * (events.seconds + stories.seconds - lang.seconds) / lang.seconds,
          100 * (events.cpuSeconds + stories.cpuSeconds - lang.cpuSeconds) / lang.cpuSeconds,
          threads);
    }
    fetcher.close();
  }

  /**
   * End to end on the first {@code n} articles of {@code data} for each size, each thread count:
   * articles per second, and how the time per article changed from the size before.
   */
  private static void growth(
      List<Integer> sizes,
      List<Integer> threadCounts,
      Path data,
      long[] wordsBefore,
      Path warmData,
      Path work,
      Batches batches,
      java.util.function.Supplier<StoryBuilder> storyBuilders)
      throws Exception {
    List<String> lines = Files.readAllLines(data, java.nio.charset.StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(
        "| articles | words | threads | seconds | articles/s | words/s | time per article against"
            + " the size before | stories | peak heap MB | peak RSS MB | cores busy | GC pauses |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (int threads : threadCounts) {
      try (BatchAnalyzer warmBatch = batches.open(threads)) {
        endToEnd(warmBatch, warmData, work.resolve("warm-out"), storyBuilders.get());
      }
      Measure before = null;
      for (int size : sizes) {
        int n = Math.min(size, lines.size());
        Path prefix = work.resolve("first-" + n + ".jsonl");
        Files.write(prefix, lines.subList(0, n), java.nio.charset.StandardCharsets.UTF_8);
        Path out = work.resolve("growth-" + threads + "-" + n);
        Measure m;
        try (BatchAnalyzer batch = batches.open(threads)) {
          m = measure(n, () -> endToEnd(batch, prefix, out, storyBuilders.get()));
        }
        long stories;
        try (var storyLines = Files.lines(out.resolve(OutputFolder.STORIES))) {
          stories = storyLines.count();
        }
        System.out.printf(
            "| %,d | %,d | %d | %.1f | %.2f | %,.0f | %s | %,d | %,d | %,d | %.2f | %.0f%% |%n",
            n,
            wordsBefore[Math.min(n, wordsBefore.length - 1)],
            threads,
            m.seconds(),
            m.rate(),
            wordsBefore[Math.min(n, wordsBefore.length - 1)] / m.seconds(),
            before == null
                ? ""
                : String.format(
                    java.util.Locale.ROOT,
                    "%.2f",
                    (m.seconds() / n) / (before.seconds() / before.articles())),
            stories,
            m.peakHeap() / 1_000_000,
            m.peakRss() / 1_000_000,
            m.cpuSeconds() / m.seconds(),
            100 * m.gcSeconds() / m.seconds());
        System.out.flush();
        before = m;
      }
    }
  }

  /** What {@code pamir analyze} runs a batch with, the models loaded once. */
  private record Batches(
      Limits limits,
      InputReader reader,
      ArticleCleaner cleaner,
      Pipeline full,
      StageContext context) {
    BatchAnalyzer open(int threads) {
      return new BatchAnalyzer(
          new InputResolver(limits), reader, cleaner, full, context, threads, () -> {});
    }
  }

  /** How long a part took over all articles, and the memory it reached. */
  private record Measure(
      double seconds,
      int articles,
      long peakHeap,
      long peakRss,
      double cpuSeconds,
      double gcSeconds) {
    double rate() {
      return articles / seconds;
    }
  }

  private static Measure measure(int articles, Callable<?> run) throws Exception {
    System.gc();
    MemoryPeaks.reset();
    double cpuStart = TimedSample.processCpuSeconds();
    double gcStart = gcSeconds();
    long start = System.nanoTime();
    run.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measure(
        seconds,
        articles,
        MemoryPeaks.heap(),
        MemoryPeaks.rss(),
        TimedSample.processCpuSeconds() - cpuStart,
        gcSeconds() - gcStart);
  }

  private static void print(String part, int threads, Measure m, Measure baseline) {
    System.out.printf(
        "| %s | %d | %.2f | %.2f | %.2f | %,d | %,d | %.2f | %.0f%% |%n",
        part,
        threads,
        m.rate(),
        baseline.rate(),
        m.rate() / baseline.rate(),
        m.peakHeap() / 1_000_000,
        m.peakRss() / 1_000_000,
        m.cpuSeconds() / m.seconds(),
        100 * m.gcSeconds() / m.seconds());
    System.out.flush();
  }

  private interface Work<T> {
    void accept(T item) throws Exception;
  }

  private static <T> Void each(List<T> items, int threads, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench"));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(
            pool.submit(
                () -> {
                  work.accept(item);
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return null;
  }

  /** Stories as analyze builds them: evidence embedded beside the workers, grouped on one. */
  private static Void stories(List<Article> articles, StoryBuilder builder, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench"));
    try {
      List<Future<dev.pamir.events.story.PreparedArticle>> prepared = new ArrayList<>();
      for (Article a : articles) {
        prepared.add(pool.submit(() -> builder.prepare(a)));
      }
      for (Future<dev.pamir.events.story.PreparedArticle> f : prepared) {
        builder.add(f.get());
      }
    } finally {
      pool.shutdown();
    }
    return null;
  }

  private static BatchSummary endToEnd(
      BatchAnalyzer batch, Path input, Path out, StoryBuilder builder) throws IOException {
    try (OutputFolder folder = OutputFolder.open(out, new PamirJson())) {
      StoryCollector stories = new StoryCollector(builder);
      ArticleSink sink =
          article -> {
            folder.write(article);
            stories.accept(article);
          };
      BatchSummary summary =
          batch.run(
              List.of(input.toString()),
              sink,
              new BatchListener() {
                @Override
                public void rejected(InputRejectedException rejection) {
                  System.err.println("rejected " + rejection.getMessage());
                }

                @Override
                public void warning(String name, String message) {}

                @Override
                public void progress(int done, int known) {}
              });
      folder.commit(stories.finish(Optional.empty()));
      return summary;
    }
  }

  private static List<RawDocument> documents(InputReader reader, Path file) {
    List<RawDocument> documents = new ArrayList<>();
    for (ReadOutcome outcome : reader.read(new Input.File(file, file.getFileName().toString()))) {
      if (outcome instanceof ReadOutcome.Document d) {
        documents.add(d.document());
      }
    }
    return documents;
  }

  /** Time the collectors report for their collections (pauses, and concurrent cycles for some). */
  private static double gcSeconds() {
    long millis = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis / 1e3;
  }
}
