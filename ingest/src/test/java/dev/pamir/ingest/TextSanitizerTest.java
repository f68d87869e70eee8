package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.ArticleMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextSanitizerTest {

  @Test
  void text_paragraphs_areSeparatedByOneBlankLine() {
    assertThat(TextSanitizer.text("  One.  \r\n\r\n\r\n\n Two,\nstill two. \n\n"))
        .isEqualTo("One.\n\nTwo,\nstill two.");
  }

  @Test
  void text_controlCharacters_areDropped_butTabsStay() {
    assertThat(TextSanitizer.text("a\u0000b\u0007c\td")).isEqualTo("abc\td");
  }

  @Test
  void text_unpairedSurrogates_becomeReplacementCharacters_pairsStay() {
    assertThat(TextSanitizer.text("x\uD800y\uDC00z \uD83D\uDE00"))
        .isEqualTo("x\uFFFDy\uFFFDz \uD83D\uDE00");
  }

  @Test
  void wellFormed_unpairedSurrogates_becomeReplacementCharacters_andNothingElseChanges() {
    String sound = " a\u0000b\r\n \uD83D\uDE00 ";
    assertThat(TextSanitizer.wellFormed(sound)).isSameAs(sound);
    assertThat(TextSanitizer.wellFormed("\uDC00x\uD800\uD800\uDC00y\uD800"))
        .isEqualTo("\uFFFDx\uFFFD\uD800\uDC00y\uFFFD");
  }

  @Test
  void text_unicodeLineSeparators_areLineBreaks() {
    assertThat(TextSanitizer.text("a\u2028b\u2029\u2029c")).isEqualTo("a\nb\n\nc");
  }

  @Test
  void text_onlyWhiteSpace_isEmpty() {
    assertThat(TextSanitizer.text(" \n\t\r\n \u0001")).isEmpty();
  }

  @Test
  void metadata_stringsBecomeOneLine_andEmptyAuthorsGo() {
    ArticleMetadata messy =
        new ArticleMetadata(
            Optional.of("  A\n  title "),
            List.of(" Ann  Lee ", "\u0001", "Ann Lee"),
            Optional.of(" The\n Outlet "),
            Optional.empty());
    ArticleMetadata clean = TextSanitizer.metadata(messy);
    assertThat(clean.title()).contains("A title");
    assertThat(clean.authors()).containsExactly("Ann Lee");
    assertThat(clean.outlet()).contains("The Outlet");
  }
}
