package dev.pamir.app;

import dev.pamir.events.code.EventCoder;
import dev.pamir.events.embed.SentenceEncoder;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.geodata.CountryTable;
import dev.pamir.geodata.Gazetteer;
import dev.pamir.ingest.ArticleCleaner;
import dev.pamir.ingest.InputReader;
import dev.pamir.ingest.InputResolver;
import dev.pamir.ingest.feed.FeedParser;
import dev.pamir.ingest.html.HtmlArticleExtractor;
import dev.pamir.ingest.http.AddressPolicy;
import dev.pamir.ingest.http.HttpFetcher;
import dev.pamir.ingest.meta.HtmlMetadataExtractor;
import dev.pamir.ingest.text.TextCleaner;
import dev.pamir.nlp.CoreNlpAnnotator;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.nlp.entity.EntityBuilder;
import dev.pamir.nlp.language.LanguageIdentifier;
import dev.pamir.nlp.parse.CoreNlpDependencyParser;
import dev.pamir.nlp.place.PlaceResolver;
import dev.pamir.nlp.quote.QuoteExtractor;
import dev.pamir.nlp.quote.SpeakerMentionLinker;
import dev.pamir.nlp.time.TimeNormalizer;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The composition root: the one place that builds every part with {@code new} and wires them.
 * Nothing else in Pamir creates its collaborators.
 */
public final class Composition {

  private Composition() {}

  /** The cleaner every entry point uses. */
  public static ArticleCleaner cleaner() {
    return new ArticleCleaner(
        new HtmlArticleExtractor(), new HtmlMetadataExtractor(), new TextCleaner());
  }

  /**
   * The analysis stages, in order. Building the full pipeline loads the language models (seconds,
   * about a gigabyte); build it once and share it.
   */
  public static Pipeline pipeline(Analysis analysis) {
    Pipeline.Builder builder = Pipeline.builder().add(new LanguageIdentifier());
    switch (analysis) {
      case CLEAN -> {}
      case LANGUAGE, FULL -> {
        CountryTable countries = CountryTable.load();
        ActorKnowledgeBase actors = ActorKnowledgeBase.load(countries);
        builder.add(new CoreNlpAnnotator());
        builder.add(new EntityBuilder(actors));
        builder.add(new PlaceResolver(Gazetteer.load(countries)));
        builder.add(new TimeNormalizer());
        builder.add(new QuoteExtractor());
        builder.add(new SpeakerMentionLinker());
        if (analysis == Analysis.FULL) {
          builder.add(new EventCoder(new CoreNlpDependencyParser()));
        }
      }
    }
    return builder.build();
  }

  /**
   * The story builder: with sentence embeddings of the evidence when events are coded (the model
   * loads in about two seconds), on shared words alone when they are not.
   */
  public static StoryBuilder storyBuilder(Analysis analysis) {
    return switch (analysis) {
      case CLEAN, LANGUAGE -> StoryBuilder.withoutEncoder();
      case FULL -> StoryBuilder.withEncoder(SentenceEncoder.load());
    };
  }

  /**
   * Story builders for repeated runs: each call a fresh builder, all sharing one sentence encoder
   * (loaded once, here) when events are coded.
   */
  public static Supplier<StoryBuilder> storyBuilders(Analysis analysis) {
    return switch (analysis) {
      case CLEAN, LANGUAGE -> StoryBuilder::withoutEncoder;
      case FULL -> {
        SentenceEncoder encoder = SentenceEncoder.load();
        yield () -> StoryBuilder.withEncoder(encoder);
      }
    };
  }

  /**
   * What a worker of a cluster job needs to read and analyse files: the reader and the document
   * analyzer, with the full pipeline loaded for {@code analysis} (build once per process). The
   * reader's HTTP client reaches public hosts only; files are what it is for.
   */
  public static Worker worker(Analysis analysis, Limits limits, Clock clock) {
    HttpFetcher fetcher = new HttpFetcher(limits, AddressPolicy.PUBLIC_ONLY);
    return new Worker(
        new InputReader(limits, fetcher, new FeedParser(limits.maxFeedItems())),
        new DocumentAnalyzer(cleaner(), pipeline(analysis), new StageContext(clock, limits)));
  }

  /** A reader and an analyzer that share one process's loaded models. */
  public record Worker(InputReader reader, DocumentAnalyzer analyzer) {}

  /** A batch analyzer; close it to stop its threads and its HTTP client. */
  public static BatchAnalyzer analyzer(AnalyzeOptions options) {
    return analyzer(options, AddressPolicy.ANY);
  }

  /**
   * A batch analyzer whose fetches reach only the hosts {@code addresses} allows; close it to stop
   * its threads and its HTTP client.
   */
  public static BatchAnalyzer analyzer(AnalyzeOptions options, AddressPolicy addresses) {
    HttpFetcher fetcher = new HttpFetcher(options.limits(), addresses);
    InputReader reader =
        new InputReader(options.limits(), fetcher, new FeedParser(options.limits().maxFeedItems()));
    return new BatchAnalyzer(
        new InputResolver(options.limits()),
        reader,
        cleaner(),
        pipeline(options.analysis()),
        new StageContext(options.clock(), options.limits()),
        options.threads(),
        fetcher);
  }

  /**
   * Opens the knowledge base that {@code --db} names: a SQLite file, or a PostgreSQL URL.
   *
   * @throws IllegalArgumentException when {@code db} names neither
   * @throws dev.pamir.store.StoreException when the database cannot be opened
   */
  public static ArticleStore store(String db) {
    return ArticleStore.open(DatabaseLocation.parse(db));
  }
}
