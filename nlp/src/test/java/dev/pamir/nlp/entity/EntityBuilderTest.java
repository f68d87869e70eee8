package dev.pamir.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.geodata.CountryTable;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.nlp.CoreNlpAnnotator;
import dev.pamir.nlp.actor.ActorKnowledgeBase;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import dev.pamir.testkit.ArticleInvariants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entity stage on CoreNLP's output: one annotator for the whole class, it loads slowly. */
class EntityBuilderTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static CoreNlpAnnotator annotator;
  private static EntityBuilder builder;

  @BeforeAll
  static void load() {
    annotator = new CoreNlpAnnotator();
    builder = new EntityBuilder(ActorKnowledgeBase.load(CountryTable.load()));
  }

  private static Article analyse(String text) {
    Article in =
        Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, text, List.of());
    return builder.apply(annotator.apply(in, CONTEXT), CONTEXT);
  }

  private static Entity entity(Article article, String name) {
    return article.annotations().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + render(article)));
  }

  /** One line per mention: {@code [10,23) PERSON "Sergei Shoigu" -> E1 Sergei Shoigu RUS [..]}. */
  static String render(Article article) {
    List<String> lines = new ArrayList<>();
    for (Entity e : article.annotations().entities()) {
      for (Span m : e.mentions()) {
        lines.add(
            String.format(
                "%s %s \"%s\" -> %s %s %s %s",
                m,
                e.type(),
                m.of(article.text()),
                e.id(),
                e.name(),
                e.country().orElse("-"),
                e.roles()));
      }
    }
    lines.sort(
        (a, b) ->
            Integer.compare(
                Integer.parseInt(a.substring(1, a.indexOf(','))),
                Integer.parseInt(b.substring(1, b.indexOf(',')))));
    return String.join("\n", lines);
  }

  /** The invariants of the entity layer, on top of the article's own. */
  static void checkEntities(Article article) {
    ArticleInvariants.check(article);
    Set<String> ids = new HashSet<>();
    List<Span> all = new ArrayList<>();
    for (Entity e : article.annotations().entities()) {
      assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
      assertThat(e.mentions()).isNotEmpty().isSorted();
      for (Span m : e.mentions()) {
        assertThat(m.fitsIn(article.text().length())).isTrue();
        assertThat(m.length()).isPositive();
      }
      all.addAll(e.mentions());
    }
    all.sort(null);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).start())
          .as("mentions %s and %s overlap", all.get(i - 1), all.get(i))
          .isGreaterThanOrEqualTo(all.get(i - 1).end());
    }
  }

  @Test
  void apply_titleBeforeName_givesRoleAndCountryAndKeepsTheNameSpan() {
    Article out = analyse("Russian Defense Minister Sergei Shoigu arrived. Shoigu's plan worked.");
    checkEntities(out);
    Entity shoigu = entity(out, "Sergei Shoigu");
    assertThat(shoigu.type()).isEqualTo(EntityType.PERSON);
    assertThat(shoigu.roles()).containsExactly("Defense Minister");
    assertThat(shoigu.country()).contains("RUS");
    assertThat(shoigu.aliases()).containsExactly("Shoigu");
    assertThat(shoigu.mentions().get(0).of(out.text())).isEqualTo("Sergei Shoigu");
    assertThat(shoigu.mentions()).hasSize(2);
  }

  @Test
  void apply_knownLeader_takesTheirCountryAndTheirSurnameAlone() {
    Article out = analyse("Fidel Castro spoke for four hours. Later Castro left for the airport.");
    checkEntities(out);
    Entity castro = entity(out, "Fidel Castro");
    assertThat(castro.type()).isEqualTo(EntityType.PERSON);
    assertThat(castro.country()).contains("CUB");
    assertThat(castro.mentions()).hasSize(2);
  }

  @Test
  void apply_surnameThatIsACity_givesThePersonNoCountry() {
    Article out =
        analyse(
            "Police found Carl Paris, 51, dead in his home on Monday. Officers were sent to"
                + " Paris’ home after a neighbour called. Paris had been stabbed twice.");
    checkEntities(out);
    Entity paris = entity(out, "Carl Paris");
    assertThat(paris.type()).isEqualTo(EntityType.PERSON);
    assertThat(paris.country()).isEmpty();
    assertThat(paris.mentions()).hasSize(3);
    assertThat(out.annotations().entities())
        .extracting(Entity::type)
        .doesNotContain(EntityType.COUNTRY);
  }

  @Test
  void apply_demonymNamingOnePerson_isNoMentionOfTheState() {
    Article one = analyse("The mayor complained to an American about the noise.");
    checkEntities(one);
    assertThat(one.annotations().entities())
        .extracting(Entity::type)
        .doesNotContain(EntityType.COUNTRY);
    Article of = analyse("The mayor complained to an American diplomat about the noise.");
    assertThat(entity(of, "United States").type()).isEqualTo(EntityType.COUNTRY);
  }

  @Test
  void apply_peopleNamedByPluralDemonym_isAGroupOfItsCountryNotTheState() {
    Article out =
        analyse("The Palestinians rejected the plan, and thousands of Bosnian Serbs marched.");
    checkEntities(out);
    Entity palestinians = entity(out, "Palestinians");
    assertThat(palestinians.type()).isEqualTo(EntityType.OTHER);
    assertThat(palestinians.country()).contains("PSE");
    assertThat(entity(out, "Bosnian Serbs").country()).contains("BIH");
  }

  @Test
  void apply_countryWordInAHyphenatedLanguageOrOrigin_isNoMentionOfTheState() {
    Article out =
        analyse(
            "A Spanish-language station in Ohio hired a Cuban-American host and an Israeli-born"
                + " editor. Spain protested.");
    checkEntities(out);
    String text = out.text();
    List<String> countryMentions =
        out.annotations().entities().stream()
            .filter(e -> e.type() == EntityType.COUNTRY)
            .flatMap(e -> e.mentions().stream())
            .map(m -> m.of(text))
            .toList();
    assertThat(countryMentions).containsExactlyInAnyOrder("American", "Spain");
  }

  @Test
  void apply_appositive_givesRole() {
    Article out = analyse("Mr. Piotr Svoik, a political scientist, said the talks failed.");
    Entity svoik = entity(out, "Piotr Svoik");
    assertThat(svoik.roles()).containsExactly("political scientist");
  }

  @Test
  void apply_titleWithCountryComplement_givesCountry() {
    Article out =
        analyse("Minister of Defense of Kazakhstan Ruslan Zhaksylykov met the press in Astana.");
    Entity minister = entity(out, "Ruslan Zhaksylykov");
    assertThat(minister.roles()).containsExactly("Minister of Defense");
    assertThat(minister.country()).contains("KAZ");
  }

  @Test
  void apply_definedAbbreviation_joinsTheFullName() {
    Article out =
        analyse(
            "The Eurasian Development Bank (EDB) approved a loan. Later the EDB raised its rates.");
    Entity bank = entity(out, "Eurasian Development Bank");
    assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(bank.aliases()).contains("EDB");
    assertThat(bank.mentions()).hasSize(3);
  }

  @Test
  void apply_knowledgeBaseNames_mergeWithTheirAbbreviations() {
    Article out =
        analyse("Members of the Shanghai Cooperation Organization met. The SCO summit ended.");
    Entity sco = entity(out, "Shanghai Cooperation Organization");
    assertThat(sco.mentions()).hasSize(2);
    assertThat(sco.aliases()).contains("SCO");
  }

  @Test
  void apply_misspeltOrganisation_resolvesToTheKnownOne() {
    Article out =
        analyse(
            "Exercises are held within the Collective Cooperation Treaty Organization in Kyrgyzstan.");
    Entity csto = entity(out, "Collective Security Treaty Organization");
    assertThat(csto.aliases()).contains("Collective Cooperation Treaty Organization", "CSTO");
  }

  @Test
  void apply_capitalAsActor_isTheCountryButAsPlaceStaysAPlace() {
    Article out = analyse("Tashkent refused the offer. The delegation then flew to Tashkent.");
    checkEntities(out);
    Entity uzbekistan = entity(out, "Uzbekistan");
    assertThat(uzbekistan.type()).isEqualTo(EntityType.COUNTRY);
    assertThat(uzbekistan.aliases()).contains("Tashkent");
    Entity city = entity(out, "Tashkent");
    assertThat(city.type()).isEqualTo(EntityType.LOCATION);
    assertThat(city.country()).contains("UZB");
  }

  @Test
  void apply_capitalBeforeItsCountryOrLeft_isAPlace() {
    Article out =
        analyse("The envoy left Bangkok, Thailand, on Monday. He then left Tashkent for good.");
    checkEntities(out);
    assertThat(entity(out, "Bangkok").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(out, "Thailand").aliases()).doesNotContain("Bangkok");
    assertThat(entity(out, "Tashkent").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void apply_namesTheRecogniserRanTogether_areSplit() {
    Article out =
        analyse(
            "The printer order was fought over by Xerox and Hewlett Packard, Hewlett finally"
                + " winning it. The chairman of Halvorsen Shipping LLC Jim Post said the deal was"
                + " fair.");
    checkEntities(out);
    assertThat(mentionsOf(out)).contains("Hewlett Packard", "Hewlett", "Halvorsen Shipping LLC");
    assertThat(mentionsOf(out)).noneMatch(m -> m.contains(",") || m.contains("LLC "));
    assertThat(entity(out, "Hewlett Packard").aliases()).containsExactly("Hewlett");
  }

  @Test
  void apply_shortFormAfterAnOrganisationsFullName_isThatOrganisation() {
    Article out =
        analyse(
            "Google said on Monday that Google Maps would show more roads. Siemens Energy won"
                + " the contract. Analysts said Siemens had bid low.");
    checkEntities(out);
    assertThat(entity(out, "Siemens Energy").mentions()).hasSize(2);
    assertThat(entity(out, "Google").mentions()).hasSize(1);
  }

  @Test
  void apply_legislatorsPartyAndStateTags_nameNothing() {
    Article out =
        analyse(
            "Senator Jane Hollis (R-AZ) criticised the deal. Sen. Mark Devlin (D-N.Y.) and"
                + " Rep. Rosa Pena (D-Calif.) disagreed.");
    checkEntities(out);
    assertThat(out.annotations().entities())
        .extracting(Entity::name)
        .containsExactly("Jane Hollis", "Mark Devlin", "Rosa Pena");
  }

  @Test
  void apply_legislatorsPartyAndTownTagsBetweenCommas_nameNothing() {
    Article out =
        analyse(
            "Sen. Lena Marsh, D-Ashfield, and Rep. Tom Quill, R-Dunmore, backed the" + " bill.");
    checkEntities(out);
    assertThat(out.annotations().entities())
        .extracting(Entity::name)
        .containsExactly("Lena Marsh", "Tom Quill");
  }

  @Test
  void apply_facilityNamedAfterAPlaceOrPerson_keepsItsWholeName() {
    Article out = analyse("The plane landed at Surat Thani International Airport in Thailand.");
    checkEntities(out);
    assertThat(entity(out, "Surat Thani International Airport").type())
        .isEqualTo(EntityType.FACILITY);
  }

  @Test
  void apply_namesListedBeforeTheirNoun_takeNoArticle() {
    Article out =
        analyse(
            "Next spring the Denver and Tulsa warehouses will shut. The investors sold the"
                + " Lyon-based tyre maker.");
    checkEntities(out);
    assertThat(mentionsOf(out)).contains("Denver", "Lyon").doesNotContain("the Denver");
  }

  private static List<String> mentionsOf(Article article) {
    return article.annotations().entities().stream()
        .flatMap(e -> e.mentions().stream())
        .map(m -> m.of(article.text()))
        .toList();
  }

  @Test
  void apply_departmentOfAState_keepsTheStateInItsName() {
    Article out =
        analyse(
            "Tom Reyes, a spokesman for the Oregon Department of Forestry, said the agency would"
                + " study the permit.");
    Entity department = entity(out, "Oregon Department of Forestry");
    assertThat(department.type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void apply_ministryWrittenTwoWays_isOneOrganisationOfItsCountry() {
    Article out =
        analyse(
            "The Uzbek Ministry of Defense announced drills. "
                + "The Ministry of Defense of Uzbekistan later confirmed them.");
    List<Entity> ministries =
        out.annotations().entities().stream().filter(e -> e.name().contains("Ministry")).toList();
    assertThat(ministries).hasSize(1);
    assertThat(ministries.get(0).country()).contains("UZB");
    assertThat(ministries.get(0).mentions()).hasSize(2);
  }

  @Test
  void apply_ministryAfterAParagraphBreak_doesNotTakeTheLastWordBeforeIt() {
    Article out =
        analyse(
            "The envoy flew on to Tanzania.\n\nThe Foreign Ministry said the talks would go on."
                + " The U.S. State Department agreed. He later flew to the U.S. The Defense"
                + " Ministry said so.");
    assertThat(out.annotations().entities())
        .extracting(Entity::name)
        .noneMatch(
            name -> name.contains("\n") || name.contains("Tanzania.") || name.contains("U.S. The"))
        .contains("Foreign Ministry", "U.S. State Department");
  }

  @Test
  void apply_civilDistrictsAndDivisions_areNoArmedUnits() {
    Article out =
        analyse(
            "The Boone County School District closed early. The Georgia Water Quality Division and"
                + " the 3rd Infantry Division issued statements.");
    assertThat(entity(out, "Boone County School District").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(out, "Georgia Water Quality Division").type())
        .isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(out, "3rd Infantry Division").type()).isEqualTo(EntityType.MILITARY_UNIT);
  }

  @Test
  void apply_unitsBasesAndEquipment_getTheirOwnTypes() {
    Article out =
        analyse(
            "The 201st military base is in Dushanbe. The Southern Military District sent Su-30SM"
                + " fighters and Mi-8 helicopters to the Termez training ground.");
    assertThat(entity(out, "201st military base").type()).isEqualTo(EntityType.FACILITY);
    assertThat(entity(out, "Southern Military District").type())
        .isEqualTo(EntityType.MILITARY_UNIT);
    assertThat(entity(out, "Su-30SM").type()).isEqualTo(EntityType.EQUIPMENT);
    assertThat(entity(out, "Mi-8").type()).isEqualTo(EntityType.EQUIPMENT);
    assertThat(entity(out, "Termez training ground").type()).isEqualTo(EntityType.FACILITY);
  }

  @Test
  void apply_demonymAndCurrency_doNotBecomeNames() {
    Article out = analyse("The Kyrgyz army paid US$ 40 million to us.");
    checkEntities(out);
    Set<String> names =
        out.annotations().entities().stream().map(Entity::name).collect(Collectors.toSet());
    assertThat(names).doesNotContain("United States");
    assertThat(entity(out, "Kyrgyzstan").aliases()).isEmpty();
  }

  @Test
  void apply_shortNewsText_rendersAsGolden() {
    Article out =
        analyse(
            "Kyrgyz political scientist Adil Turdukulov believes that the Kremlin is worried.\n\n"
                + "Turdukulov said NATO and the Taliban were talking.");
    checkEntities(out);
    assertThat(render(out))
        .isEqualTo(
            String.join(
                "\n",
                "[0,6) COUNTRY \"Kyrgyz\" -> E1 Kyrgyzstan KGZ []",
                "[27,42) PERSON \"Adil Turdukulov\" -> E2 Adil Turdukulov KGZ [political scientist]",
                "[57,68) COUNTRY \"the Kremlin\" -> E3 Russia RUS []",
                "[82,92) PERSON \"Turdukulov\" -> E2 Adil Turdukulov KGZ [political scientist]",
                "[98,102) ORGANIZATION \"NATO\" -> E4 North Atlantic Treaty Organization - []",
                "[107,118) ORGANIZATION \"the Taliban\" -> E5 Taliban AFG []"));
  }

  @Test
  void apply_randomText_keepsInvariants() {
    Random random = new Random(7);
    String[] words = {
      "Moscow",
      "said",
      ".",
      "\n\n",
      "“",
      "”",
      "Tajikistan",
      "the",
      "Kremlin",
      "US",
      "U.S.",
      "Su-30SM",
      "201st",
      "military",
      "base",
      "(",
      ")",
      "CSTO",
      "Ministry",
      "of",
      "Defense",
      "Uzbek",
      "Russian",
      "President",
      "Sergei",
      "Shoigu",
      "'s",
      ",",
      "😀",
      "ب",
      "$",
      "40",
      "Collective",
      "Security",
      "Treaty",
      "Organization",
      "Mr.",
      "Kurbanov",
      "\u00A0",
      "Taliban"
    };
    for (int round = 0; round < 25; round++) {
      StringBuilder s = new StringBuilder("Start");
      for (int i = random.nextInt(150); i > 0; i--) {
        s.append(random.nextInt(4) == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
      }
      checkEntities(analyse(s.toString().strip()));
    }
  }

  @Test
  void apply_noText_givesNoEntities() {
    Article out = analyse("...");
    checkEntities(out);
    assertThat(out.annotations().entities()).isEmpty();
  }
}
