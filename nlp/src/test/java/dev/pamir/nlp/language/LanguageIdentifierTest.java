package dev.pamir.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Layer;
import dev.pamir.model.SourceRef;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

  private final LanguageIdentifier identifier = new LanguageIdentifier();

  private Article identify(String text) {
    Article in =
        Article.cleaned("a", SourceRef.ofFile("a"), ArticleMetadata.EMPTY, text, List.of());
    return identifier.apply(in, new StageContext(Clock.systemUTC(), Limits.DEFAULTS));
  }

  @Test
  void apply_englishNews_isEnglish() {
    Article out =
        identify(
            "The head of the Russian Defense Ministry made the statement against the backdrop of"
                + " military exercises in Tajikistan, with the participation of the United States.");
    assertThat(out.language()).contains("en");
    assertThat(out.layers()).contains(Layer.LANGUAGE);
  }

  @Test
  void apply_russianText_isNotEnglish_andWarns() {
    Article out = identify("Министр обороны России Сергей Шойгу заявил о намерении укрепить базы.");
    assertThat(out.language()).isEmpty();
    assertThat(out.layers()).contains(Layer.LANGUAGE);
    assertThat(out.warnings()).singleElement().asString().contains("English");
  }

  @Test
  void apply_frenchText_isNotEnglish() {
    assertThat(
            identify(
                    "Le ministre de la Défense a annoncé que les exercices auront lieu dans la"
                        + " région au mois de juillet avec les forces du pays voisin.")
                .language())
        .isEmpty();
  }

  @Test
  void englishShare_noWords_isZero() {
    assertThat(LanguageIdentifier.englishShare("12 34 ... ---")).isZero();
  }
}
