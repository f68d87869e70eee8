package dev.pamir.nlp.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.geodata.CountryTable;
import dev.pamir.geodata.Gazetteer;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Layer;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Place;
import dev.pamir.model.Sentence;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import dev.pamir.testkit.ArticleInvariants;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resolution on hand-built articles: tokens tagged by capitalisation and the recogniser's mentions
 * written out, so no language model is loaded.
 */
class PlaceResolverTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.][\\p{L}]+)*\\.?|\\S");
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "at", "near", "from", "to", "of", "on", "with", "for");

  private static PlaceResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new PlaceResolver(Gazetteer.load(CountryTable.load()));
  }

  // ---- inline examples ----

  @Test
  void apply_moscowInACentralAsiaArticle_isRussiasCapital() {
    Place moscow =
        only(
            resolve(
                "Uzbek and Tajik officials met in Dushanbe. Moscow promised help to Tajikistan.",
                "Dushanbe",
                "Moscow",
                "Tajikistan"),
            "Moscow");
    assertThat(moscow.country()).contains("RUS");
    assertThat(moscow.gazetteerId()).contains("geonames:524901");
  }

  @Test
  void apply_washingtonInPoliticsNews_isTheCapitalNotTheState() {
    Place washington =
        only(
            resolve(
                "The Senate in Washington voted on the budget of the United States.",
                "Washington",
                "United States"),
            "Washington");
    assertThat(washington.latitude()).isBetween(38.8, 39.0);
    assertThat(washington.longitude()).isBetween(-77.1, -76.9);
  }

  @Test
  void apply_aStateNamedBesideAnotherState_isTheStateNotItsNamesakeTown() {
    List<Place> places =
        resolve(
            "Cases were confirmed in Pennsylvania, Missouri and California. Mexico reported none.",
            "Pennsylvania",
            "Missouri",
            "California",
            "Mexico");
    assertThat(only(places, "California").gazetteerId()).hasValue("admin1:US.CA");
    assertThat(only(places, "Mexico").gazetteerId()).hasValue("iso3166:MEX");
  }

  @Test
  void apply_aTownQualifiedByItsState_staysTheTown() {
    Place ontario =
        only(
            resolve("The fire hit Ontario, California, on Sunday.", "Ontario", "California"),
            "Ontario");
    assertThat(ontario.country()).hasValue("USA");
  }

  @Test
  void apply_parisWithTexasContext_isParisTexas() {
    Place paris =
        only(
            resolve(
                "The storm hit Paris, Texas, on Sunday. Dallas sent crews.",
                "Paris",
                "Texas",
                "Dallas"),
            "Paris");
    assertThat(paris.country()).contains("USA");
    assertThat(paris.latitude()).isBetween(33.5, 33.8);
  }

  @Test
  void apply_parisAlone_isTheFrenchCapital() {
    Place paris = only(resolve("Talks resume in Paris next week.", "Paris"), "Paris");
    assertThat(paris.country()).contains("FRA");
  }

  @Test
  void apply_country_isItsCentreWithAnIsoIdentifier() {
    Place tajikistan = only(resolve("Tajikistan closed its border.", "Tajikistan"), "Tajikistan");
    assertThat(tajikistan.gazetteerId()).contains("iso3166:TJK");
    assertThat(tajikistan.country()).contains("TJK");
    assertThat(tajikistan.latitude()).isBetween(37.0, 41.0);
  }

  @Test
  void apply_repeatedPlace_isOnePlaceWithEveryMentionSorted() {
    String text = "Troops left Dushanbe. In Dushanbe, crowds gathered. Dushanbe is calm.";
    List<Place> places = resolve(text, "Dushanbe", "Dushanbe", "Dushanbe");
    assertThat(places).hasSize(1);
    assertThat(places.get(0).mentions())
        .containsExactly(new Span(12, 20), new Span(25, 33), new Span(52, 60));
  }

  @Test
  void apply_alternateSpelling_resolvesToTheGazetteerName() {
    Place kushka = only(resolve("Turkmen guards patrol the Kushka region.", "Kushka"), "Kushka");
    assertThat(kushka.name()).isEqualTo("Serhetabat");
    assertThat(kushka.country()).contains("TKM");
  }

  @Test
  void apply_cityTheRecogniserMissedAfterAPreposition_isFound() {
    List<Place> places =
        resolve(
            "Uzbek soldiers arrived at the Termez training ground in Uzbekistan.", "Uzbekistan");
    assertThat(places).extracting(Place::name).contains("Tirmiz", "Uzbekistan");
  }

  @Test
  void apply_officeBeforeOf_isNotAPlace_evenWhenATownHasThatAlternateName() {
    List<Place> places =
        resolve(
            "Shoigu met the Minister of Defense in Bukhara, and the United States watched.",
            "Bukhara",
            "United States");
    assertThat(places).extracting(Place::name).doesNotContain("Minster");
  }

  @Test
  void apply_titleWordThatIsAlsoATown_isNotAPlace() {
    List<Place> places =
        resolve("The Defense Minister spoke in Washington about the United States.", "Washington");
    assertThat(places).extracting(Place::name).doesNotContain("Minster", "Minister");
  }

  @Test
  void apply_cityLabelledAnOrganisation_isAPlaceWhenWellKnown() {
    Article article =
        article(
            "Officials in Tashkent said Kabul had agreed.",
            List.of(mention("Tashkent", "ORGANIZATION"), mention("Kabul", "ORGANIZATION")));
    assertThat(resolver.apply(article, CONTEXT).annotations().places())
        .extracting(Place::name)
        .containsExactly("Tashkent", "Kabul");
  }

  @Test
  void apply_entityLayerPresent_resolvesLocationEntitiesOnly() {
    String text = "Jordan met officials in Jordan.";
    Article article =
        article(text, List.of(mention("Jordan", "PERSON"), mention("Jordan", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                new Entity(
                    "E1",
                    "Jordan",
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Span(0, 6))),
                new Entity(
                    "E2",
                    "Jordan",
                    EntityType.COUNTRY,
                    Optional.of("JOR"),
                    List.of(),
                    List.of(),
                    List.of(new Span(24, 30)))));
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(places).hasSize(1);
    assertThat(places.get(0).mentions()).containsExactly(new Span(24, 30));
    assertThat(places.get(0).country()).contains("JOR");
  }

  @Test
  void apply_demonymOfACountryEntity_isTheCountryNotATownOfThatName() {
    String text = "She retired to Arizona, weary of Canadian snow.";
    int arizona = text.indexOf("Arizona");
    int canadian = text.indexOf("Canadian");
    Article article = article(text, List.of(mention("Arizona", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                entity("E1", "Arizona", EntityType.LOCATION, new Span(arizona, arizona + 7)),
                new Entity(
                    "E2",
                    "Canada",
                    EntityType.COUNTRY,
                    Optional.of("CAN"),
                    List.of(),
                    List.of(),
                    List.of(new Span(canadian, canadian + 8)))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Canadian").gazetteerId()).contains("iso3166:CAN");
  }

  @Test
  void apply_countyAtTheHeadOfAnOtherEntity_isAPlace() {
    String text = "The Polk County Rodeo Queen visited Livingston, Texas.";
    int queen = text.indexOf("Polk");
    int livingston = text.indexOf("Livingston");
    int texas = text.indexOf("Texas");
    Article article =
        article(text, List.of(mention("Livingston", "LOCATION"), mention("Texas", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                entity(
                    "E1",
                    "Polk County Rodeo Queen",
                    EntityType.OTHER,
                    new Span(queen, queen + "Polk County Rodeo Queen".length())),
                entity(
                    "E2", "Livingston", EntityType.LOCATION, new Span(livingston, livingston + 10)),
                entity("E3", "Texas", EntityType.LOCATION, new Span(texas, texas + 5))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Polk County").gazetteerId()).contains("admin2:US.TX.373");
  }

  @Test
  void apply_countryEntityTypedAnOrganisation_isAPlace() {
    String text = "Doctors in the DRC asked the US Centers for Disease Control for help.";
    int drc = text.indexOf("DRC");
    int cdc = text.indexOf("US Centers");
    Article article = article(text, List.of());
    Article withEntities =
        article.withEntities(
            List.of(
                organisation("E1", "DRC", new Span(drc, drc + 3)),
                organisation(
                    "E2",
                    "US Centers for Disease Control",
                    new Span(cdc, cdc + "US Centers for Disease Control".length()))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "DRC").country()).contains("COD");
    assertThat(only(places, "US").country()).contains("USA");
  }

  @Test
  void apply_locationEntityNamedAfterACounty_placesTheCounty() {
    String text = "He was held in the Lafayette Parish Jail near Broussard, Louisiana.";
    int jail = text.indexOf("the Lafayette");
    int broussard = text.indexOf("Broussard");
    int louisiana = text.indexOf("Louisiana");
    Article withEntities =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity(
                        "E1",
                        "Lafayette Parish Jail",
                        EntityType.LOCATION,
                        new Span(jail, jail + "the Lafayette Parish Jail".length())),
                    entity(
                        "E2",
                        "Broussard",
                        EntityType.LOCATION,
                        new Span(broussard, broussard + "Broussard".length())),
                    entity(
                        "E3",
                        "Louisiana",
                        EntityType.LOCATION,
                        new Span(louisiana, louisiana + "Louisiana".length()))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Lafayette Parish").gazetteerId()).contains("admin2:US.LA.055");
  }

  @Test
  void apply_peopleEntity_stillStandsForItsCountry() {
    String text = "The Tajiks voted on Sunday.";
    int start = text.indexOf("Tajiks");
    Article withEntities =
        article(text, List.of())
            .withEntities(
                List.of(entity("E1", "Tajiks", EntityType.OTHER, new Span(start, start + 6))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Tajiks").country()).contains("TJK");
  }

  @Test
  void apply_organisationEndingInOfAState_placesTheState() {
    String text = "She studies at the University of Tennessee and the Bank of Springfield.";
    int university = text.indexOf("the University");
    int bank = text.indexOf("the Bank");
    Article withEntities =
        article(text, List.of())
            .withEntities(
                List.of(
                    organisation(
                        "E1",
                        "University of Tennessee",
                        new Span(university, university + "the University of Tennessee".length())),
                    organisation(
                        "E2",
                        "Bank of Springfield",
                        new Span(bank, bank + "the Bank of Springfield".length()))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Tennessee").gazetteerId()).contains("admin1:US.TN");
    assertThat(places).extracting(Place::name).doesNotContain("Springfield");
  }

  private static Entity organisation(String id, String name, Span span) {
    return entity(id, name, EntityType.ORGANIZATION, span);
  }

  private static Entity entity(String id, String name, EntityType type, Span span) {
    return new Entity(id, name, type, Optional.empty(), List.of(), List.of(), List.of(span));
  }

  @Test
  void apply_facilityEntityNamedAfterATown_placesTheTown() {
    String text = "Soldiers arrived at the Termez training ground in Uzbekistan.";
    int start = text.indexOf("the Termez");
    Article article = article(text, List.of(mention("Uzbekistan", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                new Entity(
                    "E1",
                    "Termez training ground",
                    EntityType.FACILITY,
                    Optional.of("UZB"),
                    List.of(),
                    List.of(),
                    List.of(new Span(start, start + "the Termez training ground".length()))),
                new Entity(
                    "E2",
                    "Uzbekistan",
                    EntityType.COUNTRY,
                    Optional.of("UZB"),
                    List.of(),
                    List.of(),
                    List.of(
                        new Span(text.indexOf("Uzbekistan"), text.indexOf("Uzbekistan") + 10)))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    Place termez = only(places, "Termez");
    assertThat(termez.country()).contains("UZB");
    assertThat(termez.mentions())
        .containsExactly(new Span(start + 4, start + 4 + "Termez".length()));
  }

  @Test
  void apply_townBeforeALocalOffice_isAPlaceWhateverTheRecogniserSaid() {
    String text =
        "Roswell Mayor Dana Whitcomb backed the plan in Georgia. Ogle Sheriff Ray Tillman agreed.";
    Article article =
        article(
            text,
            List.of(
                mention("Roswell", "ORGANIZATION"),
                mention("Dana Whitcomb", "PERSON"),
                mention("Georgia", "LOCATION"),
                mention("Ray Tillman", "PERSON")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Roswell").country()).contains("USA");
    assertThat(only(places, "Ogle").gazetteerId())
        .hasValueSatisfying(id -> assertThat(id).startsWith("admin2:US.IL"));
  }

  @Test
  void apply_officeTitleAlone_namesNoPlace() {
    List<Place> places =
        resolve("Deputy Mayor Jane Doe and the Police Commissioner spoke in Texas.", "Texas");
    assertThat(places).extracting(Place::name).containsExactly("Texas");
  }

  @Test
  void apply_townBeforeAResidentNoun_isAPlace() {
    String text = "A Carnegie woman is suing a car dealer in Pittsburgh.";
    Article article =
        article(text, List.of(mention("Carnegie", "PERSON"), mention("Pittsburgh", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Carnegie").latitude()).isBetween(40.3, 40.5);
  }

  @Test
  void apply_nameTakenForAPersonInAListOfPlaces_isAPlace() {
    String text = "Hail struck Salina, Newton and Emporia in Kansas.";
    Article article =
        article(
            text,
            List.of(
                mention("Salina", "LOCATION"),
                mention("Newton", "PERSON"),
                mention("Emporia", "LOCATION"),
                mention("Kansas", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Newton").gazetteerId()).contains("geonames:4276248");
  }

  @Test
  void apply_personBesideADemonym_isNoListOfPlaces() {
    List<Place> places = resolve("Western and American officials met Madison in Kansas.", "Kansas");
    assertThat(places).extracting(Place::name).doesNotContain("Western", "Madison");
  }

  @Test
  void apply_unitNamedAfterAState_placesTheStateButNotADirection() {
    String text = "The Kentucky National Guard and the Central Military District trained.";
    int guard = text.indexOf("Kentucky");
    int district = text.indexOf("Central");
    Article withEntities =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity(
                        "E1",
                        "Kentucky National Guard",
                        EntityType.MILITARY_UNIT,
                        new Span(guard, guard + "Kentucky National Guard".length())),
                    entity(
                        "E2",
                        "Central Military District",
                        EntityType.MILITARY_UNIT,
                        new Span(district, district + "Central Military District".length()))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Kentucky").gazetteerId()).contains("admin1:US.KY");
    assertThat(places).extracting(Place::name).containsExactly("Kentucky");
  }

  @Test
  void apply_directionWordsAlone_areNoPlaces() {
    List<Place> places =
        resolve(
            "Leaders of the Central Asian states met Western envoys in Tashkent.",
            "Central",
            "Western",
            "Tashkent");
    assertThat(places).extracting(Place::name).containsExactly("Tashkent");
  }

  @Test
  void apply_regionTheAdministrativeTablesLack_isAFeature() {
    List<Place> places =
        resolve(
            "Fighting spread in Darfur and ships sailed into the Black Sea on Monday.", "Darfur");
    assertThat(only(places, "Darfur").gazetteerId()).contains("feature:darfur");
    assertThat(only(places, "Darfur").country()).contains("SDN");
    assertThat(only(places, "Black Sea").gazetteerId()).contains("feature:black-sea");
  }

  @Test
  void apply_nameWrittenAsAState_isTheStateNotTheCapital() {
    Place farm =
        only(
            resolve("A Washington state orchard recalled its apples.", "Washington"), "Washington");
    assertThat(farm.gazetteerId()).contains("admin1:US.WA");
    Place of =
        only(
            resolve("The moth lives only in the state of Washington.", "Washington"), "Washington");
    assertThat(of.gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_nameListedAmongStates_isTheState() {
    String text = "Drought was declared in Idaho, Oregon, Washington and Montana.";
    List<Place> places = resolve(text, "Idaho", "Oregon", "Washington", "Montana");
    assertThat(only(places, "Washington").gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_townQualifiedByAState_isTheTownEvenWhenItsNameIsAState() {
    List<Place> places =
        resolve("She was raised in Washington, Pennsylvania.", "Washington", "Pennsylvania");
    Place town = only(places, "Washington");
    assertThat(town.gazetteerId().orElseThrow()).doesNotStartWith("admin1:");
    assertThat(town.latitude()).isBetween(39.5, 41.0);
  }

  @Test
  void apply_qualifierEndingTheSentence_stillQualifies() {
    List<Place> places =
        resolve(
            "A nurse from Columbia, Missouri. She settled in Columbia after jobs in Charleston,"
                + " South Carolina, and Greenville, South Carolina.",
            "Columbia",
            "Missouri",
            "Columbia",
            "Charleston",
            "South Carolina",
            "Greenville",
            "South Carolina");
    assertThat(only(places, "Columbia").latitude()).isBetween(38.5, 39.5);
  }

  @Test
  void apply_surnameOfAPersonTheRecogniserLeftUnlabelled_isNoPlace() {
    String text = "Lena Ames fell ill in Albany, New York one evening. Ames was seven.";
    Article article = article(text, List.of(mention("Albany", "LOCATION")));
    Article withEntities =
        article.withEntities(List.of(entity("E1", "Lena Ames", EntityType.PERSON, new Span(0, 9))));
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).doesNotContain("Ames");
    assertThat(places).extracting(Place::name).contains("Albany");
  }

  @Test
  void apply_countyOnlyOneCountyBearsInsideAnOrganisation_settlesTheTown() {
    String text =
        "The city of Moscow backs the mural project in Moscow. Gifts go to the Latah County Arts"
            + " Trust.";
    Article article =
        article(
            text,
            List.of(
                mention("Moscow", "LOCATION"),
                mention("Moscow", "LOCATION"),
                mention("Latah County Arts Trust", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Latah County").country()).contains("USA");
    assertThat(only(places, "Moscow").country()).contains("USA");
  }

  @Test
  void apply_stateAtTheHeadOfItsOwnBody_isThatState() {
    String text = "An official of the Oregon Department of Forestry said the fire was contained.";
    Article article =
        article(text, List.of(mention("Oregon Department of Forestry", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Oregon").gazetteerId()).contains("admin1:US.OR");
  }

  @Test
  void apply_townAtTheHeadOfItsPoliceOrCouncil_isThatTown() {
    String text = "The Salem Police Department towed a van. Dover City Council adjourned.";
    Article article =
        article(
            text,
            List.of(
                mention("Salem Police Department", "ORGANIZATION"),
                mention("Dover City Council", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).contains("Salem", "Dover");
    // a school is not enough: it may be named after a president
    Article school =
        article(
            "Lincoln High School won the game.",
            List.of(mention("Lincoln High School", "ORGANIZATION")));
    assertThat(resolver.apply(school, CONTEXT).annotations().places()).isEmpty();
  }

  @Test
  void apply_townAfterOfInsideALongerName_isTakenWhenAUniversityIsNamedAfterIt() {
    String text =
        "He enrolled at the University of Idaho College of Law. The Department of Commerce"
            + " objected.";
    Article article =
        article(
            text,
            List.of(
                mention("University of Idaho College of Law", "ORGANIZATION"),
                mention("Department of Commerce", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Idaho").gazetteerId()).contains("admin1:US.ID");
    assertThat(places).extracting(Place::name).doesNotContain("Commerce");
    Article winnipeg =
        article(
            "She lectured at the University of Winnipeg until 2004.",
            List.of(mention("University of Winnipeg", "ORGANIZATION")));
    assertThat(only(resolver.apply(winnipeg, CONTEXT).annotations().places(), "Winnipeg").country())
        .contains("CAN");
  }

  @Test
  void apply_partOfACityTheGazetteerLacks_isTheCity() {
    List<Place> places =
        resolve(
            "A bakery was robbed in North Houston. East Metro shrank.",
            "North Houston",
            "East Metro");
    assertThat(only(places, "North Houston").gazetteerId()).contains("geonames:4699066");
    assertThat(places).extracting(Place::name).doesNotContain("Metro");
    List<Place> canada =
        resolve("Greater Victoria restricted it, British Columbia said.", "Greater Victoria");
    assertThat(only(canada, "Greater Victoria").country()).contains("CAN");
    // a name the gazetteer knows whole stays whole
    assertThat(
            only(resolve("Rain fell on North Carolina.", "North Carolina"), "North Carolina")
                .gazetteerId())
        .contains("admin1:US.NC");
  }

  @Test
  void apply_headOfAnOfPhraseInAnOrganisation_isNoPlace() {
    String text =
        "She was moved to the Cancer Center of the University of Virginia in Charlottesville.";
    Article article =
        article(
            text,
            List.of(
                mention("University of Virginia", "ORGANIZATION"),
                mention("Charlottesville", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).doesNotContain("University");
    assertThat(only(places, "Virginia").gazetteerId()).contains("admin1:US.VA");
  }

  @Test
  void apply_townNamedByItsPolice_makesItsResidentsAndLowerCasePoliceThatTownToo() {
    String text =
        "A Yorkville woman was detained, Yorkville Police said. Plainfield police towed the van.";
    Article article = article(text, List.of(mention("Yorkville Police", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    Place yorkville = only(places, "Yorkville");
    assertThat(yorkville.mentions()).hasSize(2);
    assertThat(only(places, "Plainfield").country()).contains("USA");
  }

  @Test
  void apply_wordThatIsOnlyATownsAlternateName_isNoPlaceWithoutALabel() {
    List<Place> places = resolve("Pentecost hymns were sung at a chapel in Scranton.", "Scranton");
    assertThat(places).extracting(Place::name).containsExactly("Scranton");
  }

  @Test
  void apply_stateBodyNamedByItsCountrysDemonym_placesTheCountryButACompanyDoesNot() {
    String text = "The Georgian Defence Ministry objected, and American Express declined.";
    int georgian = text.indexOf("Georgian");
    int american = text.indexOf("American");
    Article article =
        article(
                text,
                List.of(
                    mention("Georgian Defence Ministry", "ORGANIZATION"),
                    mention("American Express", "ORGANIZATION")))
            .withEntities(
                List.of(
                    organisation(
                        "E1",
                        "Georgian Defence Ministry",
                        new Span(georgian, georgian + "Georgian Defence Ministry".length())),
                    organisation(
                        "E2",
                        "American Express",
                        new Span(american, american + "American Express".length()))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Georgia");
    assertThat(only(places, "Georgian").gazetteerId()).contains("iso3166:GEO");
  }

  @Test
  void apply_regionsDemonym_isTheRegionWhereTheDocumentIsAboutItsCountry() {
    List<Place> places =
        resolve(
            "Ohioans and Iowans hosted South Ossetian delegates in Dayton, Ohio.",
            "Dayton",
            "Ohio");
    assertThat(only(places, "Ohioans").gazetteerId()).contains("admin1:US.OH");
    assertThat(only(places, "Iowans").gazetteerId()).contains("admin1:US.IA");
    // Gunma is a Japanese prefecture; this story is American
    List<Place> gunman = resolve("Gunman opened fire at a bar in Tyler, Texas.", "Tyler");
    assertThat(gunman).extracting(Place::name).doesNotContain("Gunma");
  }

  @Test
  void apply_abbreviatedStateBeforeALowerCaseNoun_isTheState() {
    List<Place> places =
        resolve("Injured Ill. hiker rescued. Ind. candidates and Miss. Smith spoke.");
    assertThat(places).extracting(Place::name).containsExactly("Illinois");
    List<Place> indiana =
        resolve("2 Ind. teens charged. Two Indiana teens were charged with theft.");
    assertThat(only(indiana, "Ind.").gazetteerId()).contains("admin1:US.IN");
  }

  @Test
  void apply_nameBeforeGovernor_isTheState() {
    List<Place> places =
        resolve("South Dakota Governor Ellen Marsh said the highway would reopen.");
    assertThat(only(places, "South Dakota").gazetteerId()).contains("admin1:US.SD");
  }

  @Test
  void apply_townTheRecogniserTookForAnOrganisation_isAPlaceByItsContext() {
    String text = "GREENFIELD - A water main broke downtown. The bill has support in Congress.";
    int congress = text.indexOf("Congress");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    organisation("E1", "GREENFIELD", new Span(0, 10)),
                    organisation("E2", "Congress", new Span(congress, congress + 8))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Greenfield");
  }

  @Test
  void apply_unlabelledTownSharedByManyAfterIn_orAsALegislatorsHome_isAPlace() {
    List<Place> places =
        resolve(
            "The hikers turned up in Liberty, a Clay County deputy in Missouri said."
                + " Dana Pruitt, R-Mankato, objected.",
            "Clay County",
            "Missouri");
    assertThat(only(places, "Liberty").country()).contains("USA");
    assertThat(only(places, "Mankato").country()).contains("USA");
    // "to" and "at" take people and things as often as places
    List<Place> grace =
        resolve("A grant went to Grace's Kitchen in Norfolk, Virginia.", "Norfolk", "Virginia");
    assertThat(grace).extracting(Place::name).doesNotContain("Grace");
  }

  @Test
  void apply_countyHeadingALongName_isACountyWhateverTheStorysCountry() {
    List<Place> places =
        resolve(
            "Phone the Clark County Public Health Office Hotline or the Marion County Tip Line.");
    assertThat(only(places, "Clark County").gazetteerId().orElseThrow()).startsWith("admin2:US.");
    Article article =
        article(
            "Phone the Marion County Tip Line tonight.",
            List.of(mention("Marion County Tip Line", "ORGANIZATION")));
    assertThat(
            only(resolver.apply(article, CONTEXT).annotations().places(), "Marion County")
                .gazetteerId()
                .orElseThrow())
        .startsWith("admin2:US.");
  }

  @Test
  void apply_stateAfterTheDirectionWordsOfAnOrganisation_isTheState() {
    Article article =
        article(
            "Backers include the North Central Iowa Housing Council and two banks.",
            List.of(mention("North Central Iowa Housing Council", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Iowa").gazetteerId()).contains("admin1:US.IA");
  }

  @Test
  void apply_townAsAMotoristsHome_isTheTownNotTheCountry() {
    List<Place> places =
        resolve("Peru teen treated for burns after a barn fire near Kokomo.", "Kokomo");
    assertThat(only(places, "Peru").country()).contains("USA");
  }

  @Test
  void apply_townLabelledMiscellany_isAPlaceByItsContextButAPeopleIsNot() {
    String text =
        "She served two terms as mayor of Eufaula. A Cherokee woman led the dancers in Cherokee"
            + " heritage week.";
    int eufaula = text.indexOf("Eufaula");
    int cherokee = text.indexOf("Cherokee");
    int cherokee2 = text.lastIndexOf("Cherokee");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity("E1", "Eufaula", EntityType.OTHER, new Span(eufaula, eufaula + 7)),
                    new Entity(
                        "E2",
                        "Cherokee",
                        EntityType.OTHER,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(
                            new Span(cherokee, cherokee + 8),
                            new Span(cherokee2, cherokee2 + 8)))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Eufaula");
  }

  @Test
  void apply_countyAbbreviatedCo_isTheCounty() {
    List<Place> places = resolve("Greene Co. woman hurt in tractor rollover.", "Greene Co.");
    assertThat(only(places, "Greene Co.").gazetteerId().orElseThrow()).startsWith("admin2:US.");
  }

  @Test
  void apply_twoPlacesJoinedByAHyphen_areBothPlacesButADoubleBarrelledNameIsNot() {
    String text = "The ice storm reaches Champaign-Urbana on Sunday, Ruth Denton-Carver warned.";
    int ruth = text.indexOf("Ruth");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity(
                        "E1",
                        "Ruth Denton-Carver",
                        EntityType.PERSON,
                        new Span(ruth, ruth + "Ruth Denton-Carver".length()))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactlyInAnyOrder("Champaign", "Urbana");
  }

  @Test
  void apply_townTheRecogniserTookForAPerson_isAPlaceByItsContext() {
    String text = "Peter Lund of Sheridan was at the wheel. Colby said Lund is from Colby.";
    int sheridan = text.indexOf("Sheridan");
    int colby = text.indexOf("Colby");
    int colby2 = text.lastIndexOf("Colby");
    Article article = article(text, List.of());
    Article withEntities =
        article.withEntities(
            List.of(
                new Entity(
                    "E1",
                    "Peter Lund",
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(
                        new Span(0, 10), new Span(text.indexOf("Lund is"), text.indexOf(" is")))),
                entity("E2", "Sheridan", EntityType.PERSON, new Span(sheridan, sheridan + 8)),
                new Entity(
                    "E3",
                    "Colby",
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Span(colby, colby + 5), new Span(colby2, colby2 + 5)))));
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).contains("Sheridan");
    // one who speaks is a person, wherever else the name appears
    assertThat(places).extracting(Place::name).doesNotContain("Colby");
  }

  @Test
  void apply_townAndTheCountyItLiesIn_areChosenTogether() {
    String text =
        "Henderson County extended its ban on outdoor burning at the request of the Athens fire"
            + " marshal.";
    List<Place> places = resolve(text, "Henderson County", "Athens");
    assertThat(only(places, "Athens").latitude()).isBetween(31.5, 33.0);
    assertThat(only(places, "Henderson County").latitude()).isBetween(31.5, 33.0);
  }

  @Test
  void apply_namesListedBeforeCounties_areCounties() {
    String text = "Kansas's busiest counties, Butler, Reno and Sedgwick counties, added jobs.";
    List<Place> places = resolve(text, "Kansas", "Butler", "Reno", "Sedgwick");
    assertThat(only(places, "Butler").gazetteerId().orElseThrow()).startsWith("admin2:US.KS.");
    assertThat(only(places, "Reno").gazetteerId().orElseThrow()).startsWith("admin2:US.KS.");
    assertThat(only(places, "Sedgwick").gazetteerId().orElseThrow()).startsWith("admin2:US.KS.");
    List<Place> states = resolve("Rain fell on Washington and Oregon counties.", "Washington");
    assertThat(only(states, "Washington").gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_shortFormOfARegionNoOneLabelled_isTheRegion() {
    List<Place> places = resolve("Frost in NSW and Queensland damaged the wheat.", "Queensland");
    assertThat(only(places, "NSW").gazetteerId()).contains("admin1:AU.02");
  }

  @Test
  void apply_countryNameAsTheHomeOfALocalBody_isTheTown() {
    List<Place> places =
        resolve(
            "Mexico Middle School won a science prize, the Fulton mayor said.", "Mexico", "Fulton");
    Place mexico = only(places, "Mexico");
    assertThat(mexico.country()).contains("USA");
    assertThat(only(resolve("Mexico closed its border.", "Mexico"), "Mexico").country())
        .contains("MEX");
  }

  @Test
  void apply_partOfAHyphenatedRegion_isTheWholeRegion() {
    List<Place> places =
        resolve("Cases rose in KwaZulu-Natal and in Saxony-Anhalt.", "Natal", "Saxony");
    assertThat(only(places, "KwaZulu-Natal").gazetteerId()).contains("admin1:ZA.02");
    assertThat(only(places, "Saxony-Anhalt").gazetteerId()).contains("admin1:DE.14");
  }

  @Test
  void apply_featureNameWithoutAPlaceWordBefore_isNoPlace() {
    List<Place> places = resolve("Java developers met in Moscow.", "Moscow");
    assertThat(places).extracting(Place::name).containsExactly("Moscow");
  }

  @Test
  void apply_stateAbbreviationsAlone_areTheirStates() {
    String text =
        "BECKLEY, W.Va. -- Rep. Ann Cole, D-S.C., rented an office in D.C. and flew to Ind.";
    List<Place> places = resolve(text);
    assertThat(only(places, "W.Va.").gazetteerId()).contains("admin1:US.WV");
    assertThat(only(places, "S.C.").gazetteerId()).contains("admin1:US.SC");
    assertThat(only(places, "D.C.").gazetteerId()).contains("admin1:US.DC");
    assertThat(only(places, "Ind.").gazetteerId()).contains("admin1:US.IN");
  }

  @Test
  void apply_dottedInitialsOfAOneWordState_areNoState() {
    List<Place> places = resolve("The L.A. transit agency ordered 40 buses in N.Y. last month.");
    assertThat(places).extracting(Place::name).doesNotContain("Louisiana");
    assertThat(only(places, "N.Y.").gazetteerId()).contains("admin1:US.NY");
  }

  @Test
  void apply_abbreviationTheRecogniserLabelledALocation_isTheStateNotATownOfThatSpelling() {
    Place florida = only(resolve("OCALA, Fla. -- Hail fell.", "OCALA", "Fla."), "Fla.");
    assertThat(florida.gazetteerId()).contains("admin1:US.FL");
  }

  @Test
  void apply_nameThatIsAlsoAForeignCitysOldName_isTheTownOfThatName() {
    Place augusta = only(resolve("The fair opened in Augusta.", "Augusta"), "Augusta");
    assertThat(augusta.country()).contains("USA");
  }

  @Test
  void apply_stateWithItsCityNamed_isTheStateNotATownWithItsNameAsAnAlias() {
    Place minnesota =
        only(
            resolve("Snow fell on Minneapolis and across Minnesota.", "Minneapolis", "Minnesota"),
            "Minnesota");
    assertThat(minnesota.gazetteerId()).contains("admin1:US.MN");
  }

  @Test
  void apply_datelineTheRecogniserLeftUnlabelled_isAPlace() {
    List<Place> places = resolve("Council votes on loan. DUSHANBE \u2014 The council met today.");
    assertThat(only(places, "DUSHANBE").country()).contains("TJK");
  }

  @Test
  void apply_capitalsWithoutADash_areNoDateline() {
    assertThat(resolve("Council votes on loan. DUSHANBE The council met today.")).isEmpty();
  }

  @Test
  void apply_oneWordAbbreviationWithoutAPlaceBefore_isNotAState() {
    List<Place> places = resolve("Miss. Smith and Ind. candidates spoke.");
    assertThat(places).isEmpty();
  }

  @Test
  void apply_nothingLooksLikeAPlace_isEmptyButProducesTheLayer() {
    Article out = resolver.apply(article("It rained.", List.of()), CONTEXT);
    assertThat(out.layers()).contains(Layer.PLACES);
    assertThat(out.annotations().places()).isEmpty();
  }

  // ---- golden: short texts written for these tests ----

  /** Demonyms stand for their country; a town the recogniser missed is found after "to". */
  @Test
  void apply_golden_centralAsia() {
    String text =
        "Russian and Tajik troops held drills near Bokhtar, south of Dushanbe. Later they moved to"
            + " Termez in Uzbekistan, across the river from Afghanistan, before flying to Moscow.";
    assertThat(
            render(
                text, resolve(text, "Bokhtar", "Dushanbe", "Uzbekistan", "Afghanistan", "Moscow")))
        .isEqualTo(
            """
            [0,7) "Russian" -> Russia (60.000,100.000) RUS iso3166:RUS
            [12,17) "Tajik" -> Tajikistan (39.000,71.000) TJK iso3166:TJK
            [42,49) "Bokhtar" -> Bokhtar (37.837,68.778) TJK geonames:1220747
            [60,68) "Dushanbe" -> Dushanbe (38.536,68.779) TJK geonames:1221874
            [90,96) "Termez" -> Tirmiz (37.224,67.278) UZB geonames:1215957
            [100,110) "Uzbekistan" -> Uzbekistan (41.000,64.000) UZB iso3166:UZB
            [134,145) "Afghanistan" -> Afghanistan (33.000,65.000) AFG iso3166:AFG
            [164,170) "Moscow" -> Moscow (55.752,37.616) RUS geonames:524901
            """);
  }

  @Test
  void apply_golden_localUsNews() {
    String text =
        "Heavy rain flooded roads near Lafayette on Friday. Crews from Broussard and Lafayette"
            + " Parish cleared drains, the Louisiana transport office said.";
    assertThat(
            render(text, resolve(text, "Lafayette", "Broussard", "Lafayette Parish", "Louisiana")))
        .isEqualTo(
            """
            [30,39) "Lafayette" -> Lafayette (30.224,-92.020) USA geonames:4330145
            [62,71) "Broussard" -> Broussard (30.147,-91.961) USA geonames:4317985
            [76,92) "Lafayette Parish" -> Lafayette Parish (30.208,-92.073) USA admin2:US.LA.055
            [113,122) "Louisiana" -> Louisiana (31.171,-91.833) USA admin1:US.LA
            """);
  }

  // ---- random input through the shared invariants ----

  @Test
  void apply_randomText_keepsInvariants() {
    Random random = new Random(7);
    String[] words = {
      "Moscow",
      "Paris",
      "Texas",
      "in",
      "near",
      "the",
      "Minister",
      "Washington",
      ",",
      ".",
      "\n\n",
      "Georgia",
      "Jordan",
      "😀",
      "ب",
      "Springfield",
      "County",
      "Kushka",
      "north",
      "Termez"
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder("Start");
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        text.append(' ').append(words[random.nextInt(words.length)]);
      }
      String s = text.toString().strip();
      List<NamedMention> mentions = new ArrayList<>();
      Matcher m = WORD.matcher(s);
      while (m.find()) {
        if (Character.isUpperCase(m.group().codePointAt(0)) && random.nextInt(3) > 0) {
          String label =
              List.of("LOCATION", "ORGANIZATION", "PERSON", "MISC").get(random.nextInt(4));
          mentions.add(new NamedMention(new Span(m.start(), m.end()), label, Optional.empty()));
        }
      }
      Article out = resolver.apply(article(s, mentions), CONTEXT);
      ArticleInvariants.check(out);
      checkPlaces(out);
    }
  }

  /** Spans in bounds and sorted, one mention in one place only, points on Earth. */
  private static void checkPlaces(Article article) {
    List<Span> all = new ArrayList<>();
    for (Place place : article.annotations().places()) {
      assertThat(place.mentions()).isNotEmpty().isSorted();
      assertThat(place.latitude()).isBetween(-90.0, 90.0);
      assertThat(place.longitude()).isBetween(-180.0, 180.0);
      for (Span span : place.mentions()) {
        assertThat(span.fitsIn(article.text().length())).isTrue();
        all.add(span);
      }
    }
    assertThat(all).doesNotHaveDuplicates();
  }

  // ---- helpers ----

  private static String render(String text, List<Place> places) {
    record Line(Span span, Place place) {}
    List<Line> lines = new ArrayList<>();
    places.forEach(p -> p.mentions().forEach(s -> lines.add(new Line(s, p))));
    lines.sort((a, b) -> a.span().compareTo(b.span()));
    return lines.stream()
        .map(
            l ->
                String.format(
                    Locale.ROOT,
                    "%s \"%s\" -> %s (%.3f,%.3f) %s %s%n",
                    l.span(),
                    l.span().of(text),
                    l.place().name(),
                    l.place().latitude(),
                    l.place().longitude(),
                    l.place().country().orElse("-"),
                    l.place().gazetteerId().orElse("-")))
        .collect(Collectors.joining());
  }

  /** The place one of whose mentions reads {@code surface} in the last text resolved. */
  private static Place only(List<Place> places, String surface) {
    return places.stream()
        .filter(p -> p.mentions().stream().anyMatch(s -> s.of(lastText).equals(surface)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no place for " + surface + " in " + places));
  }

  private static String lastText = "";

  /** The places of {@code text} where each of {@code locations}, in order, is a LOCATION. */
  private static List<Place> resolve(String text, String... locations) {
    List<NamedMention> mentions = new ArrayList<>();
    int from = 0;
    for (String location : locations) {
      int start = text.indexOf(location, from);
      if (start < 0) {
        throw new IllegalArgumentException(location + " is not in the text after " + from);
      }
      mentions.add(
          new NamedMention(
              new Span(start, start + location.length()), "LOCATION", Optional.empty()));
      from = start + location.length();
    }
    lastText = text;
    return resolver.apply(article(text, mentions), CONTEXT).annotations().places();
  }

  private static Mention mention(String text, String label) {
    return new Mention(text, label);
  }

  private record Mention(String text, String label) {}

  private static Article article(String text, List<?> mentionsOrSpecs) {
    List<NamedMention> mentions = new ArrayList<>();
    int from = 0;
    for (Object o : mentionsOrSpecs) {
      if (o instanceof NamedMention nm) {
        mentions.add(nm);
      } else if (o instanceof Mention spec) {
        int start = text.indexOf(spec.text(), from);
        mentions.add(
            new NamedMention(
                new Span(start, start + spec.text().length()), spec.label(), Optional.empty()));
        from = start + spec.text().length();
      }
    }
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      String tag =
          PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT))
              ? "IN"
              : Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(new Span(m.start(), m.end()), word, word, tag, "O"));
    }
    List<Sentence> sentences = List.of(new Sentence(new Span(0, text.length()), 0, tokens.size()));
    lastText = text;
    return Article.cleaned("a", SourceRef.ofFile("a.txt"), ArticleMetadata.EMPTY, text, List.of())
        .withTokens(tokens, sentences, mentions);
  }
}
