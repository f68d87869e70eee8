package dev.pamir.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityBuilderAuthorsTest {

  private static Entity person(String id, String name, Span mention) {
    return new Entity(
        id, name, EntityType.PERSON, Optional.empty(), List.of(), List.of(), List.of(mention));
  }

  @Test
  void withAuthors_authorNotInText_isAddedAsPersonWithAuthorRole() {
    List<Entity> out =
        EntityBuilder.withAuthors(
            List.of(person("E1", "Sergei Shoigu", new Span(0, 13))), List.of("Ainur Kurmanov"));
    assertThat(out).hasSize(2);
    Entity author = out.get(1);
    assertThat(author.name()).isEqualTo("Ainur Kurmanov");
    assertThat(author.type()).isEqualTo(EntityType.PERSON);
    assertThat(author.roles()).containsExactly("author");
    assertThat(author.mentions()).isEmpty();
    assertThat(author.id()).isEqualTo("E2");
  }

  @Test
  void withAuthors_authorNamedInText_getsTheRoleOnTheExistingEntity() {
    List<Entity> out =
        EntityBuilder.withAuthors(
            List.of(person("E1", "Ainur Kurmanov", new Span(0, 14))), List.of("Ainur  Kurmanov"));
    assertThat(out).singleElement().satisfies(e -> assertThat(e.roles()).containsExactly("author"));
  }

  @Test
  void withAuthors_noAuthors_changesNothing() {
    List<Entity> in = List.of(person("E1", "A B", new Span(0, 3)));
    assertThat(EntityBuilder.withAuthors(in, List.of())).isEqualTo(in);
  }
}
