package dev.pamir.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void of_spanInsideText_returnsCoveredCharacters() {
    assertThat(new Span(10, 23).of("Russian DM Sergei Shoigu said").length()).isEqualTo(13);
    assertThat(new Span(11, 24).of("Russian DM Sergei Shoigu said")).isEqualTo("Sergei Shoigu");
  }

  @Test
  void new_startAfterEnd_isRejectedWithBothOffsets() {
    assertThatThrownBy(() -> new Span(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5")
        .hasMessageContaining("4");
  }

  @Test
  void new_negativeStart_isRejected() {
    assertThatThrownBy(() -> new Span(-1, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_spanPastEnd_isRejected() {
    assertThatThrownBy(() -> new Span(0, 5).of("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("length 3");
  }

  @Test
  void compareTo_ordersByStartThenEnd() {
    assertThat(new Span(1, 3)).isLessThan(new Span(1, 4)).isLessThan(new Span(2, 2));
  }

  @Test
  void of_astralCharacters_countsUtf16Units() {
    String text = "\uD83D\uDE00 Dushanbe";
    assertThat(new Span(3, 11).of(text)).isEqualTo("Dushanbe");
  }
}
