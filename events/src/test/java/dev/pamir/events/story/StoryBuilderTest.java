package dev.pamir.events.story;

import static dev.pamir.events.story.Articles.article;
import static dev.pamir.events.story.Articles.event;
import static dev.pamir.events.story.Articles.group;
import static dev.pamir.events.story.Articles.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.EntityType;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.Story;
import dev.pamir.model.Story.Claim;
import dev.pamir.model.Story.Conflict;
import dev.pamir.model.Story.EventRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryBuilderTest {

  private static final Actor RUSSIA = state("RUS", "Russia");
  private static final Actor UZBEKISTAN = state("UZB", "Uzbekistan");
  private static final Actor TAJIKISTAN = state("TJK", "Tajikistan");
  private static final Actor AFGHANISTAN = state("AFG", "Afghanistan");

  /** A minister's two-day visit, reported by three outlets in three ways. */
  private static List<Article> visitReports() {
    Article first =
        article("wire")
            .published("2023-03-06")
            .event(
                event(EventType.CONSULT, "The defence minister's visit to Uzbekistan on March 3-4.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-03/2023-03-04")
                    .countries("UZB"))
            .event(
                event(
                        EventType.AGREE,
                        "On March 4 the two defence ministers signed a military partnership"
                            + " plan for 2023-2027 in Samarkand.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-04")
                    .place("Samarkand", 39.65, 66.96, "UZB")
                    .countries("UZB"))
            .build();
    Article second =
        article("weekly")
            .published("2023-03-20")
            .event(
                event(
                        EventType.COOPERATE,
                        "Tashkent finally agreed to expand its military partnership with Moscow.")
                    .source(UZBEKISTAN)
                    .target(RUSSIA)
                    .countries("UZB"))
            .build();
    Article third =
        article("daily")
            .published("2023-03-05")
            .event(
                event(
                        EventType.AGREE,
                        "The ministers signed a defence partnership plan in Samarkand on Saturday.")
                    .source(UZBEKISTAN)
                    .target(RUSSIA)
                    .date("2023-03-04")
                    .place("Samarkand", 39.65, 66.96, "UZB"))
            .build();
    return List.of(first, second, third);
  }

  @Test
  void add_sameHappeningAcrossOutlets_joinsOneStory() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.addAll(visitReports());

    assertThat(builder.stories()).hasSize(1);
    Story story = builder.stories().get(0);
    assertThat(story.id()).isEqualTo("S1");
    assertThat(story.articles()).containsExactly("wire", "weekly", "daily");
    assertThat(story.events())
        .containsExactly(
            new EventRef("wire", "V1"),
            new EventRef("wire", "V2"),
            new EventRef("weekly", "V1"),
            new EventRef("daily", "V1"));
  }

  @Test
  void add_sameActorsMonthsApart_staysApart() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("spring")
            .published("2023-03-05")
            .event(
                event(EventType.CONSULT, "The defence minister visited Tashkent for talks.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-03"))
            .build());
    builder.add(
        article("autumn")
            .published("2023-09-16")
            .event(
                event(EventType.CONSULT, "The defence minister visited Tashkent for talks.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-09-15"))
            .build());
    builder.add(
        article("autumn-undated")
            .published("2023-09-18")
            .event(
                event(EventType.CONSULT, "The defence minister visited Tashkent for talks.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN))
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(List.of("spring"), List.of("autumn", "autumn-undated"));
  }

  @Test
  void add_visitsToTwoCountriesOnOverlappingDays_stayApart() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .published("2023-03-06")
            .event(
                event(EventType.CONSULT, "The minister paid an official visit to Dushanbe.")
                    .source(RUSSIA)
                    .target(TAJIKISTAN)
                    .date("2023-03-02/2023-03-03"))
            .build());
    builder.add(
        article("b")
            .published("2023-03-06")
            .event(
                event(EventType.CONSULT, "The minister paid an official visit to Tashkent.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-03/2023-03-04"))
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_undatedEventOfTheSameArticle_doesNotJoinItsDatedNeighbour() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .published("2023-03-06")
            .event(
                event(EventType.AGREE, "On March 4 the ministers signed a partnership plan.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-04"))
            .event(
                event(EventType.AGREE, "Another contract provides for the supply of trucks.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN))
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_twoEventsOfOneClause_areOneHappeningEvenUndated() {
    String clause = "During the visit the two ministers signed a partnership plan.";
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("one-clause")
            .published("2023-03-06")
            .event(event(EventType.CONSULT, clause).source(RUSSIA).target(UZBEKISTAN))
            .event(Articles.inSameClause(EventType.AGREE).source(UZBEKISTAN).target(RUSSIA))
            .build());
    builder.add(
        article("two-clauses")
            .published("2023-03-06")
            .event(event(EventType.CONSULT, clause).source(RUSSIA).target(UZBEKISTAN))
            .event(
                event(EventType.AGREE, "The two ministers signed a partnership plan.")
                    .source(UZBEKISTAN)
                    .target(RUSSIA))
            .build());

    assertThat(builder.stories())
        .extracting(Story::events)
        .containsExactly(
            List.of(
                new EventRef("one-clause", "V1"),
                new EventRef("one-clause", "V2"),
                new EventRef("two-clauses", "V1")),
            List.of(new EventRef("two-clauses", "V2")));
  }

  @Test
  void add_undatedUnpublishedReports_joinOnlyWithSameTypeAndActors() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("x")
            .event(
                event(
                        EventType.MOBILIZE,
                        "We are raising the combat readiness of our bases in Kyrgyzstan and"
                            + " Tajikistan.")
                    .source(RUSSIA)
                    .countries("KGZ", "TJK"))
            .build());
    builder.add(
        article("y")
            .event(
                event(
                        EventType.MOBILIZE,
                        "Moscow will raise the combat readiness of its bases in Kyrgyzstan and"
                            + " Tajikistan.")
                    .source(RUSSIA)
                    .countries("TJK", "KGZ"))
            .event(
                event(
                        EventType.COOPERATE,
                        "It will hold exercises with the bases in Kyrgyzstan and Tajikistan.")
                    .source(RUSSIA)
                    .countries("TJK", "KGZ"))
            .build());

    assertThat(builder.stories())
        .extracting(Story::events)
        .containsExactly(
            List.of(new EventRef("x", "V1"), new EventRef("y", "V1")),
            List.of(new EventRef("y", "V2")));
  }

  @Test
  void add_undatedUnpublishedReports_joinWhenOneNamesPartOfTheOthersSides() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("headline")
            .event(
                event(EventType.COERCE, "Oskar Lindqvist detained on suspicion of smuggling.")
                    .target(group("Oskar Lindqvist")))
            .build());
    builder.add(
        article("wire")
            .event(
                event(
                        EventType.COERCE,
                        "The border guard detained Oskar Lindqvist on suspicion of smuggling.")
                    .source(group("border guard"))
                    .target(group("Oskar Lindqvist")))
            .build());
    builder.add(
        article("other")
            .event(
                event(
                        EventType.COERCE,
                        "The border guard detained Petra Novak on suspicion of smuggling.")
                    .source(group("border guard"))
                    .target(group("Petra Novak")))
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(List.of("headline", "wire"), List.of("other"));
  }

  /** The shooting in Lindenfeld, told with the same background by every article about it. */
  private static final String SHOOTING =
      "Tomas Varga, a seventeen-year-old apprentice, was shot by police outside Lindenfeld"
          + " railway station. Varga died in hospital. Lindenfeld mayor Agnes Holm appealed for"
          + " calm.";

  /** An article about the shooting in Lindenfeld reporting {@code event}. */
  private static Articles aboutTheShooting(String id, Articles.EventSpec event) {
    return article(id)
        .event(event)
        .background(SHOOTING)
        .named("Tomas Varga", EntityType.PERSON)
        .named("Lindenfeld", EntityType.LOCATION)
        .named("Agnes Holm", EntityType.PERSON);
  }

  private static Articles.EventSpec protestBy(String side, String evidence) {
    return event(EventType.PROTEST, evidence).source(group(side));
  }

  @Test
  void add_undatedReportsSharingNoActor_joinWhenTheirArticlesTellOfOneThing() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        aboutTheShooting(
                "wire",
                protestBy("students", "Students marched on the town hall for a third night."))
            .build());
    builder.add(
        aboutTheShooting(
                "local",
                protestBy("demonstrators", "Thousands rallied in the old square on Sunday."))
            .build());
    builder.add(
        article("elsewhere")
            .event(protestBy("farmers", "Farmers marched on the town hall for a third night."))
            .background(
                "The protest began after the Brackwater council raised the levy on grazing land."
                    + " Council leader Paul Ender refused to meet the farmers.")
            .named("Brackwater", EntityType.LOCATION)
            .named("Paul Ender", EntityType.PERSON)
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(List.of("wire", "local"), List.of("elsewhere"));
  }

  @Test
  void add_reportNothingDates_joinsTheDatedReportOfAnAlikeArticle() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        aboutTheShooting(
                "dated",
                protestBy("students", "Students marched on the town hall.").date("2024-03-02"))
            .build());
    builder.add(
        aboutTheShooting("undated", protestBy("students", "Students marched on the town hall."))
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(List.of("dated", "undated"));
  }

  @Test
  void add_articleNamingAPersonBySurname_isAboutTheSamePerson() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("full")
            .event(protestBy("students", "Students marched on the town hall."))
            .background(
                "Tomas Varga was shot by police outside the railway station. Tomas Varga was"
                    + " seventeen.")
            .named("Tomas Varga", EntityType.PERSON)
            .build());
    builder.add(
        article("surname")
            .event(protestBy("mourners", "Mourners gathered at the station."))
            .background(
                "Varga was shot by police outside the railway station. Varga was seventeen.")
            .named("Varga", EntityType.PERSON)
            .build());

    assertThat(builder.stories()).hasSize(1);
  }

  @Test
  void add_publishedAlikeArticles_stillNeedEvidenceThatSaysTheSame() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        aboutTheShooting("monday", protestBy("students", "Students marched on the town hall."))
            .published("2024-03-04")
            .build());
    builder.add(
        aboutTheShooting(
                "tuesday", protestBy("shopkeepers", "Shopkeepers closed early in a silent vigil."))
            .published("2024-03-05")
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_alikeArticles_stillKeepIncompatibleTypesApart() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        aboutTheShooting("protest", protestBy("students", "Students marched on the town hall."))
            .build());
    builder.add(
        aboutTheShooting(
                "talks",
                event(EventType.CONSULT, "The mayor met the police chief.").source(group("mayor")))
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_undatedReportOfUnpublishedArticle_doesNotJoinDatedStory() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("dated")
            .published("2023-06-02")
            .event(
                event(EventType.COOPERATE, "Joint exercises were held near the Afghan border.")
                    .source(RUSSIA)
                    .target(TAJIKISTAN)
                    .date("2023-06-01"))
            .build());
    builder.add(
        article("undated")
            .event(
                event(EventType.COOPERATE, "Joint exercises were held near the Afghan border.")
                    .source(RUSSIA)
                    .target(TAJIKISTAN))
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_incompatibleTypes_stayApart() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .event(
                event(EventType.CONSULT, "The ministers met on the border.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("b")
            .event(
                event(EventType.ASSAULT, "Guards exchanged fire on the border.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-10"))
            .build());

    assertThat(builder.stories()).hasSize(2);
  }

  @Test
  void add_acronymOfAGroup_meetsItsFullName() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .event(
                event(
                        EventType.CONSULT,
                        "The minister spoke at the meeting of the SCO in Tashkent.")
                    .source(RUSSIA)
                    .target(group("SCO"))
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("b")
            .event(
                event(
                        EventType.CONSULT,
                        "He addressed the Shanghai Cooperation Organisation's defence meeting.")
                    .source(RUSSIA)
                    .target(group("the Shanghai Cooperation Organisation"))
                    .date("2023-05-10"))
            .build());

    assertThat(builder.stories()).hasSize(1);
  }

  @Test
  void add_actorFoundAsAnEntity_meetsItsCountryAndItsOtherNames() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("state")
            .event(
                event(EventType.CONSULT, "Russia and Uzbekistan held defence talks in Tashkent.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("ministry")
            .entity("E1", "Russian Defence Ministry", EntityType.ORGANIZATION, "RUS")
            .event(
                event(EventType.CONSULT, "The ministry held defence talks in Tashkent.")
                    .source(Articles.found("the ministry", "E1"))
                    .target(UZBEKISTAN)
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("bloc")
            .entity(
                "E7",
                "Collective Security Treaty Organization",
                EntityType.ORGANIZATION,
                "RUS",
                "CSTO")
            .event(
                event(EventType.CONSULT, "The bloc's ministers met in Dushanbe.")
                    .source(Articles.found("the bloc", "E7"))
                    .date("2023-06-20"))
            .build());
    builder.add(
        article("acronym")
            .event(
                event(EventType.CONSULT, "CSTO ministers met in Dushanbe.")
                    .source(group("CSTO"))
                    .date("2023-06-20"))
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(List.of("state", "ministry"), List.of("bloc", "acronym"));
  }

  @Test
  void stories_conflictingFiguresAndEquipment_areListedPerArticle() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("first")
            .published("2023-05-11")
            .event(
                event(EventType.ASSAULT, "Two people were killed in a clash on the border island.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-10")
                    .killed(2)
                    .equipment("Su-12SM", "radar systems"))
            .build());
    builder.add(
        article("second")
            .published("2023-05-11")
            .event(
                event(EventType.ASSAULT, "Three people died in the clash on the border island.")
                    .source(AFGHANISTAN)
                    .target(UZBEKISTAN)
                    .date("2023-05-10")
                    .killed(3)
                    .equipment("Su-30SM", "radar systems"))
            .build());
    builder.add(
        article("third")
            .published("2023-05-12")
            .event(
                event(EventType.ASSAULT, "The clash on the border island was confirmed.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-10")
                    .equipment("radar systems"))
            .build());

    assertThat(builder.stories()).hasSize(1);
    Map<String, Conflict> conflicts =
        builder.stories().get(0).conflicts().stream()
            .collect(Collectors.toMap(Conflict::field, Function.identity()));
    assertThat(conflicts.get("attributes.killed").values())
        .containsExactly(new Claim("first", 2), new Claim("second", 3));
    assertThat(conflicts.get("attributes.equipment").values())
        .containsExactly(
            new Claim("first", List.of("Su-12SM", "radar systems")),
            new Claim("second", List.of("Su-30SM", "radar systems")),
            new Claim("third", List.of("radar systems")));
    assertThat(conflicts).doesNotContainKeys("date", "type", "status", "place");
  }

  @Test
  void stories_agreeingReports_haveNoConflicts() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    for (String id : List.of("a", "b")) {
      builder.add(
          article(id)
              .published("2023-05-11")
              .event(
                  event(EventType.ASSAULT, "Two people were killed in a clash on the border.")
                      .source(UZBEKISTAN)
                      .target(AFGHANISTAN)
                      .date("2023-05-10")
                      .killed(2)
                      .equipment("Su-30SM"))
              .build());
    }

    assertThat(builder.stories())
        .singleElement()
        .satisfies(s -> assertThat(s.conflicts()).isEmpty());
  }

  @Test
  void stories_datesADayApartAndDifferentStatus_areConflicts() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .event(
                event(EventType.ASSAULT, "Guards exchanged fire on the border island.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("b")
            .event(
                event(EventType.ASSAULT, "Guards were said to have exchanged fire on the island.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .date("2023-05-11")
                    .status(EventStatus.CLAIMED))
            .build());

    List<Conflict> conflicts = builder.stories().get(0).conflicts();
    assertThat(conflicts)
        .containsExactly(
            new Conflict("status", List.of(new Claim("a", "reported"), new Claim("b", "claimed"))),
            new Conflict(
                "date", List.of(new Claim("a", "2023-05-10"), new Claim("b", "2023-05-11"))));
  }

  @Test
  void stories_placesFarApart_conflictWhileSpellingsOfOnePlaceDoNot() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    String[][] reports = {
      {"a", "Kyiv", "50.45"}, {"b", "Kiev", "50.4501"}, {"c", "Lviv", "49.84"},
    };
    for (String[] report : reports) {
      builder.add(
          article(report[0])
              .event(
                  event(EventType.CONSULT, "The ministers met for talks.")
                      .source(RUSSIA)
                      .target(UZBEKISTAN)
                      .date("2023-05-10")
                      .place(report[1], Double.parseDouble(report[2]), 30.52, "UKR"))
              .build());
    }
    StoryBuilder twoSpellings = StoryBuilder.withoutEncoder();
    for (String[] report : new String[][] {reports[0], reports[1]}) {
      twoSpellings.add(
          article(report[0])
              .event(
                  event(EventType.CONSULT, "The ministers met for talks.")
                      .source(RUSSIA)
                      .target(UZBEKISTAN)
                      .date("2023-05-10")
                      .place(report[1], Double.parseDouble(report[2]), 30.52, "UKR"))
              .build());
    }

    assertThat(builder.stories().get(0).conflicts())
        .containsExactly(
            new Conflict(
                "place",
                List.of(new Claim("a", "Kyiv"), new Claim("b", "Kiev"), new Claim("c", "Lviv"))));
    assertThat(twoSpellings.stories().get(0).conflicts()).isEmpty();
  }

  @Test
  void stories_summary_namesActorsTypeDateAndPlace() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.addAll(visitReports());

    assertThat(builder.stories().get(0).summary())
        .startsWith("Russia — AGREE — Uzbekistan, 2023-03-04, Samarkand: On March 4 the two")
        .doesNotContain("\n");
  }

  @Test
  void addAll_equalsAddingOneByOne_andIsDeterministic() {
    List<Article> articles = new ArrayList<>(visitReports());
    articles.addAll(randomArticles(new Random(7), 300));
    StoryBuilder together = StoryBuilder.withoutEncoder();
    together.addAll(articles);
    StoryBuilder oneByOne = StoryBuilder.withoutEncoder();
    for (Article article : articles) {
      oneByOne.add(oneByOne.prepare(article));
    }
    StoryBuilder again = StoryBuilder.withoutEncoder();
    again.addAll(articles);

    assertThat(oneByOne.stories()).isEqualTo(together.stories());
    assertThat(again.stories()).isEqualTo(together.stories());
  }

  @Test
  void add_inAnyOrder_groupsClearCasesTheSame() {
    List<Article> articles = new ArrayList<>(visitReports());
    articles.add(
        article("elsewhere")
            .published("2023-03-05")
            .event(
                event(EventType.CONSULT, "The minister paid an official visit to Dushanbe.")
                    .source(RUSSIA)
                    .target(TAJIKISTAN)
                    .date("2023-03-02"))
            .build());
    Set<Set<EventRef>> expected = partition(articles);
    Random random = new Random(3);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(articles, random);
      assertThat(partition(articles)).isEqualTo(expected);
    }
    assertThat(expected).hasSize(2);
  }

  @Test
  void add_laterArticles_onlyGrowTheStoriesTheirEventsJoin() {
    List<Article> articles = randomArticles(new Random(11), 300);
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.addAll(articles.subList(0, 200));
    List<Story> before = builder.stories();
    builder.addAll(articles.subList(200, 300));
    List<Story> after = builder.stories();
    Set<String> later = new HashSet<>();
    articles.subList(200, 300).forEach(a -> later.add(a.id()));

    int unchanged = 0;
    for (Story old : before) {
      Story now =
          after.stream()
              .filter(s -> s.events().contains(old.events().get(0)))
              .findFirst()
              .orElseThrow();
      assertThat(now.events()).containsAll(old.events());
      if (now.events().equals(old.events())) {
        unchanged++;
        assertThat(now.conflicts()).isEqualTo(old.conflicts());
        assertThat(now.summary()).isEqualTo(old.summary());
      } else {
        assertThat(now.articles()).anyMatch(later::contains);
      }
    }
    assertThat(unchanged).isGreaterThan(before.size() / 2);
  }

  @Test
  void add_eventFittingTwoStories_mergesThemAndRenumbers() {
    List<Article> reports = visitReports();
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("noise")
            .event(event(EventType.PROTEST, "Crowds gathered.").source(group("students")))
            .build());
    builder.add(reports.get(2)); // daily: the signing, dated
    builder.add(reports.get(1)); // weekly: undated, too unlike the daily's words to join it
    assertThat(builder.stories()).hasSize(3);

    builder.add(reports.get(0)); // wire: the visit and the signing, like both

    assertThat(builder.stories())
        .extracting(Story::id, Story::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("S1", List.of("noise")),
            org.assertj.core.groups.Tuple.tuple("S2", List.of("daily", "weekly", "wire")));
    assertThat(builder.storyCount()).isEqualTo(2);
    assertInvariants(builder);
  }

  @Test
  void add_thousandsOfEventsInOneArticle_eachGetsExactlyOneStory() {
    Random random = new Random(5);
    Articles big = article("big").published("2023-06-30");
    for (int i = 0; i < 3000; i++) {
      big.event(randomEvent(random, i));
    }
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(big.build());
    builder.addAll(randomArticles(random, 50));

    assertInvariants(builder);
    assertThat(builder.eventCount()).isGreaterThanOrEqualTo(3000);
  }

  @Test
  void add_eventsWithoutActorsDatesOrCountries_eachGetsAStory() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("bare")
            .event(event(EventType.PROTEST, "Crowds gathered."))
            .event(event(EventType.PROTEST, "Crowds gathered."))
            .build());
    builder.add(article("bare-too").event(event(EventType.PROTEST, "Crowds gathered.")).build());
    builder.add(
        article("published-bare")
            .published("2023-01-01")
            .event(event(EventType.ASSAULT, "A bomb went off.").countries("AFG"))
            .event(event(EventType.ASSAULT, "A bomb went off.").countries("AFG").date("2022"))
            .build());
    builder.add(article("empty").build());

    assertInvariants(builder);
    assertThat(builder.eventCount()).isEqualTo(5);
  }

  @Test
  void add_actorlessReportOnThePreciseDay_joinsByCountry() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.add(
        article("a")
            .event(
                event(EventType.ASSAULT, "Two soldiers were killed in a clash on the border.")
                    .source(UZBEKISTAN)
                    .target(AFGHANISTAN)
                    .countries("UZB")
                    .date("2023-05-10"))
            .build());
    builder.add(
        article("b")
            .event(
                event(EventType.ASSAULT, "Two soldiers were killed in a border clash.")
                    .countries("UZB")
                    .date("2023-05-10"))
            .build());

    assertThat(builder.stories()).hasSize(1);
  }

  @Test
  void add_sameArticleTwice_isRejected() {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    Article article = visitReports().get(0);
    builder.add(article);
    assertThatThrownBy(() -> builder.add(article))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wire");
  }

  @Test
  void add_articlePreparedByAnotherBuilder_isRejected() {
    PreparedArticle prepared = StoryBuilder.withoutEncoder().prepare(visitReports().get(0));
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    assertThatThrownBy(() -> builder.add(prepared))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another story builder");
  }

  @Test
  void fuzz_randomArticles_keepInvariants() {
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      StoryBuilder builder = StoryBuilder.withoutEncoder();
      builder.addAll(randomArticles(random, 400));
      assertInvariants(builder);
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private static Set<Set<EventRef>> partition(List<Article> articles) {
    StoryBuilder builder = StoryBuilder.withoutEncoder();
    builder.addAll(articles);
    Set<Set<EventRef>> groups = new HashSet<>();
    builder.stories().forEach(s -> groups.add(Set.copyOf(s.events())));
    return groups;
  }

  private static final String[] CODES = {"RUS", "UZB", "TJK", "KGZ", "KAZ", "AFG", "USA", "CHN"};
  private static final String[] WORDS = {
    "troops",
    "border",
    "talks",
    "minister",
    "signed",
    "clash",
    "exercise",
    "visit",
    "deal",
    "killed",
    "weapons",
    "summit",
    "aid",
    "sanctions",
    "protest",
    "capital"
  };

  static List<Article> randomArticles(Random random, int count) {
    List<Article> articles = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      Articles article = article("r" + a);
      if (random.nextInt(4) > 0) {
        article.published("2023-0" + (1 + random.nextInt(6)) + "-1" + random.nextInt(10));
      }
      int events = random.nextInt(4);
      for (int e = 0; e < events; e++) {
        article.event(randomEvent(random, e));
      }
      articles.add(article.build());
    }
    return articles;
  }

  private static Articles.EventSpec randomEvent(Random random, int n) {
    EventType[] types = EventType.values();
    StringBuilder evidence = new StringBuilder("Event " + n + ":");
    for (int w = 0; w < 6; w++) {
      evidence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    Articles.EventSpec spec = event(types[random.nextInt(types.length)], evidence + ".");
    int actors = random.nextInt(3);
    for (int i = 0; i < actors; i++) {
      String code = CODES[random.nextInt(CODES.length)];
      if (i == 0) {
        spec.source(state(code, code));
      } else {
        spec.target(random.nextBoolean() ? state(code, code) : group("Group " + code));
      }
    }
    if (random.nextBoolean()) {
      spec.countries(CODES[random.nextInt(CODES.length)]);
    }
    switch (random.nextInt(4)) {
      case 0 -> spec.date("2023-0" + (1 + random.nextInt(6)) + "-1" + random.nextInt(10));
      case 1 -> spec.date("2023-0" + (1 + random.nextInt(6)));
      case 2 ->
          spec.date("2023-05-0" + (1 + random.nextInt(3)) + "/2023-05-0" + (4 + random.nextInt(3)));
      default -> {}
    }
    if (random.nextInt(5) == 0) {
      spec.status(EventStatus.values()[random.nextInt(EventStatus.values().length)]);
    }
    if (random.nextInt(6) == 0) {
      spec.killed(random.nextInt(5));
    }
    return spec;
  }

  /** Every event is in exactly one story; ids run S1..Sn; articles and conflicts are consistent. */
  private static void assertInvariants(StoryBuilder builder) {
    List<Story> stories = builder.stories();
    Set<EventRef> seen = new HashSet<>();
    for (int i = 0; i < stories.size(); i++) {
      Story story = stories.get(i);
      assertThat(story.id()).isEqualTo("S" + (i + 1));
      assertThat(story.summary()).isNotBlank().doesNotContain("\n");
      for (EventRef ref : story.events()) {
        assertThat(seen.add(ref)).as("%s in two stories", ref).isTrue();
      }
      Set<String> articles = new LinkedHashSet<>();
      story.events().forEach(ref -> articles.add(ref.article()));
      assertThat(story.articles()).containsExactlyElementsOf(articles);
      if (story.articles().size() < 2) {
        assertThat(story.conflicts()).isEmpty();
      }
      Set<String> fields = new TreeSet<>();
      for (Conflict conflict : story.conflicts()) {
        assertThat(fields.add(conflict.field())).isTrue();
        assertThat(conflict.values()).extracting(Claim::article).doesNotHaveDuplicates();
        assertThat(story.articles())
            .containsAll(conflict.values().stream().map(Claim::article).toList());
      }
    }
    assertThat(seen).hasSize(builder.eventCount());
    assertThat(builder.storyCount()).isEqualTo(stories.size());
  }
}
