package dev.pamir.events.story;

import java.util.List;

/**
 * A PreparedArticle is an article's events made ready for {@link
 * StoryBuilder#add(PreparedArticle)}: dates placed on the calendar, actors by all their names, the
 * article's words, evidence words and, with an encoder, evidence vectors. Preparing is the costly
 * part of story building and may run on any thread; adding is cheap and runs on one. A prepared
 * article is added to the builder that prepared it.
 *
 * <p>Immutable.
 */
public final class PreparedArticle {

  private final StoryBuilder preparer;
  private final String articleId;
  private final List<Report> reports;
  private final ArticleTerms terms;

  PreparedArticle(
      StoryBuilder preparer, String articleId, List<Report> reports, ArticleTerms terms) {
    this.preparer = preparer;
    this.articleId = articleId;
    this.reports = List.copyOf(reports);
    this.terms = terms;
  }

  public String articleId() {
    return articleId;
  }

  /** How many events the article has. */
  public int eventCount() {
    return reports.size();
  }

  /** The builder that prepared it, the only one it may be added to. */
  StoryBuilder preparer() {
    return preparer;
  }

  List<Report> reports() {
    return reports;
  }

  /** The article's words, for comparing it with others as a whole. */
  ArticleTerms terms() {
    return terms;
  }
}
