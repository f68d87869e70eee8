package dev.pamir.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/ingest}: a JSON body {@code {"urls": ["https://..."], "articles": [{"id": "...",
 * "text": "..."}]}} (either list may be absent) is analysed and stored; the answer lists what was
 * stored and what was rejected, with the reason.
 *
 * <p>Only a request whose {@code Authorization} header is {@code Bearer TOKEN}, with the token the
 * server was started with, gets in; the comparison takes the same time whatever the header holds.
 * Anything else is a 401 that says nothing about the token. The body is at most {@link
 * #MAX_REQUEST_BYTES}.
 *
 * <p>Thread-safe.
 */
public final class IngestEndpoint implements AutoCloseable {

  /** The largest request body taken. */
  public static final long MAX_REQUEST_BYTES = 16L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("urls", "articles");

  private final byte[] tokenDigest;
  private final Ingestion ingestion;

  /**
   * An endpoint that lets in requests bearing {@code token} and hands them to {@code ingestion}.
   *
   * @throws IllegalArgumentException when the token is shorter than 16 characters
   */
  public IngestEndpoint(String token, Ingestion ingestion) {
    requireNonNull(token, "token is null");
    if (token.strip().length() < 16) {
      throw new IllegalArgumentException(
          "the API token must be at least 16 characters; use a long random one");
    }
    this.tokenDigest = digest(token.strip());
    this.ingestion = requireNonNull(ingestion, "ingestion is null");
  }

  /** Whether {@code authorization} (an Authorization header, or null) bears the token. */
  boolean authorized(String authorization) {
    String presented = "";
    if (authorization != null
        && authorization.length() > 7
        && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      presented = authorization.substring(7).strip();
    }
    // Both sides are digests of the same length, so the comparison's time says nothing.
    return MessageDigest.isEqual(tokenDigest, digest(presented));
  }

  void handle(Context ctx, ApiJson json) throws IOException {
    if (!authorized(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      ApiServer.send(
          ctx, 401, json.error("a valid bearer token is needed to ingest", Optional.empty()));
      return;
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      ApiServer.send(
          ctx, 415, json.error("send the request as application/json", Optional.empty()));
      return;
    }
    JsonNode body;
    try {
      body = MAPPER.readTree(ctx.bodyAsBytes());
    } catch (IOException e) {
      throw new BadParameterException("body", "the body is not JSON");
    }
    if (body == null || !body.isObject()) {
      throw new BadParameterException("body", "the body must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new BadParameterException(name, "unknown field " + name + "; give urls and articles");
      }
    }
    List<String> urls = new ArrayList<>();
    JsonNode u = body.path("urls");
    if (!u.isMissingNode()) {
      if (!u.isArray()) throw new BadParameterException("urls", "urls must be a list of strings");
      for (JsonNode url : u) {
        if (!url.isTextual()) throw new BadParameterException("urls", "urls must be strings");
        urls.add(url.asText());
      }
    }
    List<String> records = new ArrayList<>();
    JsonNode a = body.path("articles");
    if (!a.isMissingNode()) {
      if (!a.isArray()) throw new BadParameterException("articles", "articles must be a list");
      int i = 0;
      for (JsonNode article : a) {
        if (!article.isObject() || !article.path("id").isTextual()) {
          throw new BadParameterException(
              "articles", "article " + i + " must be an object with a string id");
        }
        records.add(MAPPER.writeValueAsString((ObjectNode) article));
        i++;
      }
    }
    Ingestion.Outcome outcome;
    try {
      outcome = ingestion.ingest(urls, records);
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("body", e.getMessage());
    }
    ApiServer.send(ctx, 200, json.render(g -> outcome(g, outcome)));
  }

  private static void outcome(JsonGenerator g, Ingestion.Outcome outcome) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("stored");
    for (Ingestion.Stored s : outcome.stored()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("input", s.input());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rejected");
    for (Ingestion.Rejected r : outcome.rejected()) {
      g.writeStartObject();
      g.writeStringField("input", r.input());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Stops the ingestion behind it. */
  @Override
  public void close() {
    ingestion.close();
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
