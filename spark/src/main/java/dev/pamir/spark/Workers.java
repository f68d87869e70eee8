package dev.pamir.spark;

import dev.pamir.app.Analysis;
import dev.pamir.app.Composition;
import dev.pamir.events.story.StoryBuilder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The models of one executor process, loaded on its first task and shared by every task after it:
 * the language pipeline (seconds and about a gigabyte to load) and the sentence encoder of the
 * story builder. A task of another job with other settings in the same process loads them anew.
 */
final class Workers {

  private static @Nullable WorkerSpec analysisSpec;
  private static Composition.@Nullable Worker analysis;
  private static @Nullable Analysis storiesFor;
  private static @Nullable Supplier<StoryBuilder> stories;

  private Workers() {}

  static synchronized Composition.Worker analysis(WorkerSpec spec) {
    if (analysis == null || !spec.equals(analysisSpec)) {
      analysis = Composition.worker(spec.analysis(), spec.limits(), spec.clock());
      analysisSpec = spec;
    }
    return analysis;
  }

  /** Fresh story builders sharing this process's encoder. */
  static synchronized Supplier<StoryBuilder> stories(Analysis depth) {
    if (stories == null || depth != storiesFor) {
      stories = Composition.storyBuilders(depth);
      storiesFor = depth;
    }
    return stories;
  }
}
