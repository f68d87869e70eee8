package dev.pamir.events.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.EventType;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CompatibleTypesTest {

  @Test
  void compatible_isReflexiveAndSymmetric() {
    for (EventType a : EventType.values()) {
      assertThat(CompatibleTypes.compatible(a, a)).isTrue();
      for (EventType b : EventType.values()) {
        assertThat(CompatibleTypes.compatible(a, b)).isEqualTo(CompatibleTypes.compatible(b, a));
      }
    }
  }

  @Test
  void compatible_meetingAndItsAgreement_butNotTroopMovements() {
    assertThat(CompatibleTypes.compatible(EventType.CONSULT, EventType.AGREE)).isTrue();
    assertThat(CompatibleTypes.compatible(EventType.COOPERATE, EventType.MOBILIZE)).isTrue();
    assertThat(CompatibleTypes.compatible(EventType.CONSULT, EventType.MOBILIZE)).isFalse();
    assertThat(CompatibleTypes.compatible(EventType.ASSAULT, EventType.AGREE)).isFalse();
  }

  @Test
  void compatibleWithAll_needsEveryTypeOfTheStory() {
    EnumSet<EventType> story = EnumSet.of(EventType.CONSULT, EventType.COOPERATE);
    assertThat(CompatibleTypes.compatibleWithAll(EventType.AGREE, story)).isTrue();
    assertThat(CompatibleTypes.compatibleWithAll(EventType.MOBILIZE, story)).isFalse();
  }
}
