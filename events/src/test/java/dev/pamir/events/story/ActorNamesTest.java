package dev.pamir.events.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Actor;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import java.util.List;
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
  void aliases_actorFoundAsAPerson_addsTheNamesAndCountryButNoInitials() {
    Entity entity =
        new Entity(
            "E2",
            "Sergei Shoigu",
            EntityType.PERSON,
            Optional.of("RUS"),
            List.of("Defence Minister"),
            List.of("Shoigu"),
            List.of());
    assertThat(ActorNames.aliases(named("the minister"), entity))
        .containsExactly("minister", "sergei shoigu", "shoigu", "RUS");
    assertThat(ActorNames.isCode("RUS")).isTrue();
    assertThat(ActorNames.isCode("shoigu")).isFalse();
  }

  @Test
  void aliases_nameOfOnlyPunctuation_fallsBackToTheKey() {
    assertThat(ActorNames.aliases(named("—"))).containsExactly("—");
  }
}
