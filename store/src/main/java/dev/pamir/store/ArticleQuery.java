package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An ArticleQuery selects stored articles, newest publication day first.
 *
 * @param text words that must all occur in the title or text
 * @param from articles published on or after this day; undated articles are left out
 * @param to articles published on or before this day; undated articles are left out
 */
public record ArticleQuery(
    Optional<String> text, Optional<LocalDate> from, Optional<LocalDate> to, Paging paging) {

  /** Every article, first page. */
  public static final ArticleQuery ALL =
      new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(), Paging.FIRST);

  public ArticleQuery {
    requireNonNull(text, "text is null");
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    requireNonNull(paging, "paging is null");
    text = text.map(String::strip).filter(t -> !t.isEmpty());
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  public ArticleQuery withText(String value) {
    return new ArticleQuery(Optional.of(value), from, to, paging);
  }

  public ArticleQuery withFrom(LocalDate value) {
    return new ArticleQuery(text, Optional.of(value), to, paging);
  }

  public ArticleQuery withTo(LocalDate value) {
    return new ArticleQuery(text, from, Optional.of(value), paging);
  }

  public ArticleQuery withPaging(Paging value) {
    return new ArticleQuery(text, from, to, value);
  }
}
