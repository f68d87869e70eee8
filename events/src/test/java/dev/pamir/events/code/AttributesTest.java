package dev.pamir.events.code;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.EventAttributes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributesTest {

  @Test
  void read_casualtiesInWordsAndDigits() {
    EventAttributes a =
        Attributes.read(
            "armed conflict took place on the border, and two people were killed and six were"
                + " injured",
            List.of());

    assertThat(a.killed()).hasValue(2);
    assertThat(a.injured()).hasValue(6);
    assertThat(a.troops()).isEmpty();
  }

  @Test
  void read_troopsWithThousandsSeparator() {
    EventAttributes a =
        Attributes.read(
            "about 1,500 soldiers from the Russian and Uzbek armed forces will participate",
            List.of());

    assertThat(a.troops()).hasValue(1500);
    assertThat(a.killed()).isEmpty();
  }

  @Test
  void read_contractsAndEquipment() {
    EventAttributes a =
        Attributes.read("radar systems under 35 contracts", List.of("Su-30SM", "Mi-35M"));

    assertThat(a.contracts()).hasValue(35);
    assertThat(a.equipment()).containsExactly("Su-30SM", "Mi-35M");
  }

  @Test
  void read_verbFirstCasualties() {
    EventAttributes a =
        Attributes.read("the blast killed at least 12 and wounded 40 others", List.of());

    assertThat(a.killed()).hasValue(12);
    assertThat(a.injured()).hasValue(40);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Shoigu's visit on April 27-28 is of great military significance",
        "a program for 2021-2025 in the military field",
        "dozens of soldiers were killed",
        "1 2 3 4 5 6 7 8 9 10"
      })
  void read_numbersThatAreNotCounts_giveNothing(String clause) {
    EventAttributes a = Attributes.read(clause, List.of());

    assertThat(a.troops()).isEmpty();
    assertThat(a.contracts()).isEmpty();
    assertThat(a.killed()).isEmpty();
  }

  @Test
  void number_vagueAndHugeValues_haveNoValue() {
    assertThat(Attributes.number("dozens")).isEmpty();
    assertThat(Attributes.number("99999999999999")).isEmpty();
    assertThat(Attributes.number("twelve")).hasValue(12);
  }
}
