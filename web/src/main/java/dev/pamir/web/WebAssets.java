package dev.pamir.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * WebAssets are the web UI's files, read once from the classpath: the page, its script, its style
 * sheet and the basemap's country shapes. Only these names are served; anything else is a 404.
 *
 * <p>Immutable and thread-safe.
 */
final class WebAssets {

  /**
   * The policy every answer carries: scripts, styles, data and images from this server only, no
   * inline script or style attribute, no plugins, no framing, no base URL changes.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final String ROOT = "/dev/pamir/web/ui/";

  private static final Map<String, String> TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "app.js", "text/javascript; charset=utf-8",
          "app.css", "text/css; charset=utf-8",
          "countries-110m.json", "application/json");

  private final Map<String, byte[]> files;

  private WebAssets(Map<String, byte[]> files) {
    this.files = files;
  }

  /**
   * Reads the UI's files.
   *
   * @throws IllegalStateException when one is missing from the jar: a broken build
   */
  static WebAssets load() {
    Map<String, byte[]> files = new java.util.HashMap<>();
    for (String name : TYPES.keySet()) {
      try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
        if (in == null) {
          throw new IllegalStateException("the web UI's " + name + " is missing from the build");
        }
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the web UI's " + name, e);
      }
    }
    return new WebAssets(Map.copyOf(files));
  }

  /** Answers with the file {@code name}; false, answering nothing, when there is no such file. */
  boolean send(Context ctx, String name) {
    byte[] body = files.get(name);
    if (body == null) {
      return false;
    }
    ctx.status(200).contentType(TYPES.get(name)).header("Cache-Control", "no-cache").result(body);
    return true;
  }
}
