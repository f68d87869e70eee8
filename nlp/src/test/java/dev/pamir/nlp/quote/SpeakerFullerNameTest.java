package dev.pamir.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerFullerNameTest {

  @Test
  void fuller_entityCutShort_keepsTheWrittenName() {
    assertThat(SpeakerResolver.fuller("Avia", "Avia. Pro")).isEqualTo("Avia. Pro");
  }

  @Test
  void fuller_writtenSurname_keepsTheEntityName() {
    assertThat(SpeakerResolver.fuller("Sergei Shoigu", "Shoigu")).isEqualTo("Sergei Shoigu");
  }

  @Test
  void fuller_differentNames_keepsTheEntityName() {
    assertThat(SpeakerResolver.fuller("Ministry of Defense", "Avia. Pro"))
        .isEqualTo("Ministry of Defense");
  }
}
