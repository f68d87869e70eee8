package dev.pamir.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.testkit.PamirContract;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality floors on the demo corpus against its hand-made gold, matched the way the project's
 * scorer matches: folded titles, author sets, same publication instant, outlet containment, and no
 * gold boilerplate string left in the text. Skipped when the shared corpus is not beside the
 * checkout.
 */
class SeedsQualityIT {

  private static @Nullable Path shared;
  private static Path out;
  private static final Map<String, JsonNode> OUTPUT = new HashMap<>();
  private static JsonNode gold;

  @BeforeAll
  static void analyseSeeds(@TempDir Path folder) throws Exception {
    out = folder;
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("shared/gold/seeds.gold.json"))) {
        shared = p.resolve("shared");
        break;
      }
    }
    assumeTrue(shared != null, "no shared corpus beside the checkout");
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {
              "analyze", shared.resolve("corpus/seeds").toString(), "--out", out.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    PamirContract.check(out);
    for (JsonNode article : PamirContract.read(out.resolve("articles.jsonl"))) {
      OUTPUT.put(
          Path.of(article.get("source").get("file").asText()).getFileName().toString(), article);
    }
    gold = new ObjectMapper().readTree(shared.resolve("gold/seeds.gold.json").toFile());
  }

  static String fold(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    n = n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
    return n.replaceAll("\\s+", " ").strip();
  }

  private static @Nullable String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  private static boolean sameInstant(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    try {
      return OffsetDateTime.parse(a).isEqual(OffsetDateTime.parse(b));
    } catch (RuntimeException e) {
      try {
        return LocalDateTime.parse(a).equals(LocalDateTime.parse(b));
      } catch (RuntimeException e2) {
        return a.equals(b);
      }
    }
  }

  @Test
  void metadata_matchesGold() {
    List<String> misses = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String name = doc.get("doc").asText();
      JsonNode article = OUTPUT.get(name);
      assertThat(article).as(name).isNotNull();
      JsonNode m = doc.get("metadata");
      if (m.hasNonNull("title")
          && !fold(text(m.get("title"))).equals(fold(text(article.get("title"))))) {
        misses.add(name + " title " + article.get("title"));
      }
      if (m.has("authors") && m.get("authors").size() > 0) {
        Set<String> want = new HashSet<>();
        m.get("authors").forEach(a -> want.add(fold(a.asText())));
        Set<String> got = new HashSet<>();
        article.get("authors").forEach(a -> got.add(fold(a.asText())));
        if (!want.equals(got)) {
          misses.add(name + " authors " + article.get("authors"));
        }
      }
      if (m.has("published")
          && !sameInstant(text(m.get("published")), text(article.get("published")))) {
        misses.add(name + " published " + article.get("published"));
      }
      if (m.hasNonNull("outlet")) {
        String want = fold(m.get("outlet").asText());
        String got = fold(text(article.get("outlet")));
        if (got.isEmpty() || !(want.contains(got) || got.contains(want))) {
          misses.add(name + " outlet " + article.get("outlet"));
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void boilerplate_isRemoved() {
    List<String> kept = new ArrayList<>();
    for (JsonNode doc : gold.get("documents")) {
      String text = OUTPUT.get(doc.get("doc").asText()).get("text").asText();
      for (JsonNode b : doc.get("boilerplate")) {
        if (text.contains(b.asText())) {
          kept.add(doc.get("doc").asText() + ": " + b.asText());
        }
      }
    }
    assertThat(kept).isEmpty();
  }

  /** The share of gold items of {@code field} that {@code found} accepts, over all seeds. */
  private static double recall(
      String field, java.util.function.BiPredicate<JsonNode, JsonNode> found) {
    int total = 0;
    int hits = 0;
    for (JsonNode doc : gold.get("documents")) {
      JsonNode article = OUTPUT.get(doc.get("doc").asText());
      for (JsonNode item : doc.path(field)) {
        if (item.path("optional").asBoolean(false)) {
          continue;
        }
        total++;
        if (found.test(item, article)) {
          hits++;
        }
      }
    }
    return total == 0 ? 1 : (double) hits / total;
  }

  private static Set<String> names(JsonNode node, String name, String aliases) {
    Set<String> all = new HashSet<>();
    all.add(fold(node.path(name).asText()));
    node.path(aliases).forEach(a -> all.add(fold(a.asText())));
    return all;
  }

  @Test
  void entities_recallAtLeast90Percent() {
    double recall =
        recall(
            "entities",
            (g, a) -> {
              Set<String> wanted = names(g, "name", "aliases");
              for (JsonNode e : a.get("entities")) {
                if (e.get("type").asText().equals(g.get("type").asText())
                    && names(e, "name", "aliases").stream().anyMatch(wanted::contains)) {
                  return true;
                }
              }
              return false;
            });
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void places_recallAtLeast90Percent() {
    double recall =
        recall(
            "places",
            (g, a) -> {
              double tolerance = g.path("toleranceKm").asDouble(25);
              for (JsonNode p : a.get("places")) {
                if (kilometres(
                        p.get("lat").asDouble(),
                        p.get("lon").asDouble(),
                        g.get("lat").asDouble(),
                        g.get("lon").asDouble())
                    <= tolerance) {
                  return true;
                }
              }
              return false;
            });
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void times_valueRecallAtLeast90Percent() {
    double recall =
        recall(
            "times",
            (g, a) -> {
              String text = a.get("text").asText();
              String wanted = g.get("text").asText();
              for (JsonNode t : a.get("times")) {
                String got = t.get("text").asText();
                boolean overlaps = got.contains(wanted) || wanted.contains(got);
                int at = text.indexOf(wanted);
                if (!overlaps && at >= 0) {
                  overlaps =
                      t.get("start").asInt() < at + wanted.length() && at < t.get("end").asInt();
                }
                if (overlaps && g.get("value").asText().equals(t.path("value").asText())) {
                  return true;
                }
              }
              return false;
            });
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void quotes_attributedAtLeast90Percent() {
    double recall =
        recall(
            "quotes",
            (g, a) -> {
              String start = fold(g.get("startsWith").asText()).replace("\"", " ").strip();
              String speaker = fold(g.get("speaker").asText());
              String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
              for (JsonNode q : a.get("quotes")) {
                if (!fold(q.get("text").asText()).startsWith(start)) {
                  continue;
                }
                String name = fold(q.path("speakerName").asText(""));
                if (!name.isEmpty() && (name.equals(speaker) || name.endsWith(surname))) {
                  return true;
                }
              }
              return false;
            });
    assertThat(recall).isGreaterThanOrEqualTo(0.9);
  }

  /** Gold event id to the (article id, event id) it matched, as the scorer matches them. */
  private static final Map<String, List<String>> MATCHED = new HashMap<>();

  private static int systemEvents;
  private static int matchedSystemEvents;
  private static int requiredGold;
  private static int requiredFound;

  /** One-to-one matching of events, required gold first, as the project's scorer does it. */
  private static synchronized void matchEvents() {
    if (!MATCHED.isEmpty() || systemEvents > 0) {
      return;
    }
    for (JsonNode doc : gold.get("documents")) {
      JsonNode article = OUTPUT.get(doc.get("doc").asText());
      List<JsonNode> events = new ArrayList<>();
      article.get("events").forEach(events::add);
      systemEvents += events.size();
      List<JsonNode> golds = new ArrayList<>();
      doc.path("events").forEach(golds::add);
      golds.sort(java.util.Comparator.comparing(g -> g.path("optional").asBoolean(false)));
      Set<Integer> used = new HashSet<>();
      for (JsonNode g : golds) {
        Integer hit = null;
        for (int i = 0; i < events.size(); i++) {
          if (!used.contains(i) && eventMatches(g, events.get(i), doc)) {
            hit = i;
            break;
          }
        }
        if (hit != null) {
          used.add(hit);
          MATCHED.put(
              g.get("id").asText(),
              List.of(article.get("id").asText(), events.get(hit).get("id").asText()));
        }
        if (!g.path("optional").asBoolean(false)) {
          requiredGold++;
          if (hit != null) {
            requiredFound++;
          }
        }
      }
      matchedSystemEvents += used.size();
    }
  }

  private static boolean eventMatches(JsonNode g, JsonNode e, JsonNode doc) {
    Set<String> types = new HashSet<>();
    types.add(g.get("type").asText());
    g.path("altTypes").forEach(t -> types.add(t.asText()));
    if (!types.contains(e.get("type").asText())) {
      return false;
    }
    Set<String> keys = new HashSet<>();
    for (String side : List.of("source", "target")) {
      for (JsonNode actor : e.path(side)) {
        if (actor.hasNonNull("code")) {
          keys.add(fold(actor.get("code").asText()));
        }
        if (actor.hasNonNull("name")) {
          keys.add(fold(actor.get("name").asText()));
        }
      }
    }
    List<Set<String>> groups = new ArrayList<>();
    for (String side : List.of("source", "target")) {
      for (JsonNode name : g.path(side)) {
        Set<String> group = new HashSet<>();
        group.add(fold(name.asText()));
        for (JsonNode ge : doc.path("entities")) {
          Set<String> names = names(ge, "name", "aliases");
          if (ge.path("type").asText().equals("COUNTRY") && ge.hasNonNull("country")) {
            names.add(fold(ge.get("country").asText()));
          }
          if (names.contains(fold(name.asText()))) {
            group.addAll(names);
          }
        }
        groups.add(group);
      }
    }
    if (!groups.isEmpty()
        && groups.stream().noneMatch(gr -> gr.stream().anyMatch(keys::contains))) {
      return false;
    }
    if (g.hasNonNull("date")) {
      String got = text(e.get("date"));
      if (got == null || !overlaps(g.get("date").asText(), got)) {
        return false;
      }
    }
    if (g.path("countries").size() > 0) {
      Set<String> countries = new HashSet<>();
      e.path("countries").forEach(c -> countries.add(fold(c.asText())));
      if (e.path("place").hasNonNull("country")) {
        countries.add(fold(e.get("place").get("country").asText()));
      }
      boolean meets = false;
      for (JsonNode c : g.get("countries")) {
        meets |= countries.contains(fold(c.asText()));
      }
      if (!meets) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(String a, String b) {
    java.time.LocalDate[] x = bounds(a);
    java.time.LocalDate[] y = bounds(b);
    return !x[0].isAfter(y[1]) && !y[0].isAfter(x[1]);
  }

  private static java.time.LocalDate[] bounds(String iso) {
    String[] parts = iso.split("/");
    return new java.time.LocalDate[] {bound(parts[0], false), bound(parts[parts.length - 1], true)};
  }

  private static java.time.LocalDate bound(String v, boolean last) {
    if (v.length() == 4) {
      int y = Integer.parseInt(v);
      return last ? java.time.LocalDate.of(y, 12, 31) : java.time.LocalDate.of(y, 1, 1);
    }
    if (v.length() == 7) {
      java.time.YearMonth m = java.time.YearMonth.parse(v);
      return last ? m.atEndOfMonth() : m.atDay(1);
    }
    return java.time.LocalDate.parse(v.substring(0, 10));
  }

  @Test
  void events_precisionAndRecallAtLeast75PercentAndF1AtLeast80() {
    matchEvents();
    double precision = systemEvents == 0 ? 0 : (double) matchedSystemEvents / systemEvents;
    double recall = (double) requiredFound / requiredGold;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.75);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.75);
    assertThat(f1).as("F1").isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void stories_pairPrecisionAndRecallAtLeast80Percent() throws Exception {
    matchEvents();
    Map<String, String> goldStory = new HashMap<>();
    for (JsonNode story : gold.get("stories")) {
      story.get("events").forEach(e -> goldStory.put(e.asText(), story.get("id").asText()));
    }
    Map<List<String>, String> systemStory = new HashMap<>();
    for (JsonNode story : PamirContract.read(out.resolve("stories.jsonl"))) {
      for (JsonNode ref : story.get("events")) {
        systemStory.put(
            List.of(ref.get("article").asText(), ref.get("event").asText()),
            story.get("id").asText());
      }
    }
    List<String> ids = new ArrayList<>(goldStory.keySet());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        boolean sameGold = goldStory.get(a).equals(goldStory.get(b));
        if (!MATCHED.containsKey(a) || !MATCHED.containsKey(b)) {
          fn += sameGold ? 1 : 0;
          continue;
        }
        String sa = systemStory.get(MATCHED.get(a));
        boolean sameSystem = sa != null && sa.equals(systemStory.get(MATCHED.get(b)));
        if (sameGold && sameSystem) {
          tp++;
        } else if (sameGold) {
          fn++;
        } else if (sameSystem) {
          fp++;
        }
      }
    }

    assertThat(tp + fp == 0 ? 0 : (double) tp / (tp + fp))
        .as("pair precision")
        .isGreaterThanOrEqualTo(0.8);
    assertThat(tp + fn == 0 ? 0 : (double) tp / (tp + fn))
        .as("pair recall")
        .isGreaterThanOrEqualTo(0.8);
  }

  private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h =
        Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
    return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
