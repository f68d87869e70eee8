package dev.pamir.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Place;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.Quote;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.TimeExpression;
import dev.pamir.model.TimeValue;
import dev.pamir.testkit.PamirContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
                + "\"times\":[],\"quotes\":[],\"events\":[],\"warnings\":[],\"layers\":[\"text\",\"metadata\"]}");
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
  void outputFolder_unwritableText_isRefusedWhole_andLaterArticlesStillWrite(@TempDir Path dir)
      throws Exception {
    Article broken =
        Article.cleaned(
            "broken", SourceRef.ofFile("b"), ArticleMetadata.EMPTY, "a\uD800b", List.of());
    try (OutputFolder out = OutputFolder.open(dir.resolve("out"), json)) {
      assertThatThrownBy(() -> out.write(broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("article broken cannot be written");
      out.write(seedLike());
      out.commit();
    }
    PamirContract.check(dir.resolve("out"));
    assertThat(PamirContract.read(dir.resolve("out/articles.jsonl"))).hasSize(1);
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

  @Test
  void article_languageLayers_renderPerContract_golden() {
    String text = "Shoigu visited Dushanbe last Monday: \"We agree.\"";
    Article article =
        Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, text, List.of())
            .withEntities(
                List.of(
                    new Entity(
                        "E1",
                        "Sergei Shoigu",
                        EntityType.PERSON,
                        Optional.of("RUS"),
                        List.of("Defense Minister"),
                        List.of("Shoigu"),
                        List.of(new Span(0, 6)))))
            .withPlaces(
                List.of(
                    new Place(
                        "Dushanbe",
                        38.53575123,
                        68.77905,
                        Optional.of("TJK"),
                        Optional.of("geonames:1221874"),
                        List.of(new Span(15, 23)))))
            .withTimes(
                List.of(
                    new TimeExpression(
                        new Span(24, 35),
                        Optional.of(new TimeValue.Day(LocalDate.of(2021, 5, 17))))))
            .withQuotes(
                List.of(
                    new Quote(
                        new Span(38, 47),
                        true,
                        Optional.of("E1"),
                        Optional.of("Sergei Shoigu"),
                        Optional.of(new Span(0, 6)))));
    String line = json.article(article);
    assertThat(line)
        .contains(
            "\"entities\":[{\"id\":\"E1\",\"name\":\"Sergei Shoigu\",\"type\":\"PERSON\","
                + "\"country\":\"RUS\",\"roles\":[\"Defense Minister\"],\"aliases\":[\"Shoigu\"],"
                + "\"mentions\":[{\"start\":0,\"end\":6}]}]")
        .contains(
            "\"places\":[{\"name\":\"Dushanbe\",\"lat\":38.53575,\"lon\":68.77905,"
                + "\"country\":\"TJK\",\"gazetteerId\":\"geonames:1221874\","
                + "\"mentions\":[{\"start\":15,\"end\":23}]}]")
        .contains(
            "\"times\":[{\"text\":\"last Monday\",\"value\":\"2021-05-17\",\"start\":24,\"end\":35}]")
        .contains(
            "\"quotes\":[{\"text\":\"We agree.\",\"start\":38,\"end\":47,\"direct\":true,"
                + "\"speaker\":\"E1\",\"speakerName\":\"Sergei Shoigu\","
                + "\"speakerSpan\":{\"start\":0,\"end\":6}}]");
  }

  @Test
  void article_warnings_areWrittenAfterTheContractFields() throws Exception {
    Article warned =
        Article.cleaned(
            "x", SourceRef.ofFile("a"), ArticleMetadata.EMPTY, "T.", List.of("text looks odd"));
    JsonNode node = new ObjectMapper().readTree(json.article(warned));
    assertThat(node.get("warnings").get(0).asText()).isEqualTo("text looks odd");
  }
}
