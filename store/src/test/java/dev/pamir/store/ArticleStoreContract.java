package dev.pamir.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.json.PamirJson;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.EntityType;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Story;
import dev.pamir.model.TimeValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database the store runs on must show. Each concrete subclass gives a fresh,
 * empty database per test.
 */
abstract class ArticleStoreContract {

  static final List<String> TABLES =
      List.of(
          "articles",
          "article_authors",
          "article_warnings",
          "entities",
          "entity_roles",
          "entity_aliases",
          "entity_mentions",
          "places",
          "place_mentions",
          "times",
          "quotes",
          "events",
          "event_actors",
          "event_countries",
          "event_equipment",
          "search_text",
          "stories",
          "story_events",
          "story_articles",
          "story_conflicts",
          "story_claims");

  private final PamirJson json = new PamirJson();
  protected DatabaseLocation location;
  protected ArticleStore store;

  /** A fresh, empty database. */
  abstract DatabaseLocation newLocation();

  @BeforeEach
  void openStore() {
    location = newLocation();
    store = ArticleStore.open(location);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  // --- round trip ---

  @Test
  void save_fullArticle_readsBackTheSameJsonAndRecords() {
    Article original = Fixtures.dushanbe("a1");
    store.save(List.of(original));

    assertThat(store.articleJson("a1")).contains(json.article(original));
    Article back = store.article("a1").orElseThrow();
    assertThat(json.article(back)).isEqualTo(json.article(original));
    assertThat(back.id()).isEqualTo(original.id());
    assertThat(back.source()).isEqualTo(original.source());
    assertThat(back.metadata()).isEqualTo(original.metadata());
    assertThat(back.language()).isEqualTo(original.language());
    assertThat(back.text()).isEqualTo(original.text());
    assertThat(back.warnings()).isEqualTo(original.warnings());
    assertThat(back.annotations().entities()).isEqualTo(original.annotations().entities());
    assertThat(back.annotations().places()).isEqualTo(original.annotations().places());
    assertThat(back.annotations().times()).isEqualTo(original.annotations().times());
    assertThat(back.annotations().quotes()).isEqualTo(original.annotations().quotes());
    assertThat(back.annotations().events()).isEqualTo(original.annotations().events());
    assertThat(back.annotations().tokens()).isEmpty();
    assertThat(back.layers())
        .containsExactlyInAnyOrderElementsOf(
            original.layers().stream()
                .filter(l -> !List.of("TOKENS", "SENTENCES", "NAMED_MENTIONS").contains(l.name()))
                .toList());
  }

  @Test
  void article_unknownId_isEmpty() {
    assertThat(store.article("nope")).isEmpty();
    assertThat(store.articleJson("nope")).isEmpty();
  }

  @Test
  void open_again_keepsWhatWasStored() {
    store.save(List.of(Fixtures.dushanbe("a1")));
    try (ArticleStore again = ArticleStore.open(location)) {
      assertThat(again.articleCount()).isEqualTo(1);
      assertThat(again.article("a1")).isPresent();
    }
  }

  // --- idempotence ---

  @Test
  void save_sameIdAgain_replacesWithoutDuplicates() throws SQLException {
    store.save(List.of(Fixtures.dushanbe("a1"), Fixtures.dushanbe("a2")));
    Map<String, Long> once = rowCounts();
    store.save(List.of(Fixtures.dushanbe("a1")));
    store.save(List.of(Fixtures.dushanbe("a1"), Fixtures.dushanbe("a2")));
    assertThat(rowCounts()).isEqualTo(once);
    assertThat(store.articleCount()).isEqualTo(2);
    assertThat(store.events(EventQuery.ALL).total()).isEqualTo(6);
    assertThat(store.search("Dushanbe", Paging.FIRST).items())
        .extracting(SearchHit::article)
        .containsOnly("a1", "a2");
  }

  @Test
  void save_changedArticle_replacesEveryLayer() {
    store.save(List.of(Fixtures.dushanbe("a1")));
    Article changed =
        simple("a1", "Protesters rallied in Tashkent.", "Ali Valiev", EventType.PROTEST, "UZB");
    store.save(List.of(changed));

    assertThat(store.articleJson("a1")).contains(json.article(changed));
    assertThat(store.article("a1").orElseThrow().annotations().events())
        .isEqualTo(changed.annotations().events());
    assertThat(store.events(EventQuery.ALL).items())
        .extracting(e -> e.event().type())
        .containsExactly(EventType.PROTEST);
    assertThat(store.search("Dushanbe", Paging.FIRST).total()).isZero();
    assertThat(store.search("Tashkent", Paging.FIRST).total()).isEqualTo(2);
    assertThat(store.entities(Optional.of("Shoigu"), Optional.empty(), Paging.FIRST).total())
        .isZero();
  }

  // --- transactions ---

  @Test
  void write_failingHalfway_leavesNothingOfTheBatch_andARerunCompletesIt() throws SQLException {
    Article first = Fixtures.dushanbe("a1");
    store.save(List.of(first));
    Map<String, Long> before = rowCounts();
    Article changed = simple("a1", "Changed text.", "X Y", EventType.AID, "AFG");
    Article added = Fixtures.dushanbe("a2");

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.save(added);
                      tx.save(changed);
                      tx.replaceStories(List.of(story("S1", "a2")));
                      throw new IllegalStateException("killed halfway");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("killed halfway");

    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.articleJson("a1")).contains(json.article(first));
    assertThat(store.article("a2")).isEmpty();
    assertThat(store.loadStories()).isEmpty();

    store.save(List.of(added, changed));
    assertThat(store.articleCount()).isEqualTo(2);
    assertThat(store.articleJson("a1")).contains(json.article(changed));
    assertThat(store.articleJson("a2")).contains(json.article(added));
  }

  @Test
  void read_duringAnOpenWrite_seesOnlyCommittedData() {
    Article first = Fixtures.dushanbe("a1");
    store.save(List.of(first));
    AtomicReference<Optional<String>> seenA1 = new AtomicReference<>();
    AtomicReference<Long> seenCount = new AtomicReference<>();
    store.write(
        tx -> {
          tx.save(simple("a1", "Changed text.", "X Y", EventType.AID, "AFG"));
          tx.save(Fixtures.dushanbe("a2"));
          seenA1.set(store.articleJson("a1"));
          seenCount.set(store.articleCount());
        });
    assertThat(seenA1.get()).contains(json.article(first));
    assertThat(seenCount.get()).isEqualTo(1);
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void read_whileAnotherThreadWrites_alwaysSeesWholeArticles() throws Exception {
    int versions = 25;
    store.save(List.of(version(0)));
    List<String> torn = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try {
                for (int v = 1; v <= versions; v++) {
                  store.save(List.of(version(v), Fixtures.dushanbe("other" + v)));
                }
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "store-test-writer");
    writer.start();
    int reads = 0;
    int lastSeen = 0;
    while (writer.isAlive() || reads == 0) {
      Article read = store.article("v").orElseThrow();
      int title = Integer.parseInt(read.metadata().title().orElseThrow().substring(8));
      String entity = read.annotations().entities().get(0).name();
      String event = read.annotations().events().get(0).attributes().subject().orElseThrow();
      if (!entity.equals("Person " + title) || !event.equals("subject " + title)) {
        torn.add(title + "/" + entity + "/" + event);
      }
      if (title < lastSeen) {
        torn.add("went back from " + lastSeen + " to " + title);
      }
      lastSeen = title;
      reads++;
    }
    writer.join();
    assertThat(failure.get()).isNull();
    assertThat(torn).isEmpty();
    assertThat(store.article("v").orElseThrow().metadata().title()).contains("version " + versions);
    assertThat(store.articleCount()).isEqualTo(1 + versions);
  }

  private static Article version(int v) {
    Article base = simple("v", "Version text " + v + ".", "Person " + v, EventType.SUPPORT, "KAZ");
    var event = base.annotations().events().get(0);
    var withSubject =
        new dev.pamir.model.Event(
            event.id(),
            event.type(),
            event.mode(),
            event.cameo(),
            event.source(),
            event.target(),
            event.date(),
            event.place(),
            event.countries(),
            event.status(),
            new dev.pamir.model.EventAttributes(
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(),
                List.of(),
                java.util.OptionalInt.empty(),
                Optional.of("subject " + v)),
            event.reportedBy(),
            event.evidence(),
            event.confidence());
    return base.withMetadata(base.metadata().withTitle(Optional.of("version " + v)))
        .withEvents(List.of(withSubject));
  }

  // --- events ---

  /** Three articles whose events differ in every filtered field. */
  private void storeThreeArticles() {
    store.save(
        List.of(
            Fixtures.dushanbe("a1"),
            Fixtures.simple(
                "b1",
                "Uzbek forces clashed with militants near Termez.",
                Optional.of(Fixtures.day(2021, 6, 2)),
                "Ali Valiev",
                EventType.ASSAULT,
                EventStatus.REPORTED,
                new Actor("Uzbekistan", Optional.of("UZB"), Optional.empty()),
                "UZB",
                Optional.of(new TimeValue.Day(LocalDate.of(2021, 6, 1)))),
            Fixtures.simple(
                "c1",
                "Kazakhstan denied sending troops to the border in March.",
                Optional.of(Fixtures.local(2022, 3, 20)),
                "Kassym-Jomart Tokayev",
                EventType.MOBILIZE,
                EventStatus.DENIED,
                new Actor("Kazakhstan", Optional.of("KAZ"), Optional.empty()),
                "KAZ",
                Optional.of(new TimeValue.Month(java.time.YearMonth.of(2022, 3))))));
  }

  private List<String> eventKeys(EventQuery query) {
    Page<ArticleEvent> page = store.events(query);
    List<String> keys = page.items().stream().map(e -> e.article() + "/" + e.event().id()).toList();
    assertThat(page.total()).isGreaterThanOrEqualTo(keys.size());
    return keys;
  }

  @Test
  void events_noFilter_listsAllNewestFirstWithUndatedLast() {
    storeThreeArticles();
    Page<ArticleEvent> all = store.events(EventQuery.ALL);
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.items())
        .extracting(e -> e.article() + "/" + e.event().id())
        .containsExactly("c1/V1", "a1/V2", "b1/V1", "a1/V1", "a1/V3");
    ArticleEvent clash = all.items().get(1);
    assertThat(clash.evidenceText())
        .isEqualTo("Two soldiers were killed and six injured in a clash near Khorog");
    assertThat(clash.event()).isEqualTo(Fixtures.dushanbe("a1").annotations().events().get(1));
  }

  @Test
  void events_eachFilter_filters() {
    storeThreeArticles();
    assertThat(eventKeys(EventQuery.ALL.withType(EventType.ASSAULT)))
        .containsExactlyInAnyOrder("a1/V2", "b1/V1");
    assertThat(eventKeys(EventQuery.ALL.withStatus(EventStatus.DENIED))).containsExactly("c1/V1");
    assertThat(eventKeys(EventQuery.ALL.withStatus(EventStatus.CLAIMED))).containsExactly("a1/V2");
    // country: one of the event's countries or its place's country, any case
    assertThat(eventKeys(EventQuery.ALL.withCountry("tjk")))
        .containsExactlyInAnyOrder("a1/V1", "a1/V2");
    assertThat(eventKeys(EventQuery.ALL.withCountry("AFG"))).containsExactly("a1/V2");
    assertThat(eventKeys(EventQuery.ALL.withCountry("RUS"))).isEmpty();
    // actor: by state code or by name, either side
    assertThat(eventKeys(EventQuery.ALL.withActor("RUS"))).containsExactly("a1/V1");
    assertThat(eventKeys(EventQuery.ALL.withActor("TJK")))
        .containsExactlyInAnyOrder("a1/V1", "a1/V2");
    assertThat(eventKeys(EventQuery.ALL.withActor("taliban FIGHTERS"))).containsExactly("a1/V2");
    assertThat(eventKeys(EventQuery.ALL.withActor("Taliban"))).isEmpty();
    // dates: events overlapping [from, to]; undated ones left out
    assertThat(eventKeys(EventQuery.ALL.withFrom(LocalDate.of(2021, 8, 10))))
        .containsExactlyInAnyOrder("a1/V2", "c1/V1");
    assertThat(eventKeys(EventQuery.ALL.withFrom(LocalDate.of(2021, 8, 11))))
        .containsExactly("c1/V1");
    assertThat(eventKeys(EventQuery.ALL.withTo(LocalDate.of(2021, 6, 1))))
        .containsExactlyInAnyOrder("a1/V1", "b1/V1");
    assertThat(
            eventKeys(
                EventQuery.ALL
                    .withFrom(LocalDate.of(2022, 3, 31))
                    .withTo(LocalDate.of(2022, 4, 1))))
        .containsExactly("c1/V1");
    // text: every word in the evidence
    assertThat(eventKeys(EventQuery.ALL.withText("killed clash"))).containsExactly("a1/V2");
    assertThat(eventKeys(EventQuery.ALL.withText("killed Dushanbe"))).isEmpty();
    assertThat(eventKeys(EventQuery.ALL.withText("TERMEZ"))).containsExactly("b1/V1");
    // filters combine
    assertThat(eventKeys(EventQuery.ALL.withType(EventType.ASSAULT).withCountry("UZB")))
        .containsExactly("b1/V1");
    assertThat(eventKeys(EventQuery.ALL.withType(EventType.ASSAULT).withActor("KAZ"))).isEmpty();
  }

  @Test
  void events_paging_returnsTheSliceAndTheTotal() {
    storeThreeArticles();
    Page<ArticleEvent> second = store.events(EventQuery.ALL.withPaging(new Paging(2, 2)));
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.items())
        .extracting(e -> e.article() + "/" + e.event().id())
        .containsExactly("b1/V1", "a1/V1");
    assertThat(store.events(EventQuery.ALL.withPaging(new Paging(10, 10))).items()).isEmpty();
  }

  // --- articles ---

  @Test
  void articles_listNewestFirst_filterByDayAndText() {
    storeThreeArticles();
    store.save(
        List.of(simple("d1", "An undated report from Bishkek.", "A B", EventType.AID, "KGZ")));
    Page<ArticleSummary> all = store.articles(ArticleQuery.ALL);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items()).extracting(ArticleSummary::id).containsExactly("c1", "b1", "a1", "d1");
    ArticleSummary a1 = all.items().get(2);
    assertThat(a1.title()).contains("Russia and Tajikistan sign a defence pact");
    assertThat(a1.published()).contains("2021-05-19T09:26:00+03:00");
    assertThat(a1.language()).contains("en");
    assertThat(a1.entities()).isEqualTo(4);
    assertThat(a1.events()).isEqualTo(3);
    assertThat(a1.source()).isEqualTo(Fixtures.dushanbe("a1").source());

    assertThat(store.articles(ArticleQuery.ALL.withFrom(LocalDate.of(2021, 6, 1))).items())
        .extracting(ArticleSummary::id)
        .containsExactly("c1", "b1");
    assertThat(store.articles(ArticleQuery.ALL.withTo(LocalDate.of(2021, 6, 1))).items())
        .extracting(ArticleSummary::id)
        .containsExactly("a1");
    assertThat(store.articles(ArticleQuery.ALL.withText("defence pact")).items())
        .extracting(ArticleSummary::id)
        .containsExactly("a1");
    assertThat(store.articles(ArticleQuery.ALL.withText("border")).items())
        .extracting(ArticleSummary::id)
        .containsExactly("c1");
    Page<ArticleSummary> page = store.articles(ArticleQuery.ALL.withPaging(new Paging(1, 1)));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("b1");
  }

  // --- full text ---

  @Test
  void search_findsArticlesQuotesAndEvidence() {
    storeThreeArticles();
    Page<SearchHit> alliance = store.search("ALLIANCE strengthen", Paging.FIRST);
    assertThat(alliance.items())
        .extracting(h -> h.kind() + " " + h.article() + " " + h.ref().orElse("-"))
        .containsExactlyInAnyOrder("ARTICLE a1 -", "QUOTE a1 0");
    SearchHit quote =
        alliance.items().stream().filter(h -> h.kind() == SearchHit.Kind.QUOTE).findFirst().get();
    assertThat(quote.snippet()).isEqualTo("We will strengthen our alliance,");

    Page<SearchHit> khorog = store.search("Khorog", Paging.FIRST);
    assertThat(khorog.items())
        .extracting(h -> h.kind() + " " + h.article() + " " + h.ref().orElse("-"))
        .containsExactlyInAnyOrder("ARTICLE a1 -", "EVENT a1 V2");
    SearchHit article =
        khorog.items().stream().filter(h -> h.kind() == SearchHit.Kind.ARTICLE).findFirst().get();
    assertThat(article.snippet()).contains("Khorog").hasSizeLessThanOrEqualTo(265);

    assertThat(store.search("pact", Paging.FIRST).items())
        .extracting(SearchHit::kind)
        .containsExactly(SearchHit.Kind.ARTICLE);
    assertThat(store.search("nowhere-to-be-found", Paging.FIRST).total()).isZero();
    assertThat(store.search("  ", Paging.FIRST).total()).isZero();
    Page<SearchHit> one = store.search("Khorog", new Paging(1, 1));
    assertThat(one.total()).isEqualTo(2);
    assertThat(one.items()).hasSize(1);
  }

  // --- entities ---

  @Test
  void entities_mergeAcrossArticles_searchByNameOrAlias_andGet() {
    store.save(List.of(Fixtures.dushanbe("a1"), Fixtures.dushanbe("a2")));
    store.save(
        List.of(simple("b1", "Sergei Shoigu arrived.", "SERGEI SHOIGU", EventType.CONSULT, "RUS")));

    Page<EntitySummary> shoigu =
        store.entities(Optional.of("shoi"), Optional.empty(), Paging.FIRST);
    assertThat(shoigu.total()).isEqualTo(1);
    EntitySummary summary = shoigu.items().get(0);
    assertThat(summary.id()).isEqualTo("person:sergei-shoigu");
    assertThat(summary.type()).isEqualTo(EntityType.PERSON);
    assertThat(summary.articles()).isEqualTo(3);

    assertThat(store.entities(Optional.of("Russian Federation"), Optional.empty(), Paging.FIRST))
        .extracting(Page::items)
        .satisfies(
            items ->
                assertThat(items).extracting(EntitySummary::id).containsExactly("country:russia"));
    assertThat(
            store.entities(Optional.empty(), Optional.of(EntityType.COUNTRY), Paging.FIRST).items())
        .extracting(EntitySummary::id)
        .containsExactlyInAnyOrder("country:russia", "country:tajikistan");
    assertThat(store.entities(Optional.empty(), Optional.empty(), Paging.FIRST).total())
        .isEqualTo(4);

    KnowledgeEntity entity = store.entity("person:sergei-shoigu").orElseThrow();
    assertThat(entity.name()).isEqualTo("Sergei Shoigu");
    assertThat(entity.countries()).containsExactly("RUS");
    assertThat(entity.roles()).containsExactly("Defense Minister", "minister");
    assertThat(entity.aliases()).containsExactly("Shoigu", "SERGEI SHOIGU");
    assertThat(entity.occurrences())
        .extracting(o -> o.article() + "/" + o.entity())
        .containsExactly("a1/E1", "a2/E1", "b1/E1");
    assertThat(entity.occurrences().get(0).mentions())
        .isEqualTo(Fixtures.dushanbe("a1").annotations().entities().get(0).mentions());
    assertThat(store.entity("person:nobody")).isEmpty();
  }

  // --- hostile input ---

  static final List<String> HOSTILE =
      List.of(
          "' OR '1'='1",
          "RUS' OR 1=1 --",
          "'; DROP TABLE events; --",
          "\"; DELETE FROM articles; --",
          "Dushanbe\" OR \"x",
          "NEAR(Dushanbe Termez)",
          "Dushanbe*",
          "body:Dushanbe",
          "%",
          "_",
          "\\",
          "%' OR name_folded LIKE '%",
          ")) UNION SELECT id, id, id FROM articles --",
          "😀",
          "-- ",
          "/* */");

  @Test
  void hostileInput_throughEveryFilter_isHarmless() throws SQLException {
    storeThreeArticles();
    store.replaceStories(List.of(story("S1", "a1")));
    Map<String, Long> before = rowCounts();
    for (String bad : HOSTILE) {
      String clean = bad;
      assertThat(eventKeys(EventQuery.ALL.withCountry(clean))).as(bad).isEmpty();
      assertThat(eventKeys(EventQuery.ALL.withActor(clean))).as(bad).isEmpty();
      assertThat(store.entities(Optional.of(clean), Optional.empty(), Paging.FIRST).total())
          .as(bad)
          .isZero();
      assertThat(store.article(clean)).as(bad).isEmpty();
      assertThat(store.articleJson(clean)).as(bad).isEmpty();
      assertThat(store.story(clean)).as(bad).isEmpty();
      assertThat(store.entity(clean)).as(bad).isEmpty();
      // Query syntax is not syntax: only the words count, all of them.
      List<String> words = Dialect.words(clean);
      long expected =
          words.equals(List.of("dushanbe"))
              ? store.search("Dushanbe", Paging.FIRST).total()
              : words.isEmpty() ? 0 : -1;
      long found = store.search(clean, Paging.FIRST).total();
      if (expected >= 0) {
        assertThat(found).as(bad).isEqualTo(expected);
      } else {
        assertThat(found).as(bad).isZero();
      }
      store.events(EventQuery.ALL.withText(clean));
      store.articles(ArticleQuery.ALL.withText(clean));
    }
    assertThat(store.search("Dushanbe", Paging.FIRST).total()).isEqualTo(2);
    assertThat(store.events(EventQuery.ALL.withText("Dushanbe*")).items())
        .extracting(e -> e.event().id())
        .containsExactly("V1");
    assertThat(rowCounts()).isEqualTo(before);
    assertThat(store.events(EventQuery.ALL).total()).isEqualTo(5);
  }

  @Test
  void hostileText_isStoredAndReadBackVerbatim() {
    String text = "It's \"quoted\" -- '; DROP TABLE articles; -- 100% _done_ \\ back.";
    Article article = simple("x'; DROP TABLE articles; --", text, "O'Brien", EventType.AID, "IRL");
    store.save(List.of(article));
    assertThat(store.articleJson(article.id())).contains(json.article(article));
    assertThat(store.article(article.id()).orElseThrow().text()).isEqualTo(text);
    assertThat(store.entities(Optional.of("o'brien"), Optional.empty(), Paging.FIRST).total())
        .isEqualTo(1);
    assertThat(store.entities(Optional.of("100%"), Optional.empty(), Paging.FIRST).total())
        .isZero();
    assertThat(eventKeys(EventQuery.ALL.withActor("O'Brien")))
        .containsExactly(article.id() + "/V1");
    assertThat(store.articleCount()).isEqualTo(1);
  }

  // --- stories ---

  @Test
  void stories_replaceAndReadBack() {
    storeThreeArticles();
    Story withConflicts =
        new Story(
            "S1",
            "Russia and Tajikistan agree; a clash near Khorog",
            List.of(new Story.EventRef("a1", "V1"), new Story.EventRef("b1", "V1")),
            List.of("a1", "b1"),
            List.of(
                new Story.Conflict(
                    "attributes.killed",
                    List.of(new Story.Claim("a1", 2), new Story.Claim("b1", 3))),
                new Story.Conflict(
                    "date",
                    List.of(
                        new Story.Claim("a1", "2021-05-17"), new Story.Claim("b1", "2021-06-01"))),
                new Story.Conflict(
                    "countries",
                    List.of(
                        new Story.Claim("a1", List.of("TJK", "AFG")),
                        new Story.Claim("b1", List.of("UZB", "it's \"odd\""))))));
    Story plain = story("S2", "c1");
    store.replaceStories(List.of(withConflicts, plain));

    assertThat(store.loadStories()).containsExactly(withConflicts, plain);
    assertThat(store.story("S1")).contains(withConflicts);
    assertThat(store.story("S3")).isEmpty();
    Page<Story> page = store.stories(new Paging(1, 1));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).containsExactly(plain);

    Story replacement = story("S9", "b1");
    store.replaceStories(List.of(replacement));
    assertThat(store.loadStories()).containsExactly(replacement);
    store.replaceStories(List.of());
    assertThat(store.loadStories()).isEmpty();
    assertThat(store.stories(Paging.FIRST).total()).isZero();
  }

  @Test
  void forEachArticle_givesEveryArticleWithItsEvents_inStoredOrder() {
    store.save(List.of(Fixtures.dushanbe("z")));
    storeThreeArticles();
    store.save(List.of(Fixtures.dushanbe("z")));
    List<Article> seen = new ArrayList<>();
    store.forEachArticle(seen::add);
    assertThat(seen).extracting(Article::id).containsExactly("a1", "b1", "c1", "z");
    assertThat(seen.get(0).annotations().events())
        .isEqualTo(Fixtures.dushanbe("a1").annotations().events());
    assertThat(seen.get(0).metadata()).isEqualTo(Fixtures.dushanbe("a1").metadata());
  }

  // --- helpers ---

  static Story story(String id, String article) {
    return new Story(
        id,
        "summary of " + id,
        List.of(new Story.EventRef(article, "V1")),
        List.of(article),
        List.of());
  }

  static Article simple(String id, String text, String entity, EventType type, String country) {
    return Fixtures.simple(
        id,
        text,
        Optional.empty(),
        entity,
        type,
        EventStatus.REPORTED,
        new Actor(entity, Optional.empty(), Optional.empty()),
        country,
        Optional.empty());
  }

  /** The number of rows in every table, read straight from the database. */
  Map<String, Long> rowCounts() throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(location.jdbcUrl());
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }
}
