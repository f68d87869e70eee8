package dev.pamir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.app.Analysis;
import dev.pamir.app.Composition;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The LanguageLayerBenchmark measures Pamir's full analysis pipeline against a bare CoreNLP
 * tokenize/ssplit/pos/lemma/ner pipeline on the same articles and threads, in the same process, and
 * prints articles per second for both, their ratio, what events and stories add to the language
 * layer's time, and the peak heap in use and live (see {@link MemoryPeaks}).
 *
 * <p>The three pipelines run in turn, once each per round; with several rounds each figure is the
 * median of its rounds and the spread of the events' cost is printed too, as one run on a shared
 * machine can be off by more than the cost it measures.
 *
 * <p>Usage: {@code LanguageLayerBenchmark DATA.jsonl [--limit N] [--threads T] [--rounds R]};
 * records need {@code text} and may have {@code date}.
 */
public final class LanguageLayerBenchmark {

  private LanguageLayerBenchmark() {}

  private record Doc(String id, String text, ArticleMetadata metadata) {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: LanguageLayerBenchmark DATA.jsonl [--limit N] [--threads T] [--rounds R]");
      System.exit(2);
    }
    int limit = 400;
    int threads = 2;
    int rounds = 1;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Doc> docs = load(Path.of(args[0]), limit);
    long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
    System.out.printf(
        "%d articles (%d words) from %s, %d threads%n", docs.size(), words, args[0], threads);

    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    props.setProperty("ner.applyFineGrained", "false");
    StanfordCoreNLP bare = new StanfordCoreNLP(props);
    Pipeline pamir = Composition.pipeline(Analysis.FULL);
    Pipeline language = Composition.pipeline(Analysis.LANGUAGE);
    StageContext context = new StageContext(Clock.systemUTC(), Limits.DEFAULTS);

    Consumer<Doc> baseline = d -> bare.annotate(new Annotation(d.text()));
    Consumer<Doc> withoutEvents =
        d ->
            language.apply(
                Article.cleaned(
                    d.id(), SourceRef.ofFile(d.id()), d.metadata(), d.text(), List.of()),
                context);
    List<Article> analysed = java.util.Collections.synchronizedList(new ArrayList<>());
    Consumer<Doc> full =
        d ->
            analysed.add(
                pamir.apply(
                    Article.cleaned(
                        d.id(), SourceRef.ofFile(d.id()), d.metadata(), d.text(), List.of()),
                    context));
    // Warm up each on a slice, then time each over all articles.
    run(docs.subList(0, Math.min(20, docs.size())), threads, baseline);
    run(docs.subList(0, Math.min(20, docs.size())), threads, withoutEvents);
    run(docs.subList(0, Math.min(20, docs.size())), threads, full);
    MemoryPeaks.reset();
    List<Double> baseRounds = new ArrayList<>();
    List<Double> languageRounds = new ArrayList<>();
    List<Double> pamirRounds = new ArrayList<>();
    // CPU seconds the worker threads spent, which other load on the machine moves far less than
    // the wall clock.
    List<Double> languageCpu = new ArrayList<>();
    List<Double> pamirCpu = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      analysed.clear();
      baseRounds.add(run(docs, threads, baseline));
      double cpuBefore = WORKER_CPU.sum() / 1e9;
      languageRounds.add(run(docs, threads, withoutEvents));
      double cpuBetween = WORKER_CPU.sum() / 1e9;
      languageCpu.add(cpuBetween - cpuBefore);
      pamirRounds.add(run(docs, threads, full));
      pamirCpu.add(WORKER_CPU.sum() / 1e9 - cpuBetween);
    }
    double baseSeconds = median(baseRounds);
    double languageSeconds = median(languageRounds);
    double pamirSeconds = median(pamirRounds);
    // Stories as analyze builds them: evidence embedded on the worker threads, joined on one.
    dev.pamir.events.story.StoryBuilder stories = Composition.storyBuilder(Analysis.FULL);
    List<Article> inOrder = new ArrayList<>(analysed);
    inOrder.sort(java.util.Comparator.comparing(Article::id));
    long storyStart = System.nanoTime();
    List<dev.pamir.events.story.PreparedArticle> prepared =
        java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService preparers =
        Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-prepare"));
    List<Future<dev.pamir.events.story.PreparedArticle>> futures = new ArrayList<>();
    for (Article a : inOrder) {
      futures.add(preparers.submit(() -> stories.prepare(a)));
    }
    for (Future<dev.pamir.events.story.PreparedArticle> f : futures) {
      prepared.add(f.get());
    }
    preparers.shutdown();
    prepared.forEach(stories::add);
    double storySeconds = (System.nanoTime() - storyStart) / 1e9;
    long events = inOrder.stream().mapToLong(a -> a.annotations().events().size()).sum();
    System.out.printf(
        "language layer without events:               %.2f articles/s%n",
        docs.size() / languageSeconds);
    System.out.printf(
        "events: %d in %d articles; stories: %d built in %.2f s%n",
        events, inOrder.size(), stories.storyCount(), storySeconds);
    List<Double> costs = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      costs.add(
          100
              * (pamirRounds.get(r) + storySeconds - languageRounds.get(r))
              / languageRounds.get(r));
    }
    System.out.printf(
        "events and stories add %.0f%% to the language layer's time%s%n",
        100 * (pamirSeconds + storySeconds - languageSeconds) / languageSeconds,
        rounds == 1
            ? ""
            : String.format(
                " (medians of %d rounds; %.0f%% to %.0f%% round by round)",
                rounds, java.util.Collections.min(costs), java.util.Collections.max(costs)));
    List<Double> cpuCosts = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      cpuCosts.add(100 * (pamirCpu.get(r) - languageCpu.get(r)) / languageCpu.get(r));
    }
    System.out.printf(
        "in the worker threads' CPU time, events add %.0f%% (median; %.0f%% to %.0f%% round by"
            + " round; stories, built on one thread, %.2f s more)%n",
        median(cpuCosts),
        java.util.Collections.min(cpuCosts),
        java.util.Collections.max(cpuCosts),
        storySeconds);
    System.out.printf(
        "bare CoreNLP (tokenize,ssplit,pos,lemma,ner): %.2f articles/s%n",
        docs.size() / baseSeconds);
    System.out.printf(
        "Pamir full pipeline:                          %.2f articles/s%n",
        docs.size() / pamirSeconds);
    System.out.printf("Pamir / bare CoreNLP speed: %.2f%n", baseSeconds / pamirSeconds);
    System.out.printf(
        "peak heap in use: %.0f MB; peak live heap (after a collection): %.0f MB%n",
        MemoryPeaks.heap() / 1e6, MemoryPeaks.liveHeap() / 1e6);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** CPU nanoseconds the benchmark's worker threads have spent on articles. */
  private static final java.util.concurrent.atomic.LongAdder WORKER_CPU =
      new java.util.concurrent.atomic.LongAdder();

  private static double run(List<Doc> docs, int threads, Consumer<Doc> work) throws Exception {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-" + n.incrementAndGet()));
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (Doc d : docs) {
      futures.add(
          pool.submit(
              () -> {
                java.lang.management.ThreadMXBean cpu =
                    java.lang.management.ManagementFactory.getThreadMXBean();
                long before = cpu.getCurrentThreadCpuTime();
                work.accept(d);
                WORKER_CPU.add(cpu.getCurrentThreadCpuTime() - before);
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return seconds;
  }

  private static List<Doc> load(Path data, int limit) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Doc> docs = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && docs.size() < limit;
          line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        ArticleMetadata meta =
            ArticleMetadata.EMPTY.withPublished(
                node.hasNonNull("date")
                    ? PublicationDates.parse(node.get("date").asText())
                    : java.util.Optional.empty());
        docs.add(new Doc(node.get("id").asText(), node.get("text").asText(), meta));
      }
    }
    return docs;
  }
}
