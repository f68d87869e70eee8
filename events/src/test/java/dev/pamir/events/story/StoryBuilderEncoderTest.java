package dev.pamir.events.story;

import static dev.pamir.events.story.Articles.article;
import static dev.pamir.events.story.Articles.event;
import static dev.pamir.events.story.Articles.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.events.embed.SentenceEncoder;
import dev.pamir.model.Actor;
import dev.pamir.model.EventType;
import dev.pamir.model.Story;
import org.junit.jupiter.api.Test;

/** The story builder with the real sentence model comparing evidence. */
class StoryBuilderEncoderTest {

  private static final Actor RUSSIA = state("RUS", "Russia");
  private static final Actor UZBEKISTAN = state("UZB", "Uzbekistan");

  @Test
  void add_paraphrasedUndatedReports_joinWhileUnrelatedOnesStayApart() {
    StoryBuilder builder = StoryBuilder.withEncoder(SentenceEncoder.load());
    builder.add(
        article("a")
            .published("2023-03-06")
            .event(
                event(
                        EventType.AGREE,
                        "Moscow and Tashkent signed a programme of strategic military partnership.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN)
                    .date("2023-03-04"))
            .build());
    builder.add(
        article("b")
            .published("2023-03-10")
            .event(
                event(
                        EventType.AGREE,
                        "Uzbekistan and Russia have agreed a strategic partnership in defence.")
                    .source(UZBEKISTAN)
                    .target(RUSSIA))
            .build());
    builder.add(
        article("c")
            .published("2023-03-12")
            .event(
                event(
                        EventType.AGREE,
                        "A contract was also reached to build a fruit-juice factory near Fergana.")
                    .source(RUSSIA)
                    .target(UZBEKISTAN))
            .build());

    assertThat(builder.stories())
        .extracting(Story::articles)
        .containsExactly(java.util.List.of("a", "b"), java.util.List.of("c"));
  }
}
