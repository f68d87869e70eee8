package dev.pamir.nlp.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.geodata.CountryTable;
import dev.pamir.model.EntityType;
import dev.pamir.nlp.actor.ActorMatch.Form;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorKnowledgeBaseTest {

  private static ActorKnowledgeBase knowledgeBase;

  @BeforeAll
  static void load() {
    knowledgeBase = ActorKnowledgeBase.load(CountryTable.load());
  }

  private static String code(String text) {
    return knowledgeBase.lookup(text).flatMap(m -> m.actor().country()).orElse("none");
  }

  private static Optional<Form> form(String text) {
    return knowledgeBase.lookup(text).map(ActorMatch::form);
  }

  @Test
  void lookup_countryNamesAndShortNames_giveTheCountry() {
    assertThat(code("Russia")).isEqualTo("RUS");
    assertThat(code("Russian Federation")).isEqualTo("RUS");
    assertThat(code("U.S.")).isEqualTo("USA");
    assertThat(code("US")).isEqualTo("USA");
    assertThat(code("Britain")).isEqualTo("GBR");
    assertThat(code("Turkey")).isEqualTo("TUR");
    assertThat(knowledgeBase.lookup("Turkey").orElseThrow().actor().name()).isEqualTo("Turkey");
  }

  @Test
  void lookup_nationalLeader_isThePersonWithTheirCountry() {
    ActorMatch putin = knowledgeBase.lookup("Putin").orElseThrow();
    assertThat(putin.actor().type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.actor().name()).isEqualTo("Vladimir Putin");
    assertThat(code("Putin")).isEqualTo("RUS");
    assertThat(code("Recep Tayyip Erdoğan")).isEqualTo("TUR");
    assertThat(code("Kagame")).isEqualTo("RWA");
    // A surname several leaders share names none of them, and a person is never a near miss.
    assertThat(knowledgeBase.lookup("Bush")).isEmpty();
    assertThat(knowledgeBase.lookupFuzzy("Vladimir Puttin")).isEmpty();
    // ... but their full names do, each as its own person.
    assertThat(code("George W. Bush")).isEqualTo("USA");
    assertThat(knowledgeBase.lookup("Hillary Clinton").orElseThrow().actor())
        .isNotEqualTo(knowledgeBase.lookup("Bill Clinton").orElseThrow().actor());
  }

  @Test
  void lookup_shortAbbreviationInLowerCase_isNothing() {
    assertThat(knowledgeBase.lookup("us")).isEmpty();
    assertThat(knowledgeBase.lookup("Us")).isEmpty();
    assertThat(knowledgeBase.lookup("un")).isEmpty();
  }

  @Test
  void lookup_nameWithAWordInLowerCase_isNotThatName() {
    assertThat(knowledgeBase.lookup("Russia Today").map(m -> m.actor().name())).contains("RT");
    assertThat(knowledgeBase.lookup("RUSSIA TODAY").map(m -> m.actor().name())).contains("RT");
    assertThat(knowledgeBase.lookup("Russia today")).isEmpty();
    assertThat(knowledgeBase.lookupFuzzy("Russia today")).isEmpty();
  }

  @Test
  void lookup_currency_isNotACountry() {
    assertThat(knowledgeBase.lookup("US$")).isEmpty();
  }

  @Test
  void lookup_demonyms_includeModernFormsBesideTheDataOnes() {
    assertThat(code("Tajik")).isEqualTo("TJK");
    assertThat(code("Tadzhik")).isEqualTo("TJK");
    assertThat(code("Kyrgyz")).isEqualTo("KGZ");
    assertThat(code("Uzbek")).isEqualTo("UZB");
    assertThat(code("Kazakh")).isEqualTo("KAZ");
    assertThat(form("Russian")).contains(Form.DEMONYM);
  }

  @Test
  void lookup_dataDemonymOfTwoForms_givesEachForm() {
    assertThat(code("Bosnian")).isEqualTo("BIH");
    assertThat(code("Herzegovinian")).isEqualTo("BIH");
  }

  @Test
  void lookup_soviet_isNotRussia() {
    assertThat(code("Soviet")).isEqualTo("none");
  }

  @Test
  void lookup_capitalsAndSeatsOfGovernment_standForTheirCountry() {
    assertThat(form("Dushanbe")).contains(Form.CAPITAL);
    assertThat(code("Dushanbe")).isEqualTo("TJK");
    assertThat(code("Washington")).isEqualTo("USA");
    assertThat(form("Kremlin")).contains(Form.SEAT_OF_GOVERNMENT);
    assertThat(code("Kremlin")).isEqualTo("RUS");
  }

  @Test
  void lookup_pentagon_isABodyOfTheUnitedStates() {
    Actor pentagon = knowledgeBase.lookup("Pentagon").orElseThrow().actor();
    assertThat(pentagon.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(pentagon.country()).contains("USA");
    assertThat(pentagon.aliases()).contains("US Department of Defense");
  }

  @Test
  void lookup_organisationsByNameOrAbbreviation_giveOneActor() {
    Actor byName =
        knowledgeBase.lookup("Collective Security Treaty Organization").orElseThrow().actor();
    Actor byAbbreviation = knowledgeBase.lookup("CSTO").orElseThrow().actor();
    assertThat(byAbbreviation).isEqualTo(byName);
    assertThat(knowledgeBase.lookup("Al Qaeda").orElseThrow().actor().name()).isEqualTo("Al-Qaeda");
    assertThat(knowledgeBase.lookup("Daesh").orElseThrow().actor().name())
        .isEqualTo("Islamic State");
    assertThat(code("Taliban")).isEqualTo("AFG");
  }

  @Test
  void lookupFuzzy_misspeltOrganisation_resolvesInexactly() {
    ActorMatch match =
        knowledgeBase.lookupFuzzy("Collective Cooperation Treaty Organization").orElseThrow();
    assertThat(match.actor().aliases()).contains("CSTO");
    assertThat(match.exact()).isFalse();
  }

  @Test
  void lookupFuzzy_misspeltCountry_isNotGuessed() {
    assertThat(knowledgeBase.lookupFuzzy("Austria-Hungary")).isEmpty();
    assertThat(knowledgeBase.lookupFuzzy("Slovenja")).isEmpty();
  }

  @Test
  void load_holdsEveryCountryOfTheTable() {
    long countries =
        knowledgeBase.actors().stream().filter(a -> a.type() == EntityType.COUNTRY).count();
    assertThat(countries).isEqualTo(CountryTable.load().all().size());
    assertThat(knowledgeBase.country("tjk").orElseThrow().name()).isEqualTo("Tajikistan");
  }

  @Test
  void fold_ignoresCaseDotsAndDiacritics() {
    assertThat(ActorKnowledgeBase.fold("U.S.")).isEqualTo("us");
    assertThat(ActorKnowledgeBase.fold("Türkiye")).isEqualTo("turkiye");
    assertThat(ActorKnowledgeBase.fold("Al-Qaeda")).isEqualTo("al qaeda");
  }
}
