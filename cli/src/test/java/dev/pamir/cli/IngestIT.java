package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.app.Composition;
import dev.pamir.ingest.http.AddressPolicy;
import dev.pamir.store.ArticleStore;
import dev.pamir.testkit.LoopbackHttpServer;
import dev.pamir.web.ApiServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/ingest} with the real analysis behind it: posted articles and fetched pages are
 * analysed, stored and grouped; private addresses are refused unless the operator allows them.
 */
class IngestIT {

  private static final String TOKEN = "an-ingest-token-long-enough";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final String ARTICLE =
      "Russia and Tajikistan signed a military cooperation agreement in Dushanbe on Monday,"
          + " the Russian Defense Ministry said. Russian troops held exercises in Tajikistan.";

  private static JsonNode call(ApiServer server, String method, String path, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(120));
    if (body != null) {
      request
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .header("Authorization", "Bearer " + TOKEN)
          .header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return MAPPER.readTree(response.body());
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void postedArticlesAreStoredAndPrivateUrlsRefusedUnlessAllowed(@TempDir Path dir)
      throws Exception {
    try (LoopbackHttpServer site = LoopbackHttpServer.start();
        ArticleStore store = Composition.store(dir.resolve("kb.db").toString())) {
      site.serve(
          "/news/1",
          "text/html; charset=utf-8",
          "<html><head><title>Uzbekistan and Russia hold talks</title></head><body><article><h1>"
              + "Uzbekistan and Russia hold talks</h1><p>Uzbek President Shavkat Mirziyoyev met"
              + " Russian President Vladimir Putin in Tashkent on Tuesday to discuss security"
              + " cooperation, the Kremlin said.</p><p>The two leaders agreed to expand joint"
              + " military exercises near the Afghan border.</p></article></body></html>");
      String page = site.uri("/news/1").toString();
      StringWriter log = new StringWriter();
      ApiServer guarded =
          ApiServer.start(
              store,
              "127.0.0.1",
              0,
              Optional.of(
                  ServeCommand.ingestEndpoint(
                      new PrintWriter(log), store, TOKEN, AddressPolicy.PUBLIC_ONLY)));
      try {
        String body =
            MAPPER
                .createObjectNode()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set(
                    "urls",
                    MAPPER
                        .createArrayNode()
                        .add(page)
                        .add("file:///etc/passwd")
                        .add(" http://example.org/a"))
                .set(
                    "articles",
                    MAPPER
                        .createArrayNode()
                        .add(
                            MAPPER
                                .createObjectNode()
                                .put("id", "posted-1")
                                .put("text", ARTICLE)
                                .put("published", "2021-05-19")))
                .toString();
        JsonNode done = call(guarded, "POST", "/api/ingest", body);
        assertThat(texts(done.get("stored"), "input")).containsExactly("posted articles: posted-1");
        assertThat(texts(done.get("rejected"), "input"))
            .containsExactlyInAnyOrder(page, "file:///etc/passwd", " http://example.org/a");
        assertThat(done.get("rejected").toString())
            .contains("non-public")
            .contains("only http and https")
            .doesNotContain(dir.toString())
            .doesNotContain("/tmp");
        assertThat(call(guarded, "GET", "/api/articles", null).get("total").asInt()).isEqualTo(1);
        JsonNode events = call(guarded, "GET", "/api/events?country=TJK", null);
        assertThat(events.get("total").asInt()).isPositive();
        // The stories were regrouped with the new article's events.
        JsonNode stories = call(guarded, "GET", "/api/stories", null);
        assertThat(stories.get("total").asInt()).isPositive();
        assertThat(stories.get("items").get(0).get("articles").get(0).asText())
            .isEqualTo(done.get("stored").get(0).get("id").asText());

        // The same article again replaces the stored one.
        JsonNode again = call(guarded, "POST", "/api/ingest", body);
        assertThat(again.get("stored").get(0).get("id"))
            .isEqualTo(done.get("stored").get(0).get("id"));
        assertThat(call(guarded, "GET", "/api/articles", null).get("total").asInt())
            .as(call(guarded, "GET", "/api/articles", null).toString())
            .isEqualTo(1);
      } finally {
        guarded.close();
      }

      ApiServer trusting =
          ApiServer.start(
              store,
              "127.0.0.1",
              0,
              Optional.of(
                  ServeCommand.ingestEndpoint(
                      new PrintWriter(log), store, TOKEN, AddressPolicy.ANY)));
      try {
        JsonNode done =
            call(
                trusting,
                "POST",
                "/api/ingest",
                MAPPER
                    .createObjectNode()
                    .set("urls", MAPPER.createArrayNode().add(page))
                    .toString());
        assertThat(texts(done.get("stored"), "input")).containsExactly(page);
        assertThat(call(trusting, "GET", "/api/articles", null).get("total").asInt()).isEqualTo(2);
        assertThat(call(trusting, "GET", "/api/search?q=Mirziyoyev", null).get("total").asInt())
            .isPositive();
      } finally {
        trusting.close();
      }
    }
  }
}
