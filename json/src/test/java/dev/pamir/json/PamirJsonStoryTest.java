package dev.pamir.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Story;
import dev.pamir.model.Story.Claim;
import dev.pamir.model.Story.Conflict;
import dev.pamir.model.Story.EventRef;
import dev.pamir.testkit.PamirContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PamirJsonStoryTest {

  private final PamirJson json = new PamirJson();

  private static Story clash() {
    return new Story(
        "S1",
        "Uzbekistan — ASSAULT — Afghanistan, 2023-05-10: two killed",
        List.of(new EventRef("a1", "V1"), new EventRef("a2", "V3")),
        List.of("a1", "a2"),
        List.of(
            new Conflict("attributes.killed", List.of(new Claim("a1", 2), new Claim("a2", 3))),
            new Conflict(
                "attributes.equipment",
                List.of(new Claim("a1", List.of("Su-12SM")), new Claim("a2", List.of("Su-30SM")))),
            new Conflict("place", List.of(new Claim("a1", "Termez"), new Claim("a2", "Kabul")))));
  }

  @Test
  void story_rendersContractFieldsInOrder_golden() {
    assertThat(json.story(clash()))
        .isEqualTo(
            "{\"schema\":\"pamir/1\",\"id\":\"S1\","
                + "\"summary\":\"Uzbekistan — ASSAULT — Afghanistan, 2023-05-10: two killed\","
                + "\"events\":[{\"article\":\"a1\",\"event\":\"V1\"},"
                + "{\"article\":\"a2\",\"event\":\"V3\"}],"
                + "\"articles\":[\"a1\",\"a2\"],"
                + "\"conflicts\":["
                + "{\"field\":\"attributes.killed\",\"values\":[{\"article\":\"a1\",\"value\":2},"
                + "{\"article\":\"a2\",\"value\":3}]},"
                + "{\"field\":\"attributes.equipment\",\"values\":"
                + "[{\"article\":\"a1\",\"value\":[\"Su-12SM\"]},"
                + "{\"article\":\"a2\",\"value\":[\"Su-30SM\"]}]},"
                + "{\"field\":\"place\",\"values\":[{\"article\":\"a1\",\"value\":\"Termez\"},"
                + "{\"article\":\"a2\",\"value\":\"Kabul\"}]}]}");
  }

  @Test
  void story_claimValues_keepTheirJsonTypes() throws Exception {
    JsonNode conflicts = new ObjectMapper().readTree(json.story(clash())).get("conflicts");
    assertThat(conflicts.get(0).get("values").get(0).get("value").isInt()).isTrue();
    assertThat(conflicts.get(1).get("values").get(0).get("value").isArray()).isTrue();
    assertThat(conflicts.get(2).get("values").get(0).get("value").isTextual()).isTrue();
  }

  @Test
  void story_withoutConflicts_hasAnEmptyList() throws Exception {
    Story single =
        new Story("S7", "one line", List.of(new EventRef("a", "V1")), List.of("a"), List.of());
    JsonNode node = new ObjectMapper().readTree(json.story(single));
    assertThat(node.get("conflicts").isArray()).isTrue();
    assertThat(node.get("conflicts")).isEmpty();
  }

  @Test
  void outputFolder_commitWithStories_writesOneLineEach(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Story single =
        new Story("S2", "line\nbreak", List.of(new EventRef("a", "V1")), List.of("a"), List.of());
    try (OutputFolder folder = OutputFolder.open(out, json)) {
      folder.write(
          Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, "T.", List.of()));
      folder.commit(List.of(clash(), single));
    }
    PamirContract.check(out);
    List<String> lines = Files.readAllLines(out.resolve(OutputFolder.STORIES));
    assertThat(lines).containsExactly(json.story(clash()), json.story(single));
    assertThat(new ObjectMapper().readTree(lines.get(1)).get("summary").asText())
        .isEqualTo("line\nbreak");
  }
}
