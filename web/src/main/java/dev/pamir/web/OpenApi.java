package dev.pamir.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The API's OpenAPI 3.1 description, kept beside the code as {@code openapi.json}. */
final class OpenApi {

  private static final String DOCUMENT = read();

  private OpenApi() {}

  /** The description, as JSON. */
  static String document() {
    return DOCUMENT;
  }

  private static String read() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.json", e);
    }
  }
}
