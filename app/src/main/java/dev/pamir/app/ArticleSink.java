package dev.pamir.app;

import dev.pamir.model.Article;
import java.io.IOException;

/** Where analysed articles go, one at a time, in input order, from one thread. */
@FunctionalInterface
public interface ArticleSink {
  void accept(Article article) throws IOException;
}
