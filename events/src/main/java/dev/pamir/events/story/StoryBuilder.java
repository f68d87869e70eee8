package dev.pamir.events.story;

import static java.util.Objects.requireNonNull;

import dev.pamir.events.embed.SentenceEncoder;
import dev.pamir.events.story.Report.ReportDate;
import dev.pamir.events.story.StorySettings.Thresholds;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.EventStatus;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.Story.EventRef;
import dev.pamir.model.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A StoryBuilder groups the events of every article it is given into {@link Story stories}: one
 * story for each real-world happening, holding every event that reports it. Every event belongs to
 * exactly one story; an event nothing else reports is a story of its own.
 *
 * <p>An event joins a story when all of these hold:
 *
 * <ul>
 *   <li>its type is the story's or a neighbour of every type the story holds ({@link
 *       CompatibleTypes});
 *   <li>it shares an actor with the story (by state code, folded name or acronym, or the names and
 *       country of the article entity the actor was found as) and names no state that a member's
 *       actors leave out while that member names one it leaves out; an event without actors may
 *       only join on a precise date and a shared country;
 *   <li>its countries meet those of every member that has countries;
 *   <li>its date overlaps every dated member's, within a day. An undated event of a published
 *       article is taken to have happened within a window around its publication date (a weak
 *       date); an event that nothing dates joins only stories nothing dates, and only with the same
 *       type and actors that are all among a member's, or a member's all among its own ("Jackson
 *       arrested" and "the highway patrol arrested Vincent Jackson");
 *   <li>its evidence is similar enough to some member's: the cosine of their sentence embeddings
 *       with an encoder, shared content words without. How similar depends on how well the dates
 *       settle the match ({@link StorySettings.Thresholds}); the same type, the same actors and the
 *       same place each lower the bar.
 * </ul>
 *
 * <p>Articles are compared as wholes too ({@link ArticleLikeness}: their words weighted by tf-idf).
 * When the new report's article is alike enough to a member's and the two share one of the entities
 * each mentions most (its topics: "Tomas Varga", or "Varga" for short), the report may join without
 * a shared actor, without similar evidence and, where either side is undated, without dates that
 * meet: reports of one shooting that name the police in one article and the protesters in another.
 * Types and countries must still agree, and dates that are there must still overlap.
 *
 * <p>Two events of one article share a story only when they are clearly one happening: of
 * compatible types, with the same actors or countries, and either both dated precisely and
 * overlapping (a visit and the agreement signed during it) or stated by one clause.
 *
 * <p>Adding is incremental: {@link #add(Article)} compares the new article's events with the
 * stories filed under their actors and weeks ({@link StoryIndex}) and leaves every other story as
 * it is, so the cost grows close to linearly with the number of events. Among the matches of one
 * article the best are taken first: precise dates before weak ones, then similarity. When a new
 * event fits two stories and nothing in them keeps them apart (dates, types, actors, countries,
 * events of one article), the event shows they are one happening and the later story is merged into
 * the earlier: the order articles come in then matters less. {@link #stories()} lists the stories
 * in order of creation, numbered {@code S1}, {@code S2}, ... in that order, with their events in
 * the order they joined; the same articles in the same order give the same stories.
 *
 * <p>{@link #prepare(Article)} is thread-safe and does the costly part (embedding evidence); the
 * rest is not thread-safe: one thread adds articles and reads stories.
 */
public final class StoryBuilder {

  /** Members compared for evidence; a larger story is compared by its first and latest members. */
  private static final int SAMPLE = 64;

  private static final int SAMPLE_FIRST = 16;

  /** How many of an article's entities tell what it is about. */
  private static final int TOPICS = 3;

  /** Evidence longer than this is cut before it is compared. */
  private static final int EVIDENCE_CHARS = 1000;

  private final StorySettings settings;
  private final @Nullable SentenceEncoder encoder;
  private final Thresholds thresholds;
  private final StoryIndex index;
  private final ArticleLikeness likeness = new ArticleLikeness();
  private final List<StoryState> stories = new ArrayList<>();
  private final Set<String> articleIds = new HashSet<>();
  private int adds;
  private int events;
  private int merged;

  /**
   * @param encoder compares evidence by sentence embeddings when present, by shared content words
   *     when empty
   */
  public StoryBuilder(StorySettings settings, Optional<SentenceEncoder> encoder) {
    this.settings = requireNonNull(settings, "settings is null");
    this.encoder = requireNonNull(encoder, "encoder is null").orElse(null);
    this.thresholds = this.encoder == null ? settings.withoutEncoder() : settings.withEncoder();
    this.index = new StoryIndex(settings.dateToleranceDays());
  }

  /** A builder with the default settings that compares evidence by shared content words. */
  public static StoryBuilder withoutEncoder() {
    return new StoryBuilder(StorySettings.DEFAULTS, Optional.empty());
  }

  /** A builder with the default settings that compares evidence by sentence embeddings. */
  public static StoryBuilder withEncoder(SentenceEncoder encoder) {
    return new StoryBuilder(StorySettings.DEFAULTS, Optional.of(encoder));
  }

  /**
   * The article's events made ready to add: the costly, thread-safe part of {@link #add(Article)},
   * for callers that analyse articles on several threads and add them on one.
   */
  public PreparedArticle prepare(Article article) {
    requireNonNull(article, "article is null");
    List<Event> articleEvents = article.annotations().events();
    Optional<LocalDate> published = article.metadata().published().map(PublicationDate::day);
    List<String> evidence = new ArrayList<>(articleEvents.size());
    for (Event event : articleEvents) {
      evidence.add(evidenceText(event.evidence().of(article.text())));
    }
    List<float[]> vectors =
        encoder == null || evidence.isEmpty() ? List.of() : encoder.encode(evidence);
    Map<String, Entity> entities = new HashMap<>();
    for (Entity entity : article.annotations().entities()) {
      entities.put(entity.id(), entity);
    }
    Set<String> topics = topics(article);
    List<Report> reports = new ArrayList<>(articleEvents.size());
    for (int i = 0; i < articleEvents.size(); i++) {
      reports.add(
          report(
              i,
              article.id(),
              entities,
              articleEvents.get(i),
              evidence.get(i),
              topics,
              published,
              vectors.isEmpty() ? null : vectors.get(i)));
    }
    ArticleTerms terms =
        reports.isEmpty()
            ? ArticleTerms.EMPTY
            : ArticleTerms.of(article.metadata().title().orElse(""), article.text());
    return new PreparedArticle(this, article.id(), reports, terms);
  }

  /**
   * The keys that decide which articles' events can meet in a story, for grouping a corpus too
   * large for one builder: the article's events are filed under its {@link BlockingKeys#filed()}
   * keys and look for stories under its {@link BlockingKeys#sought()} keys. When no key that one
   * article seeks is filed by another, through any chain of articles, the two never share a story
   * and never affect each other's: each group of articles linked by such keys can be given to a
   * builder of its own, in input order, and gets the stories one builder would give it. Cheap: no
   * evidence is encoded. Thread-safe.
   */
  public BlockingKeys blockingKeys(Article article) {
    requireNonNull(article, "article is null");
    List<Event> articleEvents = article.annotations().events();
    Optional<LocalDate> published = article.metadata().published().map(PublicationDate::day);
    Map<String, Entity> entities = new HashMap<>();
    for (Entity entity : article.annotations().entities()) {
      entities.put(entity.id(), entity);
    }
    Set<String> topics = topics(article);
    Set<String> filed = new HashSet<>();
    Set<String> sought = new HashSet<>();
    for (int i = 0; i < articleEvents.size(); i++) {
      Report report =
          report(i, article.id(), entities, articleEvents.get(i), "", topics, published, null);
      for (StoryIndex.Key key : StoryIndex.filedKeys(report)) {
        filed.add(key.toString());
      }
      for (StoryIndex.Key key : index.soughtKeys(report)) {
        sought.add(key.toString());
      }
    }
    return new BlockingKeys(filed, sought);
  }

  /**
   * The keys an article's events are filed under and look under; see {@link
   * #blockingKeys(Article)}.
   */
  public record BlockingKeys(Set<String> filed, Set<String> sought) {
    public BlockingKeys {
      filed = Set.copyOf(filed);
      sought = Set.copyOf(sought);
    }
  }

  /**
   * Joins the article's events to the stories so far, or starts stories for them.
   *
   * @throws IllegalArgumentException when an article of the same id was added before
   */
  public void add(Article article) {
    add(prepare(article));
  }

  /** Adds every article, in order: the same as adding them one by one. */
  public void addAll(Collection<Article> articles) {
    articles.forEach(this::add);
  }

  /**
   * Joins a prepared article's events to the stories so far, or starts stories for them.
   *
   * @throws IllegalArgumentException when an article of the same id was added before, or another
   *     builder prepared it
   */
  public void add(PreparedArticle article) {
    requireNonNull(article, "article is null");
    if (article.preparer() != this) {
      throw new IllegalArgumentException(
          "article " + article.articleId() + " was prepared by another story builder");
    }
    if (!articleIds.add(article.articleId())) {
      throw new IllegalArgumentException(
          "article " + article.articleId() + " was already added to the stories");
    }
    int call = ++adds;
    List<Report> reports = article.reports();
    if (!reports.isEmpty()) {
      likeness.add(article.articleId(), article.terms());
    }
    events += reports.size();
    StoryState[] home = new StoryState[reports.size()];

    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Report report = reports.get(i);
      for (StoryState story : index.candidates(report)) {
        double score = score(report, story);
        if (!Double.isNaN(score)) {
          matches.add(new Match(i, story, score));
        }
      }
    }
    matches.sort(Match.BEST_FIRST);
    for (Match match : matches) {
      Report report = reports.get(match.report());
      if (home[match.report()] == null
          && (match.story().changedBy != call || oneHappening(report, match.story()))) {
        join(match.story(), report, call);
        home[match.report()] = match.story();
      }
    }

    for (int i = 0; i < reports.size(); i++) {
      if (home[i] != null) {
        continue;
      }
      Report report = reports.get(i);
      StoryState story =
          index.candidates(report).stream()
              .filter(s -> s.changedBy == call && s.articles.contains(article.articleId()))
              .filter(s -> dateLevel(report, s, false) != null && compatible(report, s, false))
              .filter(s -> oneHappening(report, s))
              .min(Comparator.comparingInt(s -> s.number))
              .orElse(null);
      if (story == null) {
        story = new StoryState(stories.size() + 1);
        stories.add(story);
      }
      join(story, report, call);
      home[i] = story;
    }

    // A report that fits two stories shows they are one, when nothing else keeps them apart.
    for (Match match : matches) {
      StoryState joined = home[match.report()].root();
      StoryState other = match.story().root();
      if (joined != other && mergeable(joined, other)) {
        merge(joined, other, call);
      }
    }
  }

  /**
   * Every story so far, in order of creation, numbered {@code S1}, {@code S2}, ... in that order. A
   * story that was merged into an earlier one is gone, and the stories after it move up a number.
   */
  public List<Story> stories() {
    List<Story> out = new ArrayList<>(stories.size());
    for (StoryState story : stories) {
      if (story.mergedInto != null) {
        continue;
      }
      String id = "S" + (out.size() + 1);
      Story rendered = story.rendered();
      if (rendered == null) {
        rendered = render(id, story);
        story.rendered(rendered);
      } else if (!rendered.id().equals(id)) {
        rendered =
            new Story(
                id,
                rendered.summary(),
                rendered.events(),
                rendered.articles(),
                rendered.conflicts());
        story.rendered(rendered);
      }
      out.add(rendered);
    }
    return out;
  }

  /** How many stories there are so far. */
  public int storyCount() {
    return stories.size() - merged;
  }

  /** How many events have been added so far. */
  public int eventCount() {
    return events;
  }

  private record Match(int report, StoryState story, double score) {
    static final Comparator<Match> BEST_FIRST =
        Comparator.comparingDouble(Match::score)
            .reversed()
            .thenComparingInt(m -> m.story().number)
            .thenComparingInt(Match::report);
  }

  private void join(StoryState story, Report report, int call) {
    story.add(report, ((long) call << 32) + report.index());
    story.changedBy = call;
    index.file(story, report);
  }

  /**
   * Whether two stories can be one: every report of the smaller one could join the larger as far as
   * dates, types, actors and countries go, and reports of one article in both are one happening.
   */
  private boolean mergeable(StoryState a, StoryState b) {
    StoryState small = a.members.size() <= b.members.size() ? a : b;
    StoryState large = small == a ? b : a;
    for (Report report : small.members) {
      if (dateLevel(report, large, false) == null
          || !compatible(report, large, false)
          || (large.articles.contains(report.article()) && !oneHappening(report, large))) {
        return false;
      }
    }
    return true;
  }

  /** Moves the reports of the later story into the earlier one. */
  private void merge(StoryState a, StoryState b, int call) {
    StoryState kept = a.number < b.number ? a : b;
    StoryState gone = kept == a ? b : a;
    kept.absorb(gone);
    kept.changedBy = call;
    for (Report report : gone.members) {
      index.file(kept, report);
    }
    gone.mergedInto = kept;
    merged++;
  }

  private static Story render(String id, StoryState story) {
    List<EventRef> refs = new ArrayList<>(story.members.size());
    for (Report report : story.members) {
      refs.add(new EventRef(report.article(), report.event().id()));
    }
    return new Story(
        id,
        StorySummarizer.summary(story.members),
        refs,
        List.copyOf(story.articles),
        ConflictFinder.find(story.members));
  }

  // --- matching -------------------------------------------------------------------------------

  /**
   * How well {@code report} fits {@code story}, higher is better, or NaN when it must not join: the
   * date level first (precise 3 to none 0), then the evidence similarity, then the agreements.
   */
  private double score(Report report, StoryState story) {
    int size = story.members.size();
    double alike = 0;
    boolean bothPublished = false;
    if (intersects(report.topics(), story.topics)) {
      for (int k = 0; k < Math.min(size, SAMPLE); k++) {
        Report member = sample(story, k);
        if (!member.article().equals(report.article())) {
          double between = likeness.between(report.article(), member.article());
          if (between > alike) {
            alike = between;
            bothPublished = report.published() && member.published();
          }
        }
      }
    }
    boolean alikeArticles = alike >= settings.alikeArticles();
    ReportDate.Kind level = dateLevel(report, story, alikeArticles);
    if (level == null || !compatible(report, story, alikeArticles)) {
      return Double.NaN;
    }
    boolean actorsMeet = report.hasActors() && story.withActors > 0;
    if (!actorsMeet
        && !alikeArticles
        && (level != ReportDate.Kind.PRECISE || !intersects(report.countries(), story.countries))) {
      return Double.NaN;
    }
    boolean sameType = story.types.contains(report.event().type());
    boolean sameActors = false;
    boolean nestedActors = false;
    boolean samePlace = false;
    double similarity = 0;
    for (int k = 0; k < Math.min(size, SAMPLE); k++) {
      Report member = sample(story, k);
      similarity = Math.max(similarity, similarity(report, member));
      sameActors |= actorsMeet && sameActors(report, member);
      nestedActors |= actorsMeet && nestedActors(report, member);
      samePlace |= samePlace(report, member);
    }
    if (level == ReportDate.Kind.NONE && !(sameType && nestedActors) && !alikeArticles) {
      return Double.NaN;
    }
    double required =
        switch (level) {
          case PRECISE -> actorsMeet ? thresholds.precise() : thresholds.coarse();
          case COARSE -> thresholds.coarse();
          case HINT -> thresholds.hint();
          case NONE -> thresholds.undated();
        };
    int agreements = (sameType ? 1 : 0) + (sameActors ? 1 : 0) + (samePlace ? 1 : 0);
    required -= thresholds.bonus() * agreements;
    // Publication dates place both reports in time, and articles about one company or one
    // meeting are alike whatever they report: then the evidence must still say the same.
    if (similarity < required && !(alikeArticles && !bothPublished)) {
      return Double.NaN;
    }
    return rank(level) + similarity + alike + 0.25 * agreements;
  }

  /** The k-th member compared: all of a small story, the first and latest of a large one. */
  private static Report sample(StoryState story, int k) {
    int size = story.members.size();
    return story.members.get(size <= SAMPLE || k < SAMPLE_FIRST ? k : size - SAMPLE + k);
  }

  private static int rank(ReportDate.Kind level) {
    return switch (level) {
      case PRECISE -> 3;
      case COARSE -> 2;
      case HINT -> 1;
      case NONE -> 0;
    };
  }

  /**
   * How the report's date meets every member's: the weakest kind of date the match rests on, or
   * null when some member's date rules it out. A report nothing dates keeps to stories nothing
   * dates, and the other way round, unless its article and a member's are alike ({@code
   * alikeArticles}): then a missing date rules nothing out.
   */
  private ReportDate.@Nullable Kind dateLevel(
      Report report, StoryState story, boolean alikeArticles) {
    ReportDate date = report.date();
    int tolerance = settings.dateToleranceDays();
    switch (date.kind()) {
      case PRECISE, COARSE -> {
        if ((story.hasNone && !alikeArticles)
            || !withinDated(date, story, tolerance)
            || !withinHints(date, story)) {
          return null;
        }
        if (!story.hasDated) {
          return ReportDate.Kind.HINT;
        }
        return date.kind() == ReportDate.Kind.PRECISE && story.hasPrecise
            ? ReportDate.Kind.PRECISE
            : ReportDate.Kind.COARSE;
      }
      case HINT -> {
        if (!withinDated(date, story, tolerance) || !withinHints(date, story)) {
          return null;
        }
        return story.hasDated || story.hasHint ? ReportDate.Kind.HINT : ReportDate.Kind.NONE;
      }
      case NONE -> {
        return story.hasDated && !alikeArticles ? null : ReportDate.Kind.NONE;
      }
    }
    throw new AssertionError(date.kind());
  }

  private static boolean withinDated(ReportDate date, StoryState story, int tolerance) {
    return !story.hasDated
        || (date.first() <= story.datedMinLast + tolerance
            && date.last() >= story.datedMaxFirst - tolerance);
  }

  private static boolean withinHints(ReportDate date, StoryState story) {
    return !story.hasHint
        || (date.first() <= story.hintMinLast && date.last() >= story.hintMaxFirst);
  }

  /**
   * Types, actors and countries: what must hold against the whole story, whatever the evidence. The
   * report must share an actor with the story unless its article and a member's are alike and about
   * the same thing ({@code alikeArticles}): reports of one shooting may name the police in one and
   * the protesters in another.
   */
  private static boolean compatible(Report report, StoryState story, boolean alikeArticles) {
    if (!CompatibleTypes.compatibleWithAll(report.event().type(), story.types)) {
      return false;
    }
    if (report.hasActors() && story.withActors > 0) {
      boolean shared = alikeArticles;
      for (String alias : report.aliases()) {
        if (story.aliases.containsKey(alias)) {
          shared = true;
          break;
        }
      }
      if (!shared) {
        return false;
      }
      for (Set<String> codes : story.codeSets) {
        if (otherStates(report.codes(), codes)) {
          return false;
        }
      }
    }
    if (!report.countries().isEmpty()) {
      for (Set<String> countries : story.countrySets) {
        if (!intersects(report.countries(), countries)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether {@code report} is clearly the same happening as each member of its own article already
   * in {@code story}.
   */
  private boolean oneHappening(Report report, StoryState story) {
    for (Report member : story.members) {
      if (member.article().equals(report.article()) && !oneHappening(report, member)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two events of one article are one happening when their types are compatible, they share actors
   * naming no different states (or, without actors, share a country), and either both are dated
   * precisely and overlap, or one clause states both with the same actors and no dates that
   * disagree ("during the visit the ministers signed a plan").
   */
  private boolean oneHappening(Report a, Report b) {
    if (!CompatibleTypes.compatible(a.event().type(), b.event().type())) {
      return false;
    }
    if (!a.countries().isEmpty()
        && !b.countries().isEmpty()
        && !intersects(a.countries(), b.countries())) {
      return false;
    }
    boolean bothActors = a.hasActors() && b.hasActors();
    boolean actorsAgree =
        bothActors
            ? intersects(a.aliases(), b.aliases()) && !otherStates(a.codes(), b.codes())
            : intersects(a.countries(), b.countries());
    if (!actorsAgree) {
      return false;
    }
    ReportDate da = a.date();
    ReportDate db = b.date();
    int tolerance = settings.dateToleranceDays();
    boolean overlap = da.first() <= db.last() + tolerance && db.first() <= da.last() + tolerance;
    if (da.kind() == ReportDate.Kind.PRECISE && db.kind() == ReportDate.Kind.PRECISE) {
      return overlap;
    }
    Span ea = a.event().evidence();
    Span eb = b.event().evidence();
    boolean oneClause = ea.start() < eb.end() && eb.start() < ea.end();
    return oneClause
        && (!bothActors || sameActors(a, b))
        && (!(da.dated() && db.dated()) || overlap);
  }

  private static boolean samePlace(Report a, Report b) {
    if (a.place() == null || b.place() == null) {
      return false;
    }
    return a.place().equals(b.place())
        || PlaceComparison.kilometres(a.event().place().get(), b.event().place().get())
            <= PlaceComparison.SAME_PLACE_KM;
  }

  /** Whether the actors of two reports are the same, each actor of one among the other's. */
  private static boolean sameActors(Report a, Report b) {
    return covers(a.actors(), b.aliases()) && covers(b.actors(), a.aliases());
  }

  /**
   * Whether the actors of one report are all among the other's: "Jackson arrested" and "police
   * arrested Vincent Jackson" name one side of the same arrest.
   */
  private static boolean nestedActors(Report a, Report b) {
    return covers(a.actors(), b.aliases()) || covers(b.actors(), a.aliases());
  }

  private static boolean covers(List<Set<String>> actors, Set<String> aliases) {
    for (Set<String> actor : actors) {
      if (!intersects(actor, aliases)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether each side names a state the other leaves out: Russia–Tajikistan against
   * Russia–Uzbekistan.
   */
  private static boolean otherStates(Set<String> a, Set<String> b) {
    return !b.containsAll(a) && !a.containsAll(b);
  }

  private double similarity(Report a, Report b) {
    float[] va = a.vector();
    float[] vb = b.vector();
    if (va != null && vb != null) {
      return Math.max(0, SentenceEncoder.cosine(va, vb));
    }
    return ContentWords.similarity(a.words(), b.words());
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    for (String value : smaller) {
      if (larger.contains(value)) {
        return true;
      }
    }
    return false;
  }

  // --- preparing ------------------------------------------------------------------------------

  private Report report(
      int position,
      String article,
      Map<String, Entity> entities,
      Event event,
      String evidence,
      Set<String> topics,
      Optional<LocalDate> published,
      float @Nullable [] vector) {
    Set<Set<String>> actors = new LinkedHashSet<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> codes = new TreeSet<>();
    for (Actor actor : event.actors()) {
      Set<String> names = ActorNames.aliases(actor, actor.entity().map(entities::get).orElse(null));
      actors.add(Set.copyOf(names));
      aliases.addAll(names);
      actor.code().ifPresent(codes::add);
    }
    Set<String> countries = new TreeSet<>(event.countries());
    event.place().flatMap(p -> p.country()).ifPresent(countries::add);
    return new Report(
        position,
        article,
        event,
        evidence,
        List.copyOf(actors),
        Set.copyOf(aliases),
        Set.copyOf(codes),
        Set.copyOf(countries),
        event.place().map(p -> ActorNames.fold(p.name())).orElse(null),
        date(event, published),
        published.isPresent(),
        topics,
        ContentWords.of(evidence),
        vector);
  }

  /**
   * What an article is mostly about: the folded names and aliases of the {@value #TOPICS} entities
   * it mentions most often (the earlier first on a tie), and the surnames of the people among them;
   * states are left out, for they head too many stories to tell one from another.
   */
  private static Set<String> topics(Article article) {
    List<Entity> named = new ArrayList<>();
    for (Entity entity : article.annotations().entities()) {
      if (entity.type() != EntityType.COUNTRY) {
        named.add(entity);
      }
    }
    named.sort(
        Comparator.comparingInt((Entity e) -> -e.mentions().size())
            .thenComparingInt(
                e -> e.mentions().isEmpty() ? Integer.MAX_VALUE : e.mentions().get(0).start()));
    Set<String> topics = new LinkedHashSet<>();
    for (Entity entity : named.subList(0, Math.min(TOPICS, named.size()))) {
      topicNames(entity.name(), entity.type() == EntityType.PERSON, topics);
      for (String alias : entity.aliases()) {
        topicNames(alias, entity.type() == EntityType.PERSON, topics);
      }
    }
    return Set.copyOf(topics);
  }

  /** A name folded and, for a person, the surname alone: "Barack Obama" is "Obama" elsewhere. */
  private static void topicNames(String name, boolean person, Set<String> topics) {
    String folded = ActorNames.fold(name);
    if (folded.isEmpty()) {
      return;
    }
    topics.add(folded);
    int space = folded.lastIndexOf(' ');
    if (person && space > 0 && folded.length() - space > 3) {
      topics.add(folded.substring(space + 1));
    }
  }

  private ReportDate date(Event event, Optional<LocalDate> published) {
    if (event.date().isPresent()) {
      TimeValue date = event.date().get();
      long first = date.first().toEpochDay();
      long last = date.last().toEpochDay();
      long days = last - first + 1;
      if (days <= settings.preciseDateDays()) {
        return new ReportDate(ReportDate.Kind.PRECISE, first, last);
      }
      if (days <= settings.longestDateDays()) {
        return new ReportDate(ReportDate.Kind.COARSE, first, last);
      }
      return ReportDate.NONE;
    }
    if (published.isEmpty() || event.status() == EventStatus.HISTORICAL) {
      return ReportDate.NONE;
    }
    long day = published.get().toEpochDay();
    if (event.status() == EventStatus.PLANNED) {
      return new ReportDate(
          ReportDate.Kind.HINT,
          day - settings.dateToleranceDays(),
          day + settings.plannedHintDaysAfter());
    }
    return new ReportDate(
        ReportDate.Kind.HINT, day - settings.hintDaysBefore(), day + settings.hintDaysAfter());
  }

  private static String evidenceText(String evidence) {
    String line = evidence.replaceAll("\\s+", " ").strip();
    return line.length() <= EVIDENCE_CHARS ? line : line.substring(0, EVIDENCE_CHARS);
  }
}
