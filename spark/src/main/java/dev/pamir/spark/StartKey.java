package dev.pamir.spark;

import java.io.Serializable;

/** Where a story started, to number stories of all blocks as one builder numbers them. */
record StartKey(long article, int event) implements Comparable<StartKey>, Serializable {

  private static final long serialVersionUID = 1L;

  @Override
  public int compareTo(StartKey other) {
    int byArticle = Long.compare(article, other.article);
    return byArticle != 0 ? byArticle : Integer.compare(event, other.event);
  }
}
