package dev.pamir.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void similar_oneWordOfFourWrong_matches() {
    assertThat(
            NameSimilarity.similar(
                "collective cooperation treaty organization",
                "collective security treaty organization"))
        .isTrue();
  }

  @Test
  void similar_differentLastWord_doesNotMatch() {
    assertThat(
            NameSimilarity.similar(
                "islamic movement of turkestan", "islamic movement of uzbekistan"))
        .isFalse();
  }

  @Test
  void similar_threeWordsOneWhollyDifferent_doesNotMatch() {
    assertThat(NameSimilarity.similar("southern military district", "central military district"))
        .isFalse();
  }

  @Test
  void similar_typoInLongerWords_matches() {
    assertThat(
            NameSimilarity.similar(
                "shanghai cooperaton organization", "shanghai cooperation organization"))
        .isTrue();
  }

  @Test
  void similar_longSingleWordOneEditAway_matches() {
    assertThat(NameSimilarity.similar("eurasianett", "eurasianet")).isTrue();
  }

  @Test
  void similar_shortWordsAndAbbreviations_neverMatch() {
    assertThat(NameSimilarity.similar("csto", "csdo")).isFalse();
    assertThat(NameSimilarity.similar("hamas", "hamaz")).isFalse();
  }

  @Test
  void editDistance_stopsAtTheBound() {
    assertThat(NameSimilarity.editDistance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(NameSimilarity.editDistance("kitten", "sitting", 1)).isEqualTo(2);
  }
}
