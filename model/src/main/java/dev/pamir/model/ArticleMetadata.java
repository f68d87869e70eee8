package dev.pamir.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What an article says about itself: title, authors, outlet and publication date. Each is absent
 * when the article does not say it; authors is empty then.
 */
public record ArticleMetadata(
    Optional<String> title,
    List<String> authors,
    Optional<String> outlet,
    Optional<PublicationDate> published) {

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(Optional.empty(), List.of(), Optional.empty(), Optional.empty());

  public ArticleMetadata {
    requireNonNull(title, "title is null");
    requireNonNull(outlet, "outlet is null");
    requireNonNull(published, "published is null");
    authors = List.copyOf(requireNonNull(authors, "authors is null"));
    title.ifPresent(t -> requireNotBlank(t, "title"));
    outlet.ifPresent(o -> requireNotBlank(o, "outlet"));
    authors.forEach(a -> requireNotBlank(a, "author"));
  }

  private static void requireNotBlank(String value, String what) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank; leave it absent instead");
    }
  }

  public ArticleMetadata withTitle(Optional<String> newTitle) {
    return new ArticleMetadata(newTitle, authors, outlet, published);
  }

  public ArticleMetadata withAuthors(List<String> newAuthors) {
    return new ArticleMetadata(title, newAuthors, outlet, published);
  }

  public ArticleMetadata withOutlet(Optional<String> newOutlet) {
    return new ArticleMetadata(title, authors, newOutlet, published);
  }

  public ArticleMetadata withPublished(Optional<PublicationDate> newPublished) {
    return new ArticleMetadata(title, authors, outlet, newPublished);
  }

  /**
   * This metadata with every absent field taken from {@code fallback}: the first source that says a
   * thing wins.
   */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    return new ArticleMetadata(
        title.or(fallback::title),
        authors.isEmpty() ? fallback.authors : authors,
        outlet.or(fallback::outlet),
        published.or(fallback::published));
  }
}
