package dev.pamir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

  private static Article article(List<String> warnings) {
    return Article.cleaned(
        "a1", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, "Text.", warnings);
  }

  @Test
  void cleaned_hasTextAndMetadataLayers() {
    assertThat(article(List.of()).layers()).containsExactlyInAnyOrder(Layer.TEXT, Layer.METADATA);
  }

  @Test
  void new_withoutTextLayer_isRejected() {
    assertThatThrownBy(
            () ->
                new Article(
                    "a",
                    SourceRef.ofFile("a.txt"),
                    ArticleMetadata.EMPTY,
                    Optional.empty(),
                    "t",
                    EnumSet.of(Layer.METADATA),
                    List.of(),
                    Annotations.EMPTY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_tooManyWarnings_keepsTheFirst() {
    List<String> many = new ArrayList<>(Collections.nCopies(Article.MAX_WARNINGS + 5, "w"));
    many.set(0, "first");
    Article article = article(many);
    assertThat(article.warnings()).hasSize(Article.MAX_WARNINGS).startsWith("first");
  }

  @Test
  void new_copiesWarnings_soLaterChangesDoNotLeakIn() {
    List<String> warnings = new ArrayList<>(List.of("w"));
    Article article = article(warnings);
    warnings.add("late");
    assertThat(article.warnings()).containsExactly("w");
  }

  @Test
  void withLanguage_addsLanguageLayer_andKeepsText() {
    Article english = article(List.of()).withLanguage("en");
    assertThat(english.layers()).contains(Layer.LANGUAGE);
    assertThat(english.language()).contains("en");
    assertThat(english.text()).isEqualTo("Text.");
  }

  @Test
  void metadata_blankTitle_isRejected() {
    assertThatThrownBy(() -> ArticleMetadata.EMPTY.withTitle(Optional.of("  ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void metadata_orElse_firstSourceWinsFieldByField() {
    ArticleMetadata page =
        ArticleMetadata.EMPTY
            .withTitle(Optional.of("Page title"))
            .withAuthors(List.of("A. Writer"));
    ArticleMetadata feed =
        ArticleMetadata.EMPTY
            .withTitle(Optional.of("Feed title"))
            .withOutlet(Optional.of("Feed outlet"));
    ArticleMetadata merged = page.orElse(feed);
    assertThat(merged.title()).contains("Page title");
    assertThat(merged.authors()).containsExactly("A. Writer");
    assertThat(merged.outlet()).contains("Feed outlet");
  }

  @Test
  void publicationDate_iso_keepsWhatTheArticleSays() {
    assertThat(new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26+03:00")).iso())
        .isEqualTo("2021-05-19T09:26:00+03:00");
    assertThat(new PublicationDate.Local(LocalDateTime.parse("2021-05-19T09:26")).iso())
        .isEqualTo("2021-05-19T09:26:00");
    assertThat(new PublicationDate.Day(LocalDate.parse("2021-05-19")).iso())
        .isEqualTo("2021-05-19");
  }
}
