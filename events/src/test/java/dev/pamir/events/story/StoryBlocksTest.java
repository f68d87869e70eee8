package dev.pamir.events.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.events.story.StoryBuilder.BlockingKeys;
import dev.pamir.model.Article;
import dev.pamir.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryBlocksTest {

  @Test
  void blocksBuiltApart_giveTheStoriesOfOneBuilder() {
    for (int seed = 1; seed <= 5; seed++) {
      List<Article> articles = StoryBuilderTest.randomArticles(new Random(seed), 400);
      StoryBuilder whole = StoryBuilder.withoutEncoder();
      whole.addAll(articles);

      List<BlockingKeys> keys = new ArrayList<>();
      StoryBuilder keyer = StoryBuilder.withoutEncoder();
      articles.forEach(a -> keys.add(keyer.blockingKeys(a)));
      int[] blocks = StoryBlocks.blocks(keys);
      Map<Integer, List<Integer>> members = new LinkedHashMap<>();
      for (int i = 0; i < blocks.length; i++) {
        members.computeIfAbsent(blocks[i], b -> new ArrayList<>()).add(i);
      }
      List<StoryBlocks.Started> started = new ArrayList<>();
      // Blocks in reverse, so nothing depends on the order they are built in.
      List<List<Integer>> reversed = new ArrayList<>(members.values());
      java.util.Collections.reverse(reversed);
      for (List<Integer> block : reversed) {
        List<Article> inBlock = block.stream().map(articles::get).toList();
        long[] positions = block.stream().mapToLong(Integer::longValue).toArray();
        started.addAll(StoryBlocks.build(StoryBuilder.withoutEncoder(), inBlock, positions));
      }

      List<Story> expected = whole.stories();
      assertThat(members).as("seed %d splits into several blocks", seed).hasSizeGreaterThan(10);
      assertThat(expected.stream().filter(s -> s.articles().size() > 1))
          .as("seed %d has stories of several articles", seed)
          .isNotEmpty();
      assertThat(StoryBlocks.number(started)).isEqualTo(expected);
    }
  }

  @Test
  void blocks_articlesSharingNoKey_stayApart_andSharedKeysJoinThem() {
    List<Article> articles = StoryBuilderTest.randomArticles(new Random(9), 60);
    StoryBuilder keyer = StoryBuilder.withoutEncoder();
    List<BlockingKeys> keys = articles.stream().map(keyer::blockingKeys).toList();
    int[] blocks = StoryBlocks.blocks(keys);
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < keys.size(); j++) {
        if (keys.get(i).filed().stream().anyMatch(keys.get(j).sought()::contains)) {
          assertThat(blocks[i]).as("%d files what %d seeks", i, j).isEqualTo(blocks[j]);
        }
      }
      assertThat(blocks[i]).isLessThanOrEqualTo(i);
    }
    assertThat(keys.stream().filter(k -> k.filed().isEmpty()).count())
        .as("articles without events")
        .isPositive();
  }
}
