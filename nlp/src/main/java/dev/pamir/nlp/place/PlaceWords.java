package dev.pamir.nlp.place;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * PlaceWords are the closed word lists the {@link ToponymFinder} reads a place's context by:
 * locative prepositions, words that name no one place, local offices and bodies named after the
 * place they serve, residents, and the Associated Press abbreviations of the US states. All lower
 * case. Written by hand for Pamir.
 */
final class PlaceWords {

  private PlaceWords() {}

  /** Prepositions after which a capitalised name is most likely a place. */
  static final Set<String> LOCATIVES =
      Set.of(
          "in",
          "at",
          "near",
          "from",
          "to",
          "outside",
          "across",
          "toward",
          "towards",
          "into",
          "via",
          "around",
          "through",
          "throughout",
          "between",
          "inside",
          "within");

  /**
   * Words that, after a country's name or demonym, make an organisation that country's state body:
   * "Kenyan Interior Ministry", "Lebanese Army", "Palestinian Authority", "Russian Foreign
   * Ministry".
   */
  static final Set<String> GOVERNMENT_BODIES =
      Set.of(
          "ministry",
          "government",
          "army",
          "navy",
          "air",
          "armed",
          "military",
          "police",
          "border",
          "authority",
          "parliament",
          "cabinet",
          "embassy",
          "foreign",
          "interior",
          "defense",
          "defence",
          "security",
          "coast",
          "national",
          "state",
          "supreme",
          "central",
          "presidential");

  /** The eight points of the compass. */
  static final Set<String> COMPASS_POINTS =
      Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");

  /** Compass directions, as in "southwest of Brandon". */
  static final Set<String> DIRECTIONS = union(COMPASS_POINTS, Set.of("outside"));

  /** Words naming a part of a region by its direction: "Northeast Georgia", "Central Asia". */
  static final Set<String> REGION_DIRECTIONS =
      union(
          COMPASS_POINTS,
          Set.of(
              "central",
              "northern",
              "southern",
              "eastern",
              "western",
              "northeastern",
              "northwestern",
              "southeastern",
              "southwestern"));

  /** Words the recogniser sometimes labels a location that name no one place: "the West". */
  static final Set<String> NOT_NAMES =
      union(
          REGION_DIRECTIONS,
          Set.of(
              "midwestern",
              "council",
              "the north",
              "the south",
              "the east",
              "the west",
              "midwest",
              "downtown",
              "uptown",
              "earth",
              "world",
              "heaven",
              "hell",
              "city",
              "state",
              "county",
              "town",
              "village"));

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /**
   * Capitalised words that name a local office or service after the place it serves: "Roswell
   * Mayor", "Ogle Sheriff", "Greene County Commission", "Nebraska Governor". Not "City" or
   * "Township", which end names of places themselves.
   */
  static final Set<String> LOCAL_OFFICES =
      Set.of(
          "governor",
          "mayor",
          "sheriff",
          "coroner",
          "police",
          "council",
          "councilman",
          "councilwoman",
          "commissioner",
          "commissioners",
          "commission",
          "selectmen",
          "selectman",
          "alderman",
          "schools",
          "fire",
          "jail",
          "courthouse",
          "prosecutor",
          "superintendent");

  /**
   * Words that, after the name of a state or province, make an organisation that state's own body:
   * "Iowa Department of Transportation", "Maine Forest Service", "Vermont State Police".
   */
  static final Set<String> STATE_BODIES =
      Set.of(
          "department",
          "dept",
          "state",
          "board",
          "division",
          "office",
          "commission",
          "bureau",
          "agency",
          "authority",
          "court",
          "supreme",
          "legislature",
          "senate",
          "house",
          "general",
          "attorney",
          "highway",
          "police",
          "forest",
          "national",
          "emergency",
          "workforce",
          "public",
          "secretary",
          "governor");

  /**
   * Capitalised words that, after a town's name, make an organisation the town's own police,
   * council, court or service: "Salem Police Department", "Dover City Council", "Kenley
   * Magistrates' Court", "Yorkville Public Library", "Roswell Zoo".
   */
  static final Set<String> TOWN_BODIES =
      Set.of(
          "police",
          "fire",
          "sheriff",
          "mayor",
          "council",
          "city",
          "municipal",
          "magistrates",
          "superior",
          "public",
          "parks",
          "jail",
          "zoo",
          "reservoir",
          "airport");

  /** Words before an office that qualify it rather than name its place: "Deputy Mayor". */
  static final Set<String> OFFICE_MODIFIERS =
      Set.of(
          "deputy",
          "vice",
          "former",
          "acting",
          "assistant",
          "chief",
          "interim",
          "state",
          "city",
          "county",
          "town",
          "village",
          "metropolitan",
          "municipal",
          "capitol",
          "national",
          "federal",
          "local",
          "regional",
          "transit",
          "border",
          "campus",
          "university",
          "military",
          "secret",
          "tribal",
          "riot",
          "traffic",
          "general",
          "senior");

  /** Nouns after a town's name that make it a person's home: "a Carnegie woman". */
  static final Set<String> RESIDENT_NOUNS =
      Set.of(
          "man",
          "woman",
          "men",
          "women",
          "resident",
          "residents",
          "native",
          "natives",
          "teen",
          "teenager",
          "teens",
          "boy",
          "girl",
          "couple",
          "family",
          "homeowner",
          "homeowners",
          "motorist",
          "motorcyclist",
          "driver",
          "pedestrian",
          "landowner");

  /** Associated Press abbreviations of the US states, to their GeoNames admin1 codes. */
  static final Map<String, String> AP_STATES =
      Map.ofEntries(
          Map.entry("ala", "AL"),
          Map.entry("ariz", "AZ"),
          Map.entry("ark", "AR"),
          Map.entry("calif", "CA"),
          Map.entry("colo", "CO"),
          Map.entry("conn", "CT"),
          Map.entry("del", "DE"),
          Map.entry("fla", "FL"),
          Map.entry("ga", "GA"),
          Map.entry("ill", "IL"),
          Map.entry("ind", "IN"),
          Map.entry("kan", "KS"),
          Map.entry("kans", "KS"),
          Map.entry("ky", "KY"),
          Map.entry("la", "LA"),
          Map.entry("md", "MD"),
          Map.entry("mass", "MA"),
          Map.entry("mich", "MI"),
          Map.entry("minn", "MN"),
          Map.entry("miss", "MS"),
          Map.entry("mo", "MO"),
          Map.entry("mont", "MT"),
          Map.entry("neb", "NE"),
          Map.entry("nev", "NV"),
          Map.entry("nh", "NH"),
          Map.entry("nj", "NJ"),
          Map.entry("nm", "NM"),
          Map.entry("ny", "NY"),
          Map.entry("nc", "NC"),
          Map.entry("nd", "ND"),
          Map.entry("okla", "OK"),
          Map.entry("ore", "OR"),
          Map.entry("pa", "PA"),
          Map.entry("ri", "RI"),
          Map.entry("sc", "SC"),
          Map.entry("sd", "SD"),
          Map.entry("tenn", "TN"),
          Map.entry("tex", "TX"),
          Map.entry("vt", "VT"),
          Map.entry("va", "VA"),
          Map.entry("wash", "WA"),
          Map.entry("wva", "WV"),
          Map.entry("wis", "WI"),
          Map.entry("wyo", "WY"),
          Map.entry("dc", "DC"));

  /**
   * Words after a place's name that make it the home of a local body: a school, a library, a town's
   * police. A country is never named so ("Mexico Middle School" is Mexico, Missouri).
   */
  static final Set<String> LOCAL_BODIES =
      Set.of(
          "elementary",
          "middle",
          "high",
          "school",
          "schools",
          "library",
          "hospital",
          "police",
          "fire",
          "city",
          "township",
          "mayor",
          "council",
          "sheriff");
}
