package dev.pamir.ingest.http;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Optional;

/**
 * A page as fetched: where it ended up after redirects, its media type and declared charset, and
 * its body (already bounded by the size limit).
 *
 * @param mediaType the Content-Type's type/subtype in lower case, e.g. {@code text/html}; empty
 *     when the server sent none
 */
public record FetchedPage(
    URI requested,
    URI finalUri,
    Optional<String> mediaType,
    Optional<String> charset,
    byte[] body) {
  public FetchedPage {
    requireNonNull(requested, "requested is null");
    requireNonNull(finalUri, "finalUri is null");
    requireNonNull(mediaType, "mediaType is null");
    requireNonNull(charset, "charset is null");
    requireNonNull(body, "body is null");
  }
}
