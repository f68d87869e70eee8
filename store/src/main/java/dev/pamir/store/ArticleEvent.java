package dev.pamir.store;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Event;

/**
 * An ArticleEvent is a stored event with the article it is in and the words of its evidence.
 *
 * @param article the id of the article
 * @param evidenceText the text the event's evidence span covers
 */
public record ArticleEvent(String article, Event event, String evidenceText) {
  public ArticleEvent {
    requireNonNull(article, "article is null");
    requireNonNull(event, "event is null");
    requireNonNull(evidenceText, "evidenceText is null");
  }
}
