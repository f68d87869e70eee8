package dev.pamir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/ingest} over HTTP: who gets in, what a request must look like, and what comes
 * back. The analysis behind it is a recording stand-in here; the command's tests run the real one.
 */
class IngestEndpointTest {

  private static final String TOKEN = "s3cret-token-of-some-length";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @TempDir Path dir;
  private ArticleStore store;
  private ApiServer open;
  private ApiServer readOnly;
  private final List<List<String>> calls = new ArrayList<>();

  @BeforeEach
  void start() {
    store = ArticleStore.open(DatabaseLocation.sqlite(dir.resolve("kb.db")));
    Ingestion recording =
        (urls, records) -> {
          calls.add(List.copyOf(urls));
          calls.add(List.copyOf(records));
          if (urls.contains("too-many")) throw new IllegalArgumentException("too many inputs");
          return new Ingestion.Outcome(
              List.of(new Ingestion.Stored("abc", "posted articles: a1")),
              List.of(new Ingestion.Rejected("http://10.0.0.1/", "non-public address")));
        };
    open =
        ApiServer.start(store, "127.0.0.1", 0, Optional.of(new IngestEndpoint(TOKEN, recording)));
    readOnly = ApiServer.start(store, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    open.close();
    readOnly.close();
    store.close();
  }

  private record Answer(int status, JsonNode body, HttpResponse<String> response) {}

  private Answer post(ApiServer server, String authorization, String type, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ingest"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) request.header("Authorization", authorization);
    if (type != null) request.header("Content-Type", type);
    HttpResponse<String> response =
        CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception");
    JsonNode json = response.body().isEmpty() ? null : MAPPER.readTree(response.body());
    return new Answer(response.statusCode(), json, response);
  }

  private static final String GOOD =
      "{\"urls\": [\"https://example.org/a\"], \"articles\": [{\"id\": \"a1\", \"text\":"
          + " \"Russia and Tajikistan signed an agreement.\\nOn two lines.\"}]}";

  @Test
  void theRightToken_getsInAndTheOutcomeComesBack() throws Exception {
    Answer a = post(open, "Bearer " + TOKEN, "application/json", GOOD);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("stored").get(0).get("id").asText()).isEqualTo("abc");
    assertThat(a.body().get("rejected").get(0).get("reason").asText())
        .isEqualTo("non-public address");
    assertThat(calls.get(0)).containsExactly("https://example.org/a");
    // Each posted article is one line of JSON, whatever line breaks its text holds.
    assertThat(calls.get(1)).hasSize(1);
    assertThat(calls.get(1).get(0)).doesNotContain("\n");
    assertThat(MAPPER.readTree(calls.get(1).get(0)).get("text").asText()).contains("\n");
    assertThat(
            post(open, "bearer  " + TOKEN + " ", "application/json; charset=utf-8", GOOD).status())
        .isEqualTo(200);
  }

  @Test
  void noTokenAWrongOneOrAReadOnlyServer_is401AndNothingRuns() throws Exception {
    for (String authorization :
        new String[] {
          null,
          "",
          "Bearer",
          "Bearer ",
          "Bearer wrong",
          "Basic " + TOKEN,
          "Bearer " + TOKEN + "x",
          TOKEN
        }) {
      Answer a = post(open, authorization, "application/json", GOOD);
      assertThat(a.status()).as(String.valueOf(authorization)).isEqualTo(401);
      assertThat(a.response().headers().firstValue("www-authenticate")).hasValue("Bearer");
      assertThat(a.body().get("error").asText()).doesNotContain(TOKEN);
    }
    Answer a = post(readOnly, "Bearer " + TOKEN, "application/json", GOOD);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.body().get("error").asText()).contains("read-only");
    assertThat(calls).isEmpty();
  }

  @Test
  void badRequests_are400Or415NamingWhatIsWrong() throws Exception {
    String auth = "Bearer " + TOKEN;
    assertThat(post(open, auth, "text/plain", GOOD).status()).isEqualTo(415);
    Answer notJson = post(open, auth, "application/json", "{not json");
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.body().get("parameter").asText()).isEqualTo("body");
    Answer unknown = post(open, auth, "application/json", "{\"files\": [\"/etc/passwd\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body().get("parameter").asText()).isEqualTo("files");
    Answer urls = post(open, auth, "application/json", "{\"urls\": \"https://x.org\"}");
    assertThat(urls.status()).isEqualTo(400);
    assertThat(urls.body().get("parameter").asText()).isEqualTo("urls");
    Answer noId = post(open, auth, "application/json", "{\"articles\": [{\"text\": \"x\"}]}");
    assertThat(noId.status()).isEqualTo(400);
    assertThat(noId.body().get("parameter").asText()).isEqualTo("articles");
    assertThat(post(open, auth, "application/json", "{\"urls\": [1]}").status()).isEqualTo(400);
    assertThat(calls).as("nothing reaches the ingestion before the request is whole").isEmpty();
    Answer refused = post(open, auth, "application/json", "{\"urls\": [\"too-many\"]}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("error").asText()).isEqualTo("too many inputs");
    assertThat(post(open, auth, "application/json", "[1, 2]").status()).isEqualTo(400);
  }

  @Test
  void aBodyOverTheLimit_isRefused() throws Exception {
    String huge =
        "{\"articles\": [{\"id\": \"big\", \"text\": \""
            + "x".repeat((int) IngestEndpoint.MAX_REQUEST_BYTES)
            + "\"}]}";
    Answer a = post(open, "Bearer " + TOKEN, "application/json", huge);
    assertThat(a.status()).isEqualTo(413);
    assertThat(calls).isEmpty();
  }

  @Test
  void aShortToken_isRefusedAtStart() {
    assertThatThrownBy(() -> new IngestEndpoint("short", (u, r) -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16");
  }
}
