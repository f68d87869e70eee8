package dev.pamir.events.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {

  private final SentenceEncoder encoder = SentenceEncoder.load();

  @Test
  void encode_paraphrases_scoreHigherThanUnrelatedSentences() {
    List<float[]> v =
        encoder.encode(
            List.of(
                "The defence ministers of the two countries signed a military cooperation plan.",
                "A programme of military partnership was signed by both defence chiefs.",
                "Heavy rain flooded the town's football stadium on Sunday."));
    double paraphrase = SentenceEncoder.cosine(v.get(0), v.get(1));
    double unrelated = SentenceEncoder.cosine(v.get(0), v.get(2));
    assertThat(paraphrase).isGreaterThan(unrelated + 0.3);
    assertThat(paraphrase).isGreaterThan(0.5);
  }

  @Test
  void encode_sameHappeningInOtherWords_closerThanSameActorsDoingSomethingElse() {
    List<float[]> v =
        encoder.encode(
            List.of(
                "Two people were killed when border guards exchanged fire on the river island.",
                "A shootout on the border island left two dead, the ministry said.",
                "The two governments agreed to build a bridge across the border river."));
    assertThat(SentenceEncoder.cosine(v.get(0), v.get(1)))
        .isGreaterThan(SentenceEncoder.cosine(v.get(0), v.get(2)));
  }

  @Test
  void encode_vectorsAreUnitLength() {
    float[] v = encoder.encode("Troops were moved to the border.");
    assertThat(v).hasSize(SentenceEncoder.DIMENSION);
    assertThat(SentenceEncoder.cosine(v, v)).isCloseTo(1.0, within(1e-5));
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void encode_batch_equalsOneByOne() {
    List<String> sentences = List.of("Talks resumed on Monday.", "", "The navy seized a tanker.");
    List<float[]> batch = encoder.encode(sentences);
    assertThat(batch).hasSize(3);
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(SentenceEncoder.cosine(batch.get(i), encoder.encode(sentences.get(i))))
          .isCloseTo(sentences.get(i).isBlank() ? 0.0 : 1.0, within(1e-5));
    }
  }

  @Test
  void encode_blankSentence_isZeroVectorWithCosineZero() {
    float[] blank = encoder.encode("   ");
    assertThat(blank).containsOnly(0f);
    assertThat(SentenceEncoder.cosine(blank, encoder.encode("Anything at all."))).isZero();
  }

  @Test
  void encode_fromManyThreads_givesTheSameVectors() {
    String sentence = "The president met the visiting foreign minister in the capital.";
    float[] expected = encoder.encode(sentence);
    ConcurrentHashMap<Integer, Double> cosines = new ConcurrentHashMap<>();
    IntStream.range(0, 16)
        .parallel()
        .forEach(i -> cosines.put(i, SentenceEncoder.cosine(expected, encoder.encode(sentence))));
    assertThat(cosines.values()).hasSize(16).allSatisfy(c -> assertThat(c).isGreaterThan(0.9999));
  }

  @Test
  void cosine_differentLengths_isRejected() {
    assertThatThrownBy(() -> SentenceEncoder.cosine(new float[2], new float[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 and 3");
  }

  @Test
  void cosine_oppositeVectors_isMinusOne() {
    assertThat(SentenceEncoder.cosine(new float[] {1, 2}, new float[] {-2, -4}))
        .isCloseTo(-1.0, within(1e-9));
  }
}
