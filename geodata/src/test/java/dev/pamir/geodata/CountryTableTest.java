package dev.pamir.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CountryTableTest {

  private static CountryTable table;

  @BeforeAll
  static void load() {
    table = CountryTable.load();
  }

  @Test
  void load_hasEveryCountry() {
    assertThat(table.all()).hasSizeGreaterThan(240);
  }

  @Test
  void byName_commonOfficialAndFoldedNames_findTheCountry() {
    assertThat(table.byName("Tajikistan").map(Country::iso3)).contains("TJK");
    assertThat(table.byName("Russian Federation").map(Country::iso3)).contains("RUS");
    assertThat(table.byName("the united states of america").map(Country::iso3)).isEmpty();
    assertThat(table.byName("United States of America").map(Country::iso3)).contains("USA");
    assertThat(table.byName("KYRGYZ REPUBLIC").map(Country::iso3)).contains("KGZ");
  }

  @Test
  void byIso_codesFindTheCountry_withCapitalAndCentre() {
    Country uzbekistan = table.byIso3("uzb").orElseThrow();
    assertThat(uzbekistan.iso2()).isEqualTo("UZ");
    assertThat(uzbekistan.capitals()).contains("Tashkent");
    assertThat(uzbekistan.latitude()).isBetween(37.0, 46.0);
    assertThat(table.byIso2("TJ").map(Country::name)).contains("Tajikistan");
  }

  @Test
  void fold_punctuationAndCase_foldAlike() {
    assertThat(CountryTable.fold("U.S.A.")).isEqualTo(CountryTable.fold("usa"));
    assertThat(CountryTable.fold("Côte d'Ivoire")).isEqualTo("côte d ivoire");
  }
}
