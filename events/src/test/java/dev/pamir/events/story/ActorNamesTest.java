package dev.pamir.events.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Actor;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorNamesTest {

  private static Actor named(String name) {
    return new Actor(name, Optional.empty(), Optional.empty());
  }

  @Test
  void aliases_state_isItsCodeOnly() {
    assertThat(ActorNames.aliases(new Actor("Russia", Optional.of("RUS"), Optional.empty())))
        .containsExactly("RUS");
  }

  @Test
  void aliases_organisation_foldedNameAndAcronym() {
    assertThat(ActorNames.aliases(named("The Collective Security Treaty Organization")))
        .containsExactly("collective security treaty organization", "csto");
    assertThat(ActorNames.aliases(named("SCO"))).containsExactly("sco");
  }

  @Test
  void aliases_diacriticsAndPunctuation_areFolded() {
    assertThat(ActorNames.aliases(named("Médecins Sans Frontières")))
        .contains("medecins sans frontieres", "msf");
    assertThat(ActorNames.aliases(named("Taliban's"))).containsExactly("taliban");
  }

  @Test
  void aliases_nameOfOnlyPunctuation_fallsBackToTheKey() {
    assertThat(ActorNames.aliases(named("—"))).containsExactly("—");
  }
}
