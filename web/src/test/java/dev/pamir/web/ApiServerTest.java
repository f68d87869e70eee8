package dev.pamir.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.json.PamirJson;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.TimeValue;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over HTTP, on a real server on a free loopback port. */
class ApiServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir static Path dir;
  private static ArticleStore store;
  private static ApiServer server;
  private static Article first;
  private static Article second;

  /** What came back: the status and the JSON body. */
  private record Answer(int status, JsonNode body, String text) {}

  @BeforeAll
  static void start() {
    store = ArticleStore.open(DatabaseLocation.sqlite(dir.resolve("kb.db")));
    first =
        article(
            "a1",
            "Russia and Tajikistan signed an agreement in Dushanbe. \"A good day,\" said Shoigu.",
            "Sergei Shoigu",
            EventType.AGREE,
            EventStatus.REPORTED,
            new Actor("Russia", Optional.of("RUS"), Optional.empty()),
            "TJK",
            LocalDate.of(2021, 5, 17));
    second =
        article(
            "b1",
            "Uzbek forces clashed with militants near Termez. \"It was loud,\" said a witness.",
            "Ali Valiev",
            EventType.ASSAULT,
            EventStatus.CLAIMED,
            new Actor("Uzbekistan", Optional.of("UZB"), Optional.empty()),
            "UZB",
            LocalDate.of(2021, 6, 1));
    store.save(List.of(first, second));
    store.replaceStories(
        List.of(
            new Story(
                "S1",
                "an agreement and a clash",
                List.of(new Story.EventRef("a1", "V1"), new Story.EventRef("b1", "V1")),
                List.of("a1", "b1"),
                List.of(
                    new Story.Conflict(
                        "attributes.killed",
                        List.of(new Story.Claim("a1", 2), new Story.Claim("b1", 3)))))));
    server = ApiServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static Article article(
      String id,
      String text,
      String person,
      EventType type,
      EventStatus status,
      Actor actor,
      String country,
      LocalDate day) {
    int quoteStart = text.indexOf('"') + 1;
    Event event =
        new Event(
            "V1",
            type,
            Optional.empty(),
            type.cameo(),
            List.of(actor),
            List.of(),
            Optional.of(new TimeValue.Day(day)),
            Optional.empty(),
            List.of(country),
            status,
            new EventAttributes(
                OptionalInt.of(2),
                OptionalInt.empty(),
                OptionalInt.empty(),
                List.of(),
                OptionalInt.empty(),
                Optional.empty()),
            Optional.empty(),
            new Span(0, text.indexOf('.')),
            0.75);
    return Article.cleaned(
            id,
            SourceRef.ofFile(id + ".txt"),
            new ArticleMetadata(
                Optional.of("Title of " + id),
                List.of(),
                Optional.empty(),
                Optional.of(new PublicationDate.Day(day.plusDays(1)))),
            text,
            List.of())
        .withLanguage("en")
        .withEntities(
            List.of(
                new Entity(
                    "E1",
                    person,
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Span(text.lastIndexOf(' ') + 1, text.length() - 1)))))
        .withQuotes(
            List.of(
                new Quote(
                    new Span(quoteStart, text.indexOf('"', quoteStart)),
                    true,
                    Optional.of("E1"),
                    Optional.of(person))))
        .withEvents(List.of(event));
  }

  private static Answer get(String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.headers().firstValue("content-type").orElse(""))
        .startsWith("application/json");
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
    return new Answer(response.statusCode(), MAPPER.readTree(response.body()), response.body());
  }

  private static List<String> ids(Answer answer, String... fields) {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : answer.body().get("items")) {
      StringBuilder id = new StringBuilder();
      for (String field : fields) {
        id.append(id.length() == 0 ? "" : "/").append(item.get(field).asText());
      }
      ids.add(id.toString());
    }
    return ids;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void articles_listNewestFirst_withTotal() throws Exception {
    Answer all = get("/api/articles");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().get("total").asLong()).isEqualTo(2);
    assertThat(ids(all, "id")).containsExactly("b1", "a1");
    assertThat(all.body().get("items").get(1).get("title").asText()).isEqualTo("Title of a1");
    assertThat(all.body().get("items").get(1).get("events").asInt()).isEqualTo(1);
    assertThat(ids(get("/api/articles?q=termez"), "id")).containsExactly("b1");
    assertThat(ids(get("/api/articles?to=2021-05-31"), "id")).containsExactly("a1");
    Answer page = get("/api/articles?limit=1&offset=1");
    assertThat(ids(page, "id")).containsExactly("a1");
    assertThat(page.body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void article_isThePamirJsonAnalyzeWrites() throws Exception {
    Answer answer = get("/api/articles/a1");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo(new PamirJson().article(first));
    Answer missing = get("/api/articles/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().get("error").asText()).contains("nope");
  }

  @Test
  void events_eachFilter_filters() throws Exception {
    Answer all = get("/api/events");
    assertThat(all.body().get("total").asLong()).isEqualTo(2);
    JsonNode clash = all.body().get("items").get(0);
    assertThat(clash.get("article").asText()).isEqualTo("b1");
    assertThat(clash.get("type").asText()).isEqualTo("ASSAULT");
    assertThat(clash.get("status").asText()).isEqualTo("claimed");
    assertThat(clash.get("date").asText()).isEqualTo("2021-06-01");
    assertThat(clash.get("source").get(0).get("code").asText()).isEqualTo("UZB");
    assertThat(clash.get("attributes").get("killed").asInt()).isEqualTo(2);
    assertThat(clash.get("evidence").get("text").asText())
        .isEqualTo("Uzbek forces clashed with militants near Termez");
    assertThat(clash.get("confidence").asDouble()).isEqualTo(0.75);

    assertThat(ids(get("/api/events?type=agree"), "article")).containsExactly("a1");
    assertThat(ids(get("/api/events?status=CLAIMED"), "article")).containsExactly("b1");
    assertThat(ids(get("/api/events?country=tjk"), "article")).containsExactly("a1");
    assertThat(ids(get("/api/events?actor=UZB"), "article")).containsExactly("b1");
    assertThat(ids(get("/api/events?actor=" + encode("russia")), "article")).containsExactly("a1");
    assertThat(ids(get("/api/events?from=2021-05-18"), "article")).containsExactly("b1");
    assertThat(ids(get("/api/events?to=2021-05-18"), "article")).containsExactly("a1");
    assertThat(ids(get("/api/events?q=militants"), "article")).containsExactly("b1");
    assertThat(ids(get("/api/events?q=militants&type=agree"), "article")).isEmpty();
    Answer page = get("/api/events?limit=1&offset=1");
    assertThat(ids(page, "article")).containsExactly("a1");
    assertThat(page.body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void badParameters_are400_namingTheParameter() throws Exception {
    for (String[] bad :
        new String[][] {
          {"/api/events?limit=abc", "limit"},
          {"/api/events?limit=0", "limit"},
          {"/api/events?limit=501", "limit"},
          {"/api/events?offset=-1", "offset"},
          {"/api/events?type=FIGHT", "type"},
          {"/api/events?status=rumoured", "status"},
          {"/api/events?from=2021-13-01", "from"},
          {"/api/events?to=yesterday", "to"},
          {"/api/events?from=2021-06-02&to=2021-06-01", "from"},
          {"/api/events?colour=red", "colour"},
          {"/api/events?type=agree&type=assault", "type"},
          {"/api/articles?from=May", "from"},
          {"/api/entities?type=ALIEN", "type"},
          {"/api/search", "q"},
          {"/api/search?q=x&page=2", "page"},
          {"/api/stories?limit=" + encode("1; DROP TABLE stories"), "limit"},
        }) {
      Answer answer = get(bad[0]);
      assertThat(answer.status()).as(bad[0]).isEqualTo(400);
      assertThat(answer.body().get("parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
      assertThat(answer.body().get("error").asText()).as(bad[0]).contains(bad[1]);
    }
  }

  @Test
  void hostileValues_areHarmless() throws Exception {
    for (String bad : List.of("' OR '1'='1", "UZB' --", "\"; DROP TABLE events; --", "%", "_")) {
      assertThat(get("/api/events?actor=" + encode(bad)).body().get("total").asLong())
          .as(bad)
          .isZero();
      assertThat(get("/api/events?country=" + encode(bad)).body().get("total").asLong())
          .as(bad)
          .isZero();
      assertThat(get("/api/entities?q=" + encode(bad)).body().get("total").asLong())
          .as(bad)
          .isZero();
      assertThat(get("/api/search?q=" + encode(bad)).status()).as(bad).isEqualTo(200);
      assertThat(get("/api/articles/" + encode(bad)).status()).as(bad).isEqualTo(404);
      assertThat(get("/api/stories/" + encode(bad)).status()).as(bad).isEqualTo(404);
      assertThat(get("/api/entities/" + encode(bad)).status()).as(bad).isEqualTo(404);
      assertThat(get("/api/events?q=" + encode(bad)).status()).as(bad).isEqualTo(200);
      assertThat(get("/api/articles?q=" + encode(bad)).status()).as(bad).isEqualTo(200);
      for (String parameter : List.of("type", "status", "from", "to", "limit", "offset")) {
        Answer refused = get("/api/events?" + parameter + "=" + encode(bad));
        assertThat(refused.status()).as(parameter + "=" + bad).isEqualTo(400);
        assertThat(refused.body().get("parameter").asText()).isEqualTo(parameter);
      }
      assertThat(get("/api/entities?type=" + encode(bad)).status()).as(bad).isEqualTo(400);
    }
    assertThat(get("/api/events").body().get("total").asLong()).isEqualTo(2);
  }

  @Test
  void stories_listAndGet() throws Exception {
    Answer all = get("/api/stories");
    assertThat(all.body().get("total").asLong()).isEqualTo(1);
    JsonNode story = get("/api/stories/S1").body();
    assertThat(story.get("summary").asText()).isEqualTo("an agreement and a clash");
    assertThat(story.get("events").get(1).get("article").asText()).isEqualTo("b1");
    assertThat(story.get("conflicts").get(0).get("values").get(1).get("value").asInt())
        .isEqualTo(3);
    assertThat(get("/api/stories/S2").status()).isEqualTo(404);
  }

  @Test
  void story_hasEachArticlesReportWithItsEventsAndEvidence() throws Exception {
    JsonNode reports = get("/api/stories/S1").body().get("reports");
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).get("article").asText()).isEqualTo("a1");
    JsonNode event = reports.get(1).get("events").get(0);
    assertThat(event.get("type").asText()).isEqualTo("ASSAULT");
    assertThat(event.get("evidence").get("text").asText())
        .isEqualTo(
            second
                .text()
                .substring(
                    second.annotations().events().get(0).evidence().start(),
                    second.annotations().events().get(0).evidence().end()));
  }

  @Test
  void openApi_describesEveryRouteTheServerAnswers() throws Exception {
    JsonNode doc = get("/api/openapi.json").body();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/api/articles",
            "/api/articles/{id}",
            "/api/events",
            "/api/stories",
            "/api/stories/{id}",
            "/api/entities",
            "/api/entities/{id}",
            "/api/search");
    assertThat(doc.get("paths").get("/api/ingest").has("post")).isTrue();
    for (String path : paths) {
      if (!doc.get("paths").get(path).has("get")) continue;
      String concrete = path.replace("{id}", "a1").replace("/api/search", "/api/search?q=Russia");
      int status = get(concrete).status();
      assertThat(status).as(path).isIn(200, 404);
    }
    // Each parameter the description lists for the events is one the server takes.
    for (JsonNode parameter : doc.get("paths").get("/api/events").get("get").get("parameters")) {
      String name = parameter.get("name").asText();
      String value =
          switch (name) {
            case "type" -> "AGREE";
            case "status" -> "reported";
            case "country" -> "RUS";
            case "from", "to" -> "2021-05-17";
            case "limit", "offset" -> "1";
            default -> "Russia";
          };
      assertThat(get("/api/events?" + name + "=" + value).status()).as(name).isEqualTo(200);
    }
  }

  @Test
  void theUi_isServedWithAPolicyThatForbidsInlineScript() throws Exception {
    for (String path : List.of("/", "/ui/app.js", "/ui/app.css", "/ui/countries-110m.json")) {
      HttpResponse<byte[]> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).isNotEmpty();
      String policy = response.headers().firstValue("content-security-policy").orElse("");
      assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(response.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    }
    assertThat(get("/api/events").text()).isNotEmpty();
    Answer missing = get("/ui/..%2Fopenapi.json");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(get("/ui/secret.txt").status()).isEqualTo(404);
  }

  @Test
  void entities_searchAndGet() throws Exception {
    Answer found = get("/api/entities?q=shoi");
    assertThat(ids(found, "id")).containsExactly("person:sergei-shoigu");
    assertThat(found.body().get("items").get(0).get("articles").asInt()).isEqualTo(1);
    assertThat(get("/api/entities?type=person").body().get("total").asLong()).isEqualTo(2);
    JsonNode entity = get("/api/entities/person:sergei-shoigu").body();
    assertThat(entity.get("name").asText()).isEqualTo("Sergei Shoigu");
    assertThat(entity.get("occurrences").get(0).get("article").asText()).isEqualTo("a1");
    assertThat(get("/api/entities/person:nobody").status()).isEqualTo(404);
  }

  @Test
  void search_findsArticlesQuotesAndEvidence() throws Exception {
    Answer answer = get("/api/search?q=" + encode("good day"));
    assertThat(ids(answer, "kind", "article")).containsExactlyInAnyOrder("article/a1", "quote/a1");
    assertThat(ids(get("/api/search?q=termez"), "kind", "article"))
        .containsExactlyInAnyOrder("article/b1", "event/b1");
  }

  @Test
  void unknownRoute_is404Json() throws Exception {
    Answer answer = get("/api/nothing-here");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().get("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void brokenDatabase_isAnErrorWithoutStackTrace() throws Exception {
    Path broken = dir.resolve("broken.db");
    try (ArticleStore brokenStore = ArticleStore.open(DatabaseLocation.sqlite(broken));
        ApiServer brokenServer = ApiServer.start(brokenStore, "127.0.0.1", 0)) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + broken);
          Statement s = c.createStatement()) {
        s.execute("DROP TABLE event_countries");
      }
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + brokenServer.port() + "/api/events?country=RUS"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body())
          .contains("cannot be read")
          .doesNotContain("event_countries")
          .doesNotContain("\tat ")
          .doesNotContain("SQL");
    }
  }
}
