package dev.pamir.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.testkit.PamirContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PamirJsonTest {

  private final PamirJson json = new PamirJson();

  private static Article seedLike() {
    ArticleMetadata meta =
        new ArticleMetadata(
            Optional.of("Russia seizes strategic initiative"),
            List.of("Ainur Kurmanov"),
            Optional.of("PolitNavigator"),
            Optional.of(new PublicationDate.At(OffsetDateTime.parse("2021-04-29T12:22+03:00"))));
    return Article.cleaned(
        "abc123", SourceRef.ofFile("004.txt"), meta, "Шойгу said “yes” 😀.", List.of());
  }

  @Test
  void article_rendersContractFieldsInOrder_golden() {
    assertThat(json.article(seedLike()))
        .isEqualTo(
            "{\"schema\":\"pamir/1\",\"id\":\"abc123\",\"source\":{\"file\":\"004.txt\",\"url\":null},"
                + "\"title\":\"Russia seizes strategic initiative\",\"authors\":[\"Ainur Kurmanov\"],"
                + "\"outlet\":\"PolitNavigator\",\"published\":\"2021-04-29T12:22:00+03:00\","
                + "\"language\":null,\"text\":\"Шойгу said “yes” 😀.\",\"entities\":[],\"places\":[],"
                + "\"times\":[],\"quotes\":[],\"events\":[]}");
  }

  @Test
  void article_unknownMetadata_isNullNotEmptyString() throws Exception {
    Article bare =
        Article.cleaned(
            "x", SourceRef.ofUrl("https://e.org/a"), ArticleMetadata.EMPTY, "T.", List.of());
    JsonNode node = new ObjectMapper().readTree(json.article(bare));
    assertThat(node.get("title").isNull()).isTrue();
    assertThat(node.get("published").isNull()).isTrue();
    assertThat(node.get("source").get("file").isNull()).isTrue();
    assertThat(node.get("source").get("url").asText()).isEqualTo("https://e.org/a");
    assertThat(PamirContract.articleViolations(node)).isEmpty();
  }

  @Test
  void article_jsonLinesRecord_carriesTheRecordId() throws Exception {
    Article rec =
        Article.cleaned(
            "x", SourceRef.ofRecord("in.jsonl", "r7"), ArticleMetadata.EMPTY, "T.", List.of());
    JsonNode source = new ObjectMapper().readTree(json.article(rec)).get("source");
    assertThat(source.get("file").asText()).isEqualTo("in.jsonl");
    assertThat(source.get("id").asText()).isEqualTo("r7");
  }

  @Test
  void article_controlCharactersAndLineBreaks_stayOneLine() {
    Article odd =
        Article.cleaned(
            "x", SourceRef.ofFile("a"), ArticleMetadata.EMPTY, "a\nb\u2028c\u0001", List.of());
    assertThat(json.article(odd)).doesNotContain("\n");
  }

  @Test
  void outputFolder_commit_writesBothFiles_thatMeetTheContract(@TempDir Path dir) throws Exception {
    try (OutputFolder out = OutputFolder.open(dir.resolve("out"), json)) {
      out.write(seedLike());
      out.commit();
    }
    PamirContract.check(dir.resolve("out"));
    assertThat(Files.readString(dir.resolve("out/stories.jsonl"))).isEmpty();
  }

  @Test
  void outputFolder_closedWithoutCommit_leavesPreviousOutputWhole(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("out");
    try (OutputFolder first = OutputFolder.open(out, json)) {
      first.write(seedLike());
      first.commit();
    }
    String before = Files.readString(out.resolve(OutputFolder.ARTICLES));
    try (OutputFolder second = OutputFolder.open(out, json)) {
      second.write(seedLike());
    }
    assertThat(Files.readString(out.resolve(OutputFolder.ARTICLES))).isEqualTo(before);
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("articles.jsonl", "stories.jsonl");
    }
  }
}
