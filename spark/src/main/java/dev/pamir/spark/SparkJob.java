package dev.pamir.spark;

import static java.util.Objects.requireNonNull;

import dev.pamir.app.Analysis;
import dev.pamir.app.StoreSink;
import dev.pamir.app.StoryCollector;
import dev.pamir.events.story.StoryBlocks;
import dev.pamir.json.OutputFolder;
import dev.pamir.json.PamirJson;
import dev.pamir.json.PamirJsonReader;
import dev.pamir.model.Article;
import dev.pamir.model.Story;
import dev.pamir.pipeline.Limits;
import dev.pamir.store.ArticleStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The SparkJob runs {@code pamir analyze} on a Spark cluster: it reads the inputs (text, HTML, JSON
 * Lines and WARC files, on any Hadoop file system), analyses them on the executors with a pipeline
 * each executor builds once, groups events into stories, and writes {@code articles.jsonl} and
 * {@code stories.jsonl} (pamir/1, the same lines in the same order as {@code analyze} writes for
 * the same inputs) and, with {@link Options#parquet()}, Parquet tables of articles, events and
 * stories beside them.
 *
 * <p>Stories: every article's events give blocking keys (date window × actor keys, {@link
 * dev.pamir.events.story.StoryBuilder#blockingKeys}); the executors group articles by key and link
 * those that share one, the driver joins the links into blocks, and each block's stories are built
 * on an executor by the single-machine story builder, in input order. Blocks never share a story,
 * so the stories are those one builder gives the whole corpus; they are numbered in the order it
 * would have started them.
 *
 * <p>Bad inputs are rejected, each named with its reason, and the job goes on.
 */
public final class SparkJob {

  /**
   * What to run.
   *
   * @param out a folder on any Hadoop file system
   * @param db a knowledge base to load the results into, as {@code analyze --db} takes it
   * @param clock the clock whose reading at the start is "now" for every executor
   */
  public record Options(
      List<String> inputs,
      String out,
      Analysis analysis,
      Limits limits,
      boolean parquet,
      @Nullable String db,
      Clock clock) {
    public Options {
      inputs = List.copyOf(inputs);
      requireNonNull(out, "out is null");
      requireNonNull(analysis, "analysis is null");
      requireNonNull(limits, "limits is null");
      requireNonNull(clock, "clock is null");
    }
  }

  /** How the run went. */
  public record Summary(long articles, long rejected, long stories, long blocks) {
    public boolean allAccepted() {
      return rejected == 0;
    }
  }

  /** Progress and rejections, as {@code analyze} reports them. */
  public interface Listener {
    void rejected(String message);

    void warning(String input, String message);

    void phase(String message);
  }

  private final SparkSession spark;
  private final JavaSparkContext jsc;

  public SparkJob(SparkSession spark) {
    this.spark = requireNonNull(spark, "spark is null");
    this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
  }

  public Summary run(Options options, Listener listener) throws IOException {
    long started = System.nanoTime();
    WorkerSpec spec =
        WorkerSpec.of(options.analysis(), options.limits(), options.clock().instant());
    Configuration hadoop = jsc.hadoopConfiguration();
    InputListing.Listed listed = new InputListing(options.limits(), hadoop).list(options.inputs());
    int parallelism = Math.max(1, jsc.defaultParallelism());
    List<SourceFile> tasks = new ArrayList<>();
    for (SourceFile file : listed.files()) {
      int slices = InputListing.holdsMany(file.name()) ? slices(file, parallelism, hadoop) : 1;
      for (int s = 0; s < slices; s++) {
        tasks.add(file.slice(s, slices));
      }
    }
    listener.phase(
        listed.files().size()
            + " file(s) in "
            + tasks.size()
            + " task(s) on "
            + parallelism
            + " core(s)");

    JavaRDD<Outcome> outcomes =
        (tasks.isEmpty() ? jsc.<SourceFile>emptyRDD() : jsc.parallelize(tasks, tasks.size()))
            .flatMap(file -> FileAnalysis.analyse(file, spec).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());

    List<Outcome> rejected = new ArrayList<>(listed.rejected());
    rejected.addAll(outcomes.filter(o -> !o.isArticle()).collect());

    // One article per id, the first in input order; later ones are named and skipped.
    JavaPairRDD<String, Outcome> byId =
        outcomes.filter(Outcome::isArticle).mapToPair(o -> new Tuple2<>(o.id(), o));
    JavaRDD<Outcome> articles =
        byId.reduceByKey((a, b) -> a.position() <= b.position() ? a : b)
            .values()
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Outcome> skipped =
        byId.groupByKey()
            .flatMap(
                group -> {
                  List<Outcome> same = new ArrayList<>();
                  group._2().forEach(same::add);
                  same.sort(Comparator.comparingLong(Outcome::position));
                  return same.subList(1, same.size()).iterator();
                })
            .collect();
    long articleCount = articles.count();
    listener.phase(articleCount + " article(s) analysed in " + seconds(started) + " s");

    Map<Long, Long> roots = blocks(articles);
    long blockCount =
        articles.filter(Outcome::hasEvents).count()
            - roots.size()
            + new HashSet<>(roots.values()).size();
    Broadcast<Map<Long, Long>> rootOf = jsc.broadcast(roots);
    Analysis depth = options.analysis();
    JavaPairRDD<StartKey, String> startedStories =
        articles
            .filter(Outcome::hasEvents)
            .mapToPair(
                o ->
                    new Tuple2<>(
                        rootOf.value().getOrDefault(o.position(), o.position()),
                        new Tuple2<>(o.position(), o.json())))
            .groupByKey()
            .flatMapToPair(block -> storiesOf(block._2(), depth).iterator())
            // Sorting samples its input first when it has more than one partition: without this
            // every block's stories would be built twice.
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> stories =
        startedStories
            .sortByKey()
            .values()
            .zipWithIndex()
            .map(
                s -> {
                  Story story = new PamirJsonReader().story(s._1());
                  return new PamirJson()
                      .story(
                          new Story(
                              "S" + (s._2() + 1),
                              story.summary(),
                              story.events(),
                              story.articles(),
                              story.conflicts()));
                })
            .persist(StorageLevel.MEMORY_AND_DISK());
    long storyCount = stories.count();
    startedStories.unpersist();
    listener.phase(
        storyCount
            + " stor"
            + (storyCount == 1 ? "y" : "ies")
            + " in "
            + blockCount
            + " block(s) after "
            + seconds(started)
            + " s");

    JavaRDD<Outcome> ordered = articles.sortBy(Outcome::position, true, parallelism);
    Path out = new Path(options.out());
    FileSystem fs = out.getFileSystem(hadoop);
    fs.mkdirs(out);
    writeLines(
        fs, new Path(out, OutputFolder.ARTICLES), ordered.map(Outcome::json).toLocalIterator());
    writeLines(fs, new Path(out, OutputFolder.STORIES), stories.toLocalIterator());
    if (options.parquet()) {
      ParquetTables.write(spark, ordered, stories, new Path(out, "parquet").toString());
    }
    if (options.db() != null) {
      load(options, ordered, stories, listener);
    }

    rejected.sort(Comparator.comparingLong(Outcome::position));
    for (Outcome r : rejected) {
      listener.rejected(r.rejection());
    }
    skipped.sort(Comparator.comparingLong(Outcome::position));
    for (Outcome s : skipped) {
      listener.warning(s.name(), "skipped: the same input came earlier");
    }
    outcomes.unpersist();
    articles.unpersist();
    stories.unpersist();
    return new Summary(articleCount, rejected.size(), storyCount, blockCount);
  }

  /** About how much of a many-article file one task analyses. */
  static final long SLICE_BYTES = 16 * 1024;

  /** How many bytes the tasks of one file may read between them: each reads the whole file. */
  static final long REREAD_BYTES = 1L << 30;

  /**
   * How many tasks analyse a file of many articles: one for about every {@link #SLICE_BYTES} of it,
   * so that the last tasks of the stage are short and no core waits long on another's, but no more
   * than keep what the tasks read between them (every task reads the whole file to pick its
   * records) within {@link #REREAD_BYTES}; and whatever the size, at least 4 for each core, which
   * wins over that bound for a big file. The size is the file's as stored (compressed, for a {@code
   * .gz}).
   */
  static int slices(long bytes, int parallelism) {
    long least = 4L * parallelism;
    if (bytes <= 0) {
      return (int) least;
    }
    long bySize = bytes / SLICE_BYTES;
    long byReading = REREAD_BYTES / bytes;
    return (int) Math.max(least, Math.min(bySize, byReading));
  }

  private static int slices(SourceFile file, int parallelism, Configuration hadoop) {
    long bytes;
    try {
      Path path = new Path(file.path());
      bytes =
          file.local()
              ? java.nio.file.Files.size(java.nio.file.Path.of(file.path()))
              : path.getFileSystem(hadoop).getFileStatus(path).getLen();
    } catch (IOException | RuntimeException e) {
      bytes = -1; // unreadable: the task that reads it names the reason
    }
    return slices(bytes, parallelism);
  }

  /**
   * The block of every article that shares a blocking key with another: a key some article files
   * links every article that files or seeks it. Keys are grouped on the executors; the links, one
   * per member of a key, are joined on the driver.
   *
   * @return for each linked article's position, the smallest position of its block
   */
  private static Map<Long, Long> blocks(JavaRDD<Outcome> articles) {
    List<Tuple2<Long, Long>> links =
        articles
            .filter(Outcome::hasEvents)
            .flatMapToPair(
                o -> {
                  List<Tuple2<String, Tuple2<Long, Boolean>>> keys = new ArrayList<>();
                  Set<String> filed = new HashSet<>(o.filed());
                  for (String key : filed) {
                    keys.add(new Tuple2<>(key, new Tuple2<>(o.position(), true)));
                  }
                  for (String key : o.sought()) {
                    if (!filed.contains(key)) {
                      keys.add(new Tuple2<>(key, new Tuple2<>(o.position(), false)));
                    }
                  }
                  return keys.iterator();
                })
            .groupByKey()
            .flatMap(
                key -> {
                  boolean anyFiled = false;
                  long first = Long.MAX_VALUE;
                  List<Long> members = new ArrayList<>();
                  for (Tuple2<Long, Boolean> member : key._2()) {
                    anyFiled |= member._2();
                    first = Math.min(first, member._1());
                    members.add(member._1());
                  }
                  List<Tuple2<Long, Long>> out = new ArrayList<>();
                  if (anyFiled) {
                    for (long member : members) {
                      if (member != first) {
                        out.add(new Tuple2<>(first, member));
                      }
                    }
                  }
                  return out.iterator();
                })
            .distinct()
            .collect();
    Map<Long, Long> parent = new HashMap<>();
    for (Tuple2<Long, Long> link : links) {
      long a = root(parent, link._1());
      long b = root(parent, link._2());
      if (a != b) {
        parent.put(Math.max(a, b), Math.min(a, b));
      }
    }
    Map<Long, Long> roots = new HashMap<>();
    for (Long position : new ArrayList<>(parent.keySet())) {
      long r = root(parent, position);
      roots.put(position, r);
      roots.put(r, r);
    }
    return roots;
  }

  private static long root(Map<Long, Long> parent, long position) {
    long r = position;
    while (true) {
      Long up = parent.get(r);
      if (up == null || up == r) {
        break;
      }
      r = up;
    }
    long p = position;
    while (p != r) {
      long up = parent.get(p);
      parent.put(p, r);
      p = up;
    }
    return r;
  }

  /** One block's stories, built in input order by the single-machine builder. */
  private static List<Tuple2<StartKey, String>> storiesOf(
      Iterable<Tuple2<Long, String>> members, Analysis depth) {
    List<Tuple2<Long, String>> sorted = new ArrayList<>();
    members.forEach(sorted::add);
    sorted.sort(Comparator.comparingLong(Tuple2::_1));
    PamirJsonReader reader = new PamirJsonReader();
    List<Article> block = new ArrayList<>(sorted.size());
    long[] positions = new long[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      block.add(reader.article(sorted.get(i)._2()));
      positions[i] = sorted.get(i)._1();
    }
    PamirJson json = new PamirJson();
    List<Tuple2<StartKey, String>> out = new ArrayList<>();
    for (StoryBlocks.Started s :
        StoryBlocks.build(Workers.stories(depth).get(), block, positions)) {
      out.add(new Tuple2<>(new StartKey(s.article(), s.event()), json.story(s.story())));
    }
    return out;
  }

  /** Writes the lines beside their final name and moves them into place when all are written. */
  private static void writeLines(FileSystem fs, Path target, Iterator<String> lines)
      throws IOException {
    Path part = new Path(target.getParent(), target.getName() + ".part");
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(fs.create(part, true), StandardCharsets.UTF_8), 1 << 16)) {
      while (lines.hasNext()) {
        out.write(lines.next());
        out.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      fs.delete(part, false);
      throw e;
    }
    if (fs.exists(target) && !fs.delete(target, false)) {
      throw new IOException("cannot replace " + target);
    }
    if (!fs.rename(part, target)) {
      throw new IOException("cannot move " + part + " to " + target);
    }
  }

  /**
   * Loads the articles and stories into the knowledge base, from the driver. Into an empty one the
   * job's stories go as they are; when the knowledge base holds other articles, stories are grouped
   * again over all of them, as {@code analyze --db} does.
   */
  private static void load(
      Options options, JavaRDD<Outcome> ordered, JavaRDD<String> stories, Listener listener) {
    long loadStarted = System.nanoTime();
    PamirJsonReader reader = new PamirJsonReader();
    try (ArticleStore store = dev.pamir.app.Composition.store(options.db())) {
      boolean empty = store.articleCount() == 0;
      StoreSink sink = new StoreSink(store);
      StoryCollector collector =
          empty
              ? null
              : new StoryCollector(dev.pamir.app.Composition.storyBuilder(options.analysis()));
      Iterator<String> lines = ordered.map(Outcome::json).toLocalIterator();
      while (lines.hasNext()) {
        Article article = reader.article(lines.next());
        sink.accept(article);
        if (collector != null) {
          collector.accept(article);
        }
      }
      sink.flush();
      List<Story> grouped;
      if (collector == null) {
        grouped = new ArrayList<>();
        Iterator<String> it = stories.toLocalIterator();
        while (it.hasNext()) {
          grouped.add(reader.story(it.next()));
        }
      } else {
        grouped = collector.finish(Optional.of(store));
      }
      store.replaceStories(grouped);
      listener.phase(
          "stored in " + store.location().display() + " in " + seconds(loadStarted) + " s");
    }
  }

  private static String seconds(long since) {
    return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
  }
}
