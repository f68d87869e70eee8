package dev.pamir.events.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArticleLikenessTest {

  @Test
  void between_sameWords_isOneAndNoSharedWords_isZero() {
    ArticleLikeness likeness = new ArticleLikeness();
    likeness.add("a", ArticleTerms.of("Flood in Lindenfeld", "The river burst its banks."));
    likeness.add("b", ArticleTerms.of("Flood in Lindenfeld", "The river burst its banks."));
    likeness.add("c", ArticleTerms.of("Budget passed", "Parliament approved spending plans."));

    assertThat(likeness.between("a", "b")).isCloseTo(1.0, within(1e-9));
    assertThat(likeness.between("a", "c")).isZero();
    assertThat(likeness.between("a", "unknown")).isZero();
  }

  @Test
  void between_wordEveryArticleUses_weighsLessAsArticlesComeIn() {
    ArticleLikeness likeness = new ArticleLikeness();
    likeness.add("a", ArticleTerms.of("", "government minister Varga"));
    likeness.add("b", ArticleTerms.of("", "government minister Holm"));
    double early = likeness.between("a", "b");
    for (int i = 0; i < 50; i++) {
      likeness.add("other" + i, ArticleTerms.of("", "government minister report " + i));
    }

    assertThat(likeness.between("a", "b")).isLessThan(early);
  }

  @Test
  void between_rareNamesShared_outweighCommonWordsShared() {
    ArticleLikeness likeness = new ArticleLikeness();
    for (int i = 0; i < 20; i++) {
      likeness.add("filler" + i, ArticleTerms.of("", "police said protest city night " + i));
    }
    likeness.add("a", ArticleTerms.of("", "police said protest Varga Lindenfeld"));
    likeness.add("b", ArticleTerms.of("", "Varga Lindenfeld mourners gathered"));
    likeness.add("c", ArticleTerms.of("", "police said protest city night Brackwater"));

    assertThat(likeness.between("a", "b")).isGreaterThan(likeness.between("a", "c"));
  }

  @Test
  void terms_countTheTitleTwiceAndLeaveFunctionWordsOut() {
    ArticleTerms terms = ArticleTerms.of("Strike in Lindenfeld", "The strike ended.");

    assertThat(terms.toString()).isEqualTo("[ended, lindenfeld, strike]");
    assertThat(terms.count(2)).isEqualTo(3);
    assertThat(terms.count(1)).isEqualTo(2);
  }
}
