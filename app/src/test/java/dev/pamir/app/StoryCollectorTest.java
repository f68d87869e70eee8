package dev.pamir.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.events.story.StoryBuilder;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import dev.pamir.model.TimeValue;
import dev.pamir.store.ArticleStore;
import dev.pamir.store.DatabaseLocation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryCollectorTest {

  private static final String TEXT = "Russia and Belarus held joint military exercises near Brest.";

  @Test
  void finish_joinsANewArticleToTheStoryOfAStoredOne(@TempDir Path dir) {
    try (ArticleStore store =
        ArticleStore.open(DatabaseLocation.parse(dir.resolve("k.db").toString()))) {
      StoryCollector first = new StoryCollector(StoryBuilder.withoutEncoder());
      Article earlier = article("a1");
      first.accept(earlier);
      store.save(List.of(earlier));
      store.replaceStories(first.finish(Optional.of(store)));

      StoryCollector second = new StoryCollector(StoryBuilder.withoutEncoder());
      second.accept(article("a2"));
      List<Story> stories = second.finish(Optional.of(store));

      assertThat(stories).hasSize(1);
      assertThat(stories.get(0).articles()).containsExactlyInAnyOrder("a1", "a2");
    }
  }

  @Test
  void finish_anArticleAnalysedAgain_countsOnce(@TempDir Path dir) {
    try (ArticleStore store =
        ArticleStore.open(DatabaseLocation.parse(dir.resolve("k.db").toString()))) {
      store.save(List.of(article("a1")));
      StoryCollector again = new StoryCollector(StoryBuilder.withoutEncoder());
      again.accept(article("a1"));

      List<Story> stories = again.finish(Optional.of(store));

      assertThat(stories).hasSize(1);
      assertThat(stories.get(0).events()).hasSize(1);
    }
  }

  private static Article article(String id) {
    Event exercise =
        new Event(
            "V1",
            EventType.COOPERATE,
            Optional.of("military exercise"),
            "062",
            List.of(new Actor("Russia", Optional.of("RUS"), Optional.empty())),
            List.of(new Actor("Belarus", Optional.of("BLR"), Optional.empty())),
            Optional.of(new TimeValue.Day(LocalDate.parse("2023-09-10"))),
            Optional.empty(),
            List.of("BLR"),
            EventStatus.REPORTED,
            EventAttributes.NONE,
            Optional.empty(),
            new Span(0, TEXT.length()),
            0.9);
    return Article.cleaned(
            id,
            new SourceRef(Optional.of(id + ".txt"), Optional.empty(), Optional.empty()),
            new ArticleMetadata(
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.of(new PublicationDate.Day(LocalDate.parse("2023-09-11")))),
            TEXT,
            List.of())
        .withEvents(List.of(exercise));
  }
}
