package dev.pamir.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Sentence;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSinkTest {

  @TempDir Path dir;

  private static Article article(String id) {
    return Article.cleaned(
            id, SourceRef.ofFile(id + ".txt"), ArticleMetadata.EMPTY, "Text.", List.of())
        .withTokens(
            List.of(new Token(new Span(0, 4), "Text", "text", "NN", "O")),
            List.of(new Sentence(new Span(0, 5), 0, 1)),
            List.of(new NamedMention(new Span(0, 4), "MISC", Optional.empty())));
  }

  @Test
  void accept_storesEachFullBatch_andFlushStoresTheRest() {
    try (ArticleStore store = ArticleStore.open(DatabaseLocation.sqlite(dir.resolve("kb.db")))) {
      StoreSink sink = new StoreSink(store, 2);
      sink.accept(article("a"));
      assertThat(store.articleCount()).isZero();
      sink.accept(article("b"));
      assertThat(store.articleCount()).isEqualTo(2);
      sink.accept(article("c"));
      assertThat(store.articleCount()).isEqualTo(2);
      sink.flush();
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(sink.stored()).isEqualTo(3);
      sink.flush();
      assertThat(sink.stored()).isEqualTo(3);
      assertThat(store.article("c").orElseThrow().annotations().tokens()).isEmpty();
    }
  }
}
