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
    String text = "He moved to Texas, tired of Canadian winters.";
    int texas = text.indexOf("Texas");
    int canadian = text.indexOf("Canadian");
    Article article = article(text, List.of(mention("Texas", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                entity("E1", "Texas", EntityType.LOCATION, new Span(texas, texas + 5)),
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
    String text = "The Walker County Fair Queen visited Huntsville, Texas.";
    int queen = text.indexOf("Walker");
    int huntsville = text.indexOf("Huntsville");
    int texas = text.indexOf("Texas");
    Article article =
        article(text, List.of(mention("Huntsville", "LOCATION"), mention("Texas", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(
                entity(
                    "E1",
                    "Walker County Fair Queen",
                    EntityType.OTHER,
                    new Span(queen, queen + "Walker County Fair Queen".length())),
                entity(
                    "E2", "Huntsville", EntityType.LOCATION, new Span(huntsville, huntsville + 10)),
                entity("E3", "Texas", EntityType.LOCATION, new Span(texas, texas + 5))));
    lastText = text;
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(only(places, "Walker County").gazetteerId()).contains("admin2:US.TX.471");
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
        "Avondale Mayor Ed Rieker backed the plan in Georgia. DuPage Sheriff John Zaruba agreed.";
    Article article =
        article(
            text,
            List.of(
                mention("Avondale", "ORGANIZATION"),
                mention("Ed Rieker", "PERSON"),
                mention("Georgia", "LOCATION"),
                mention("John Zaruba", "PERSON")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Avondale").country()).contains("USA");
    assertThat(only(places, "DuPage").gazetteerId())
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
    String text = "A Crafton man is suing a station in Pittsburgh.";
    Article article =
        article(text, List.of(mention("Crafton", "PERSON"), mention("Pittsburgh", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Crafton").latitude()).isBetween(40.3, 40.5);
  }

  @Test
  void apply_nameTakenForAPersonInAListOfPlaces_isAPlace() {
    String text = "Storms hit Dodge City, Hutchinson and Kingman in Kansas.";
    Article article =
        article(
            text,
            List.of(
                mention("Dodge City", "LOCATION"),
                mention("Hutchinson", "PERSON"),
                mention("Kingman", "LOCATION"),
                mention("Kansas", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Hutchinson").gazetteerId()).contains("geonames:4273299");
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
        only(resolve("A cow from a Washington state farm fell ill.", "Washington"), "Washington");
    assertThat(farm.gazetteerId()).contains("admin1:US.WA");
    Place of =
        only(resolve("It was found in the state of Washington.", "Washington"), "Washington");
    assertThat(of.gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_nameListedAmongStates_isTheState() {
    String text = "Cases were found in Utah, Virginia, Washington and Wyoming.";
    List<Place> places = resolve(text, "Utah", "Virginia", "Washington", "Wyoming");
    assertThat(only(places, "Washington").gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_townQualifiedByAState_isTheTownEvenWhenItsNameIsAState() {
    List<Place> places =
        resolve("He grew up in Washington, Pennsylvania.", "Washington", "Pennsylvania");
    Place town = only(places, "Washington");
    assertThat(town.gazetteerId().orElseThrow()).doesNotStartWith("admin1:");
    assertThat(town.latitude()).isBetween(39.5, 41.0);
  }

  @Test
  void apply_qualifierEndingTheSentence_stillQualifies() {
    List<Place> places =
        resolve(
            "A girl from Buffalo, New York. She died in Buffalo after visits to Springfield,"
                + " Missouri, and Joplin, Missouri.",
            "Buffalo",
            "New York",
            "Buffalo",
            "Springfield",
            "Missouri",
            "Joplin",
            "Missouri");
    assertThat(only(places, "Buffalo").latitude()).isBetween(42.5, 43.5);
  }

  @Test
  void apply_surnameOfAPersonTheRecogniserLeftUnlabelled_isNoPlace() {
    String text = "Maya Harden died in Buffalo, New York one morning. Harden was nine.";
    Article article = article(text, List.of(mention("Buffalo", "LOCATION")));
    Article withEntities =
        article.withEntities(
            List.of(entity("E1", "Maya Harden", EntityType.PERSON, new Span(0, 11))));
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).doesNotContain("Hardin", "Harden");
    assertThat(places).extracting(Place::name).contains("Buffalo");
  }

  @Test
  void apply_countyOnlyOneCountyBearsInsideAnOrganisation_settlesTheTown() {
    String text =
        "The city of Paris supports the tree project in Paris. Donations go to the Edgar County"
            + " Community Foundation.";
    Article article =
        article(
            text,
            List.of(
                mention("Paris", "LOCATION"),
                mention("Paris", "LOCATION"),
                mention("Edgar County Community Foundation", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Edgar County").country()).contains("USA");
    assertThat(only(places, "Paris").country()).contains("USA");
  }

  @Test
  void apply_stateAtTheHeadOfItsOwnBody_isThatState() {
    String text = "A spokesman for the Ohio Department of Development said the agency agreed.";
    Article article =
        article(text, List.of(mention("Ohio Department of Development", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Ohio").gazetteerId()).contains("admin1:US.OH");
  }

  @Test
  void apply_townAtTheHeadOfItsPoliceOrCouncil_isThatTown() {
    String text = "The Athens Police Department arrested a man. Oxford City Council met.";
    Article article =
        article(
            text,
            List.of(
                mention("Athens Police Department", "ORGANIZATION"),
                mention("Oxford City Council", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).contains("Athens", "Oxford");
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
        "She studied at the University of Kentucky College of Law. The Department of Justice"
            + " agreed.";
    Article article =
        article(
            text,
            List.of(
                mention("University of Kentucky College of Law", "ORGANIZATION"),
                mention("Department of Justice", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Kentucky").gazetteerId()).contains("admin1:US.KY");
    assertThat(places).extracting(Place::name).doesNotContain("Justice");
    Article toronto =
        article(
            "He studied at the University of Toronto in 1992.",
            List.of(mention("University of Toronto", "ORGANIZATION")));
    assertThat(only(resolver.apply(toronto, CONTEXT).annotations().places(), "Toronto").country())
        .contains("CAN");
  }

  @Test
  void apply_partOfACityTheGazetteerLacks_isTheCity() {
    List<Place> places =
        resolve(
            "Two men were shot in South Philadelphia. West Metro grew.",
            "South Philadelphia",
            "West Metro");
    assertThat(only(places, "South Philadelphia").gazetteerId()).contains("geonames:4560349");
    assertThat(places).extracting(Place::name).doesNotContain("Metro");
    List<Place> canada =
        resolve("Metro Vancouver banned it, British Columbia said.", "Metro Vancouver");
    assertThat(only(canada, "Metro Vancouver").country()).contains("CAN");
    // a name the gazetteer knows whole stays whole
    assertThat(
            only(resolve("Rain fell on North Carolina.", "North Carolina"), "North Carolina")
                .gazetteerId())
        .contains("admin1:US.NC");
  }

  @Test
  void apply_headOfAnOfPhraseInAnOrganisation_isNoPlace() {
    String text = "He was taken to the Hospital of the University of Pennsylvania in Philadelphia.";
    Article article =
        article(
            text,
            List.of(
                mention("University of Pennsylvania", "ORGANIZATION"),
                mention("Philadelphia", "LOCATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).doesNotContain("University");
    assertThat(only(places, "Pennsylvania").gazetteerId()).contains("admin1:US.PA");
  }

  @Test
  void apply_townNamedByItsPolice_makesItsResidentsAndLowerCasePoliceThatTownToo() {
    String text = "A DeKalb man was arrested, DeKalb Police said. Sycamore police found the car.";
    Article article = article(text, List.of(mention("DeKalb Police", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    Place dekalb = only(places, "DeKalb");
    assertThat(dekalb.mentions()).hasSize(2);
    assertThat(only(places, "Sycamore").country()).contains("USA");
  }

  @Test
  void apply_wordThatIsOnlyATownsAlternateName_isNoPlaceWithoutALabel() {
    List<Place> places =
        resolve("Passover recipes were shared at a market in Pittsburgh.", "Pittsburgh");
    assertThat(places).extracting(Place::name).containsExactly("Pittsburgh");
  }

  @Test
  void apply_stateBodyNamedByItsCountrysDemonym_placesTheCountryButACompanyDoesNot() {
    String text = "The Georgian Interior Ministry said so, and American Airlines agreed.";
    int georgian = text.indexOf("Georgian");
    int american = text.indexOf("American");
    Article article =
        article(
                text,
                List.of(
                    mention("Georgian Interior Ministry", "ORGANIZATION"),
                    mention("American Airlines", "ORGANIZATION")))
            .withEntities(
                List.of(
                    organisation(
                        "E1",
                        "Georgian Interior Ministry",
                        new Span(georgian, georgian + "Georgian Interior Ministry".length())),
                    organisation(
                        "E2",
                        "American Airlines",
                        new Span(american, american + "American Airlines".length()))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Georgia");
    assertThat(only(places, "Georgian").gazetteerId()).contains("iso3166:GEO");
  }

  @Test
  void apply_regionsDemonym_isTheRegionWhereTheDocumentIsAboutItsCountry() {
    List<Place> places =
        resolve(
            "Ohioans and Iowans met South Ossetian officials in Columbus, Ohio.",
            "Columbus",
            "Ohio");
    assertThat(only(places, "Ohioans").gazetteerId()).contains("admin1:US.OH");
    assertThat(only(places, "Iowans").gazetteerId()).contains("admin1:US.IA");
    // Gunma is a Japanese prefecture; this story is American
    List<Place> gunman = resolve("Gunman shot two people in Carthage, Texas.", "Carthage");
    assertThat(gunman).extracting(Place::name).doesNotContain("Gunma");
  }

  @Test
  void apply_abbreviatedStateBeforeALowerCaseNoun_isTheState() {
    List<Place> places = resolve("Missing Ill. man found. Ind. candidates and Miss. Smith spoke.");
    assertThat(places).extracting(Place::name).containsExactly("Illinois");
    List<Place> indiana = resolve("3 Ind. fugitives moved. Three escaped Indiana inmates left.");
    assertThat(only(indiana, "Ind.").gazetteerId()).contains("admin1:US.IN");
  }

  @Test
  void apply_nameBeforeGovernor_isTheState() {
    List<Place> places =
        resolve("North Dakota Governor John Hoeven said students would be forgiven.");
    assertThat(only(places, "North Dakota").gazetteerId()).contains("admin1:US.ND");
  }

  @Test
  void apply_townTheRecogniserTookForAnOrganisation_isAPlaceByItsContext() {
    String text = "WESTFIELD - A crash closed the road. The bill has support in Congress.";
    int congress = text.indexOf("Congress");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    organisation("E1", "WESTFIELD", new Span(0, 9)),
                    organisation("E2", "Congress", new Span(congress, congress + 8))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Westfield");
  }

  @Test
  void apply_unlabelledTownSharedByManyAfterIn_orAsALegislatorsHome_isAPlace() {
    List<Place> places =
        resolve(
            "The two were found in Hurricane, a Putnam County dispatcher in West Virginia said."
                + " Marty Seifert, R-Marshall, agreed.",
            "Putnam County",
            "West Virginia");
    assertThat(only(places, "Hurricane").country()).contains("USA");
    assertThat(only(places, "Marshall").country()).contains("USA");
    // "to" and "at" take people and things as often as places
    List<Place> hope =
        resolve("A grant went to Hope's Wings in Richmond, Virginia.", "Richmond", "Virginia");
    assertThat(hope).extracting(Place::name).doesNotContain("Hope");
  }

  @Test
  void apply_countyHeadingALongName_isACountyWhateverTheStorysCountry() {
    List<Place> places =
        resolve(
            "Call the Madison County Health Department Hotline or the Walker County Crimestoppers.");
    assertThat(only(places, "Madison County").gazetteerId().orElseThrow()).startsWith("admin2:US.");
    Article article =
        article(
            "Call the Walker County Crimestoppers today.",
            List.of(mention("Walker County Crimestoppers", "ORGANIZATION")));
    assertThat(
            only(resolver.apply(article, CONTEXT).annotations().places(), "Walker County")
                .gazetteerId()
                .orElseThrow())
        .startsWith("admin2:US.");
  }

  @Test
  void apply_stateAfterTheDirectionWordsOfAnOrganisation_isTheState() {
    Article article =
        article(
            "Sponsors are the South Central Tennessee Development District and others.",
            List.of(mention("South Central Tennessee Development District", "ORGANIZATION")));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(only(places, "Tennessee").gazetteerId()).contains("admin1:US.TN");
  }

  @Test
  void apply_townAsAMotoristsHome_isTheTownNotTheCountry() {
    List<Place> places =
        resolve("Family of Jordan motorcyclist finds him in a ditch near Shakopee.", "Shakopee");
    assertThat(only(places, "Jordan").country()).contains("USA");
  }

  @Test
  void apply_townLabelledMiscellany_isAPlaceByItsContextButAPeopleIsNot() {
    String text =
        "He has been mayor of Ozark twice. An Arab woman led the band in Arab culture week.";
    int ozark = text.indexOf("Ozark");
    int arab = text.indexOf("Arab");
    int arab2 = text.lastIndexOf("Arab");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity("E1", "Ozark", EntityType.OTHER, new Span(ozark, ozark + 5)),
                    new Entity(
                        "E2",
                        "Arab",
                        EntityType.OTHER,
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of(new Span(arab, arab + 4), new Span(arab2, arab2 + 4)))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactly("Ozark");
  }

  @Test
  void apply_countyAbbreviatedCo_isTheCounty() {
    List<Place> places = resolve("Loudon Co. man dies in wreck here.", "Loudon Co.");
    assertThat(only(places, "Loudon Co.").gazetteerId().orElseThrow()).startsWith("admin2:US.");
  }

  @Test
  void apply_twoPlacesJoinedByAHyphen_areBothPlacesButADoubleBarrelledNameIsNot() {
    String text = "The river crests in Fargo-Moorhead on Friday, Mary Webb-Lawton said.";
    int webb = text.indexOf("Mary");
    Article article =
        article(text, List.of())
            .withEntities(
                List.of(
                    entity(
                        "E1",
                        "Mary Webb-Lawton",
                        EntityType.PERSON,
                        new Span(webb, webb + "Mary Webb-Lawton".length()))));
    List<Place> places = resolver.apply(article, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).containsExactlyInAnyOrder("Fargo", "Moorhead");
  }

  @Test
  void apply_townTheRecogniserTookForAPerson_isAPlaceByItsContext() {
    String text = "James Tauber of Nelson was driving. Welch said Tauber is from Welch.";
    int nelson = text.indexOf("Nelson");
    int welch = text.indexOf("Welch");
    int welch2 = text.lastIndexOf("Welch");
    Article article = article(text, List.of());
    Article withEntities =
        article.withEntities(
            List.of(
                new Entity(
                    "E1",
                    "James Tauber",
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(
                        new Span(0, 12), new Span(text.indexOf("Tauber is"), text.indexOf(" is")))),
                entity("E2", "Nelson", EntityType.PERSON, new Span(nelson, nelson + 6)),
                new Entity(
                    "E3",
                    "Welch",
                    EntityType.PERSON,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Span(welch, welch + 5), new Span(welch2, welch2 + 5)))));
    List<Place> places = resolver.apply(withEntities, CONTEXT).annotations().places();
    assertThat(places).extracting(Place::name).contains("Nelson");
    // one who speaks is a person, wherever else the name appears
    assertThat(places).extracting(Place::name).doesNotContain("Welch");
  }

  @Test
  void apply_townAndTheCountyItLiesIn_areChosenTogether() {
    String text =
        "The burn ban for Walker County was lifted after a meeting with the Huntsville fire chief.";
    List<Place> places = resolve(text, "Walker County", "Huntsville");
    assertThat(only(places, "Huntsville").latitude()).isBetween(30.0, 31.5);
    assertThat(only(places, "Walker County").latitude()).isBetween(30.0, 31.5);
  }

  @Test
  void apply_namesListedBeforeCounties_areCounties() {
    String text = "Nebraska's three largest counties, Douglas, Lancaster and Sarpy counties, grew.";
    List<Place> places = resolve(text, "Nebraska", "Douglas", "Lancaster", "Sarpy");
    assertThat(only(places, "Lancaster").gazetteerId().orElseThrow()).startsWith("admin2:US.NE.");
    assertThat(only(places, "Sarpy").gazetteerId().orElseThrow()).startsWith("admin2:US.NE.");
    assertThat(only(places, "Douglas").gazetteerId().orElseThrow()).startsWith("admin2:US.NE.");
    List<Place> states = resolve("Rain fell on Washington and Oregon counties.", "Washington");
    assertThat(only(states, "Washington").gazetteerId()).contains("admin1:US.WA");
  }

  @Test
  void apply_shortFormOfARegionNoOneLabelled_isTheRegion() {
    List<Place> places = resolve("Horses in NSW and Queensland were infected.", "Queensland");
    assertThat(only(places, "NSW").gazetteerId()).contains("admin1:AU.02");
  }

  @Test
  void apply_countryNameAsTheHomeOfALocalBody_isTheTown() {
    List<Place> places =
        resolve(
            "Jordan Elementary School won a reward, the Shakopee mayor said.",
            "Jordan",
            "Shakopee");
    Place jordan = only(places, "Jordan");
    assertThat(jordan.country()).contains("USA");
    assertThat(only(resolve("Jordan closed its border.", "Jordan"), "Jordan").country())
        .contains("JOR");
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
        "HUNTINGTON, W.Va. -- Rep. Jim Smith, D-S.C., opened an office in D.C. and went to Ind.";
    List<Place> places = resolve(text);
    assertThat(only(places, "W.Va.").gazetteerId()).contains("admin1:US.WV");
    assertThat(only(places, "S.C.").gazetteerId()).contains("admin1:US.SC");
    assertThat(only(places, "D.C.").gazetteerId()).contains("admin1:US.DC");
    assertThat(only(places, "Ind.").gazetteerId()).contains("admin1:US.IN");
  }

  @Test
  void apply_dottedInitialsOfAOneWordState_areNoState() {
    List<Place> places = resolve("The L.A. port signed on for 25 trucks in N.Y. last week.");
    assertThat(places).extracting(Place::name).doesNotContain("Louisiana");
    assertThat(only(places, "N.Y.").gazetteerId()).contains("admin1:US.NY");
  }

  @Test
  void apply_abbreviationTheRecogniserLabelledALocation_isTheStateNotATownOfThatSpelling() {
    Place florida = only(resolve("ORLANDO, Fla. -- Rain fell.", "ORLANDO", "Fla."), "Fla.");
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
