package dev.pamir.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.events.embed.SentenceEncoder;
import dev.pamir.events.story.StoryBuilder;
import dev.pamir.events.story.StorySettings;
import dev.pamir.ingest.meta.PublicationDates;
import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventAttributes;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The StoryGoldBenchmark measures the story builder alone: it gives the builder the hand-coded
 * events of a {@code pamir-gold/1} file, as if the coder were perfect, and prints the pairwise
 * story precision and recall that {@code score.py} computes over the gold stories' events, with the
 * pairs it gets wrong.
 *
 * <p>Gold actors of three capital letters are taken for state codes, other actors for names; gold
 * places have no coordinates and are left out (their countries stay). An event whose evidence is
 * not found in its document is skipped and named.
 *
 * <p>Usage: {@code StoryGoldBenchmark GOLD.json CORPUS_DIR [--encoder] [--undated] [--verbose]};
 * {@code --undated} drops every event's date, to see what the builder does when the coder dates
 * nothing; {@code --verbose} lists every story of more than one event.
 */
public final class StoryGoldBenchmark {

  private StoryGoldBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: StoryGoldBenchmark GOLD.json CORPUS_DIR [--encoder] [--undated] [--verbose]");
      System.exit(2);
    }
    boolean encode = List.of(args).contains("--encoder");
    boolean undated = List.of(args).contains("--undated");
    boolean verbose = List.of(args).contains("--verbose");
    JsonNode gold = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Path corpus = Path.of(args[1]);

    Map<String, String> goldStory = new HashMap<>();
    for (JsonNode story : gold.path("stories")) {
      for (JsonNode event : story.path("events")) {
        goldStory.put(event.asText(), story.path("id").asText());
      }
    }
    List<Article> articles = new ArrayList<>();
    for (JsonNode document : gold.path("documents")) {
      articles.add(article(document, corpus, undated));
    }

    StoryBuilder builder =
        new StoryBuilder(
            StorySettings.DEFAULTS,
            encode ? Optional.of(SentenceEncoder.load()) : Optional.empty());
    builder.addAll(articles);
    Map<String, String> systemStory = new HashMap<>();
    for (Story story : builder.stories()) {
      story.events().forEach(ref -> systemStory.put(ref.event(), story.id()));
      if (verbose && story.events().size() > 1) {
        System.out.printf(
            "  %s %s: %s%n",
            story.id(),
            story.events().stream().map(Story.EventRef::event).toList(),
            story.summary());
      }
    }

    List<String> events = new ArrayList<>(goldStory.keySet());
    events.retainAll(systemStory.keySet());
    events.sort(null);
    int truePairs = 0;
    int falsePairs = 0;
    int missedPairs = 0;
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        String a = events.get(i);
        String b = events.get(j);
        boolean sameGold = goldStory.get(a).equals(goldStory.get(b));
        boolean sameSystem = systemStory.get(a).equals(systemStory.get(b));
        if (sameGold && sameSystem) {
          truePairs++;
        } else if (sameGold) {
          missedPairs++;
          System.out.printf("  missed: %s and %s (gold %s)%n", a, b, goldStory.get(a));
        } else if (sameSystem) {
          falsePairs++;
          System.out.printf("  wrong:  %s and %s (%s)%n", a, b, systemStory.get(a));
        }
      }
    }
    System.out.printf(
        "%d documents, %d events, %d stories; evidence by %s%s%n",
        articles.size(),
        builder.eventCount(),
        builder.storyCount(),
        encode ? "sentence embeddings" : "content words",
        undated ? ", every date dropped" : "");
    System.out.printf(
        "stories.pair_precision %.3f (%d/%d)%n",
        ratio(truePairs, truePairs + falsePairs), truePairs, truePairs + falsePairs);
    System.out.printf(
        "stories.pair_recall    %.3f (%d/%d)%n",
        ratio(truePairs, truePairs + missedPairs), truePairs, truePairs + missedPairs);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }

  private static Article article(JsonNode document, Path corpus, boolean undated) throws Exception {
    String name = document.path("doc").asText();
    String text = Files.readString(corpus.resolve(name), StandardCharsets.UTF_8);
    JsonNode published = document.path("metadata").path("published");
    ArticleMetadata metadata =
        ArticleMetadata.EMPTY.withPublished(
            published.isTextual() ? PublicationDates.parse(published.asText()) : Optional.empty());
    List<Event> events = new ArrayList<>();
    for (JsonNode e : document.path("events")) {
      String evidence = e.path("evidence").asText();
      int at = text.indexOf(evidence);
      if (at < 0 || evidence.isEmpty()) {
        System.out.printf("  skipped %s: evidence not in %s%n", e.path("id").asText(), name);
        continue;
      }
      EventType type = EventType.valueOf(e.path("type").asText());
      List<String> countries = new ArrayList<>();
      e.path("countries").forEach(c -> countries.add(c.asText()));
      JsonNode date = e.path("date");
      events.add(
          new Event(
              e.path("id").asText(),
              type,
              Optional.empty(),
              type.cameo(),
              actors(e.path("source")),
              actors(e.path("target")),
              !undated && date.isTextual()
                  ? Optional.of(PamirEventsReader.time(date.asText()))
                  : Optional.empty(),
              Optional.empty(),
              countries,
              EventStatus.valueOf(e.path("status").asText("reported").toUpperCase(Locale.ROOT)),
              EventAttributes.NONE,
              Optional.empty(),
              new Span(at, at + evidence.length()),
              1.0));
    }
    return Article.cleaned(name, SourceRef.ofFile(name), metadata, text, List.of())
        .withEvents(events);
  }

  private static List<Actor> actors(JsonNode names) {
    List<Actor> actors = new ArrayList<>();
    for (JsonNode name : names) {
      String actor = name.asText();
      actors.add(
          new Actor(
              actor,
              actor.matches("[A-Z]{3}") ? Optional.of(actor) : Optional.empty(),
              Optional.empty()));
    }
    return actors;
  }
}
