package dev.pamir.geodata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.geodata.GazetteerEntry.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load(CountryTable.load());
  }

  @Test
  void load_holdsPlacesRegionsAndCountries() {
    assertThat(gazetteer.size()).isBetween(200_000, 300_000);
  }

  @Test
  void lookup_ambiguousName_listsEveryCandidateLargestFirst() {
    List<GazetteerEntry> moscows = gazetteer.lookup("Moscow");
    assertThat(moscows).extracting(GazetteerEntry::id).contains("geonames:524901");
    assertThat(moscows).extracting(GazetteerEntry::country).contains(java.util.Optional.of("USA"));
    assertThat(moscows)
        .extracting(GazetteerEntry::population)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a));
  }

  @Test
  void lookup_capital_hasFeatureCodeCountryAndPoint() {
    GazetteerEntry dushanbe =
        gazetteer.lookup("Dushanbe").stream().filter(e -> e.kind() == Kind.PLACE).findFirst().get();
    assertThat(dushanbe.id()).isEqualTo("geonames:1221874");
    assertThat(dushanbe.featureCode()).isEqualTo("PPLC");
    assertThat(dushanbe.country()).contains("TJK");
    assertThat(dushanbe.latitude()).isCloseTo(38.54, org.assertj.core.data.Offset.offset(0.05));
  }

  @Test
  void lookup_alternateName_findsThePlace() {
    assertThat(gazetteer.lookup("Kushka")).extracting(GazetteerEntry::name).contains("Serhetabat");
    assertThat(gazetteer.lookup("Kurgan-Tyube"))
        .extracting(GazetteerEntry::name)
        .contains("Bokhtar");
  }

  @Test
  void lookup_country_isItsCentreWithAnIsoIdentifier() {
    GazetteerEntry tajikistan = gazetteer.lookup("Tajikistan").get(0);
    assertThat(tajikistan.kind()).isEqualTo(Kind.COUNTRY);
    assertThat(tajikistan.id()).isEqualTo("iso3166:TJK");
    assertThat(gazetteer.country("TJK")).contains(tajikistan);
  }

  @Test
  void lookup_formerNameOfACountry_isThatCountryFirst() {
    assertThat(gazetteer.lookup("Zaire").get(0).id()).isEqualTo("iso3166:COD");
  }

  @Test
  void lookup_shortFormOfARegion_isThatRegion() {
    assertThat(gazetteer.lookup("NSW")).extracting(GazetteerEntry::id).contains("admin1:AU.02");
  }

  @Test
  void lookup_townAndCounty_shareTheCountysCode() {
    GazetteerEntry county =
        gazetteer.lookup("Walker County").stream()
            .filter(e -> e.admin1().equals(java.util.Optional.of("US.TX")))
            .findFirst()
            .orElseThrow();
    GazetteerEntry town =
        gazetteer.lookup("Huntsville").stream()
            .filter(e -> e.admin1().equals(java.util.Optional.of("US.TX")))
            .findFirst()
            .orElseThrow();
    assertThat(county.admin2()).isPresent();
    assertThat(town.admin2()).isEqualTo(county.admin2());
    assertThat(gazetteer.country("USA").orElseThrow().admin2()).isEmpty();
  }

  @Test
  void lookup_featureTheAdministrativeTablesLack_isFoundByNameAndAlias() {
    GazetteerEntry fergana =
        gazetteer.lookup("Ferghana Valley").stream()
            .filter(e -> e.kind() == Kind.FEATURE)
            .findFirst()
            .orElseThrow();
    assertThat(fergana.id()).isEqualTo("feature:fergana-valley");
    assertThat(fergana.latitude()).isBetween(40.0, 41.5);
    assertThat(gazetteer.lookup("Darfur"))
        .extracting(GazetteerEntry::country)
        .contains(Optional.of("SDN"));
    assertThat(gazetteer.lookup("Black Sea").get(0).country()).isEmpty();
  }

  @Test
  void lookup_englishNamesNewsUses_findTheCountry() {
    assertThat(gazetteer.lookup("Turkey").get(0).id()).isEqualTo("iso3166:TUR");
    assertThat(gazetteer.lookup("U.S.").get(0).id()).isEqualTo("iso3166:USA");
    assertThat(gazetteer.lookup("UK").get(0).id()).isEqualTo("iso3166:GBR");
  }

  @Test
  void country_point_isTheCentreGazetteersGive() {
    GazetteerEntry usa = gazetteer.country("USA").orElseThrow();
    // The centre of the contiguous states lies in northern Kansas, not where the data puts it.
    assertThat(usa.latitude()).isBetween(39.0, 40.5);
    assertThat(usa.longitude()).isBetween(-100.0, -98.0);
    // Russia's is the round point gazetteers share, not the middle of its outline (61.6, 99.0).
    GazetteerEntry russia = gazetteer.country("RUS").orElseThrow();
    assertThat(russia.latitude()).isEqualTo(60.0);
    assertThat(russia.longitude()).isEqualTo(100.0);
  }

  @Test
  void lookup_regions_byNameAndWithoutTheDivisionWord() {
    assertThat(gazetteer.lookup("Texas").get(0).id()).isEqualTo("admin1:US.TX");
    assertThat(gazetteer.lookup("Surxondaryo"))
        .extracting(GazetteerEntry::id)
        .contains("admin1:UZ.12");
    GazetteerEntry parish = gazetteer.lookup("Rapides Parish").get(0);
    assertThat(parish.kind()).isEqualTo(Kind.DISTRICT);
    assertThat(parish.admin1()).contains("US.LA");
  }

  @Test
  void lookup_macroRegion_isTheHandWrittenPoint() {
    GazetteerEntry centralAsia = gazetteer.lookup("Central Asia").get(0);
    assertThat(centralAsia.kind()).isEqualTo(Kind.MACRO_REGION);
    assertThat(centralAsia.country()).isEmpty();
    GazetteerEntry americas = gazetteer.lookup("Americas").get(0);
    assertThat(americas.kind()).isEqualTo(Kind.MACRO_REGION);
    assertThat(americas.country()).isEmpty();
  }

  @Test
  void lookup_unknownName_isEmpty() {
    assertThat(gazetteer.lookup("Qwxzv")).isEmpty();
    assertThat(gazetteer.lookup("")).isEmpty();
  }

  @Test
  void fold_caseAccentsPunctuationAndAbbreviations_foldAlike() {
    assertThat(Gazetteer.fold("St. Louis")).isEqualTo("saint louis");
    assertThat(Gazetteer.fold("Saint-Louis")).isEqualTo("saint louis");
    assertThat(Gazetteer.fold("Qŭrghonteppa")).isEqualTo("qurghonteppa");
    assertThat(Gazetteer.fold("Washington, D.C.")).isEqualTo("washington dc");
    assertThat(Gazetteer.fold("O'Fallon")).isEqualTo("ofallon");
    assertThat(Gazetteer.fold("  ")).isEmpty();
  }

  @Test
  void kilometres_dushanbeToTashkent_isAbout310() {
    assertThat(Gazetteer.kilometres(38.536, 68.78, 41.311, 69.279)).isBetween(300.0, 320.0);
  }
}
