package dev.pamir.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pamir.model.Actor;
import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Event;
import dev.pamir.model.EventStatus;
import dev.pamir.model.EventType;
import dev.pamir.model.PublicationDate;
import dev.pamir.model.SourceRef;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.Pipeline;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event coder on the real language stack (CoreNLP tagging, recognition and parsing): made-up
 * sentences, each testing one rule, none taken from the demo corpus.
 */
class EventCodingIT {

  private static Pipeline pipeline;
  private static final StageContext CONTEXT =
      new StageContext(
          Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC), Limits.DEFAULTS);

  @BeforeAll
  static void load() {
    pipeline = Composition.pipeline(Analysis.FULL);
  }

  /** The types of the events coded from {@code text}, in order. */
  private static List<EventType> typesOf(String text) {
    return events(text).stream().map(Event::type).toList();
  }

  private static List<Event> events(String text) {
    ArticleMetadata meta =
        new ArticleMetadata(
            Optional.empty(),
            List.of(),
            Optional.of("Example News"),
            Optional.of(new PublicationDate.Day(LocalDate.parse("2023-06-14"))));
    Article article =
        Article.cleaned(
            "a1",
            new SourceRef(Optional.of("a1.txt"), Optional.empty(), Optional.empty()),
            meta,
            text,
            List.of());
    return pipeline.apply(article, CONTEXT).annotations().events();
  }

  /** The events are one, of {@code type}, whose sides name at least the states {@code codes}. */
  private static void assertOneNaming(List<Event> events, EventType type, String... codes) {
    assertThat(events).extracting(Event::type).containsExactly(type);
    assertThat(codes(events.get(0))).contains(codes);
  }

  /** The events are one, of {@code type}, from the state {@code source} to {@code target} alone. */
  private static void assertOneBetweenStates(
      List<Event> events, EventType type, String source, String target) {
    assertThat(events).extracting(Event::type).containsExactly(type);
    assertThat(events.get(0).source()).extracting(Actor::code).containsExactly(Optional.of(source));
    assertThat(events.get(0).target()).extracting(Actor::code).containsExactly(Optional.of(target));
  }

  private static Set<String> codes(Event e) {
    return e.actors().stream()
        .map(Actor::code)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
  }

  @Test
  void visit_isConsultWithPlaceDateAndBothSides() {
    List<Event> events =
        events("Turkish Foreign Minister Hakan Fidan visited Baghdad on Monday for talks.");

    assertThat(events).hasSize(1);
    Event visit = events.get(0);
    assertThat(visit.type()).isEqualTo(EventType.CONSULT);
    assertThat(codes(visit)).contains("TUR", "IRQ");
    assertThat(visit.place()).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Baghdad"));
    assertThat(visit.date().map(d -> d.iso())).contains("2023-06-12");
    assertThat(visit.status()).isEqualTo(EventStatus.REPORTED);
  }

  @Test
  void countedGroup_isTheSideThatActs() {
    List<Event> events = events("Thousands of students held demonstrations in Belgrade on Monday.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST);
    assertThat(events.get(0).source()).extracting(Actor::name).containsExactly("students");
    assertThat(typesOf("Tens of thousands of people blocked roads in Lima on Sunday."))
        .containsExactly(EventType.PROTEST);
    // People nobody counted are anyone: no side.
    assertThat(typesOf("People welcomed the decision on Monday.")).isEmpty();
  }

  @Test
  void committingACrime_isNoPledge() {
    assertThat(typesOf("Hale committed the murder with a rifle in Ohio in May, prosecutors said."))
        .doesNotContain(EventType.AGREE);
    assertThat(typesOf("The students had committed a breach of the curfew, officers said."))
        .isEmpty();
    assertThat(typesOf("The government committed itself to a ceasefire on Monday."))
        .containsExactly(EventType.AGREE);
    // what is committed may be counted, and one may be committed to doing something
    assertThat(events("Daniel Kemp, 31, committed a spate of car thefts in Ohio.")).isEmpty();
    assertThat(typesOf("Laos is committed to lowering its import duties."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("Norway committed 300 more troops on Monday."))
        .containsExactly(EventType.AGREE);
  }

  @Test
  void wordNamedInQuotationMarks_isNoAct() {
    assertThat(
            typesOf(
                "Analysts counted how often the speeches about Yemen used the words \"attack,\""
                    + " \"Sanaa\" and \"ceasefire.\""))
        .isEmpty();
  }

  @Test
  void shootingBack_isARetort() {
    assertThat(
            typesOf(
                "When Senator Ken Moss criticized Governor Ann Lowe at a forum, Lowe shot back on"
                    + " Friday."))
        .doesNotContain(EventType.ASSAULT);
  }

  @Test
  void speechesVisitsAndReceptions_areNoMeetings() {
    assertThat(
            typesOf(
                "Aides to Senator Ada Price spent Tuesday delivering pep talks in Ohio to"
                    + " canvassers."))
        .isEmpty();
    assertThat(typesOf("In the Senate, Mr. Kohler's proposals have met with resistance."))
        .isEmpty();
    assertThat(typesOf("St. Mark's ER visits climbed to 52,300 in fiscal year 2014.")).isEmpty();
  }

  @Test
  void releasedPoll_isNoRelease() {
    assertThat(
            typesOf(
                "Support for the governor has fallen, according to a survey of 600 likely Hispanic"
                    + " voters released on Tuesday by Rivera Research, a polling firm."))
        .isEmpty();
  }

  @Test
  void agreeingOnWhatIs_isAnOpinion() {
    assertThat(
            typesOf(
                "Several senior Democratic senators agreed that Senator Kim needs to give a speech"
                    + " on her record."))
        .isEmpty();
  }

  @Test
  void pollShares_areNoSupport() {
    assertThat(
            typesOf(
                "A survey found 41 percent of registered Democratic voters backed Senator Vance"
                    + " Hull."))
        .isEmpty();
    assertThat(typesOf("Senator Lisa Grant endorsed Governor Tom Reyes on Monday."))
        .containsExactly(EventType.SUPPORT);
  }

  @Test
  void defendingOnesCall_orDecliningTreatment_isNoAct() {
    assertThat(
            typesOf("Senator Ruth Ames defended her call to cut the federal fuel tax on Sunday."))
        .isEmpty();
    assertThat(
            typesOf(
                "Tom Verhoef, the driver, declined treatment from paramedics after the crash, police"
                    + " said."))
        .isEmpty();
    assertThat(typesOf("Minister Anil Rao strongly defended the Indian Army's decision on Monday."))
        .containsExactly(EventType.SUPPORT);
  }

  @Test
  void agreementReferredTo_isNoNewAgreement() {
    assertThat(typesOf("Senators voted on President Lula's trade pact with China on Monday."))
        .doesNotContain(EventType.AGREE);
    assertThat(
            typesOf(
                "Netflix pulled out of a sponsorship agreement with the Democratic National"
                    + " Committee."))
        .doesNotContain(EventType.AGREE);
    assertThat(typesOf("Russia and Tajikistan signed an agreement on military cooperation."))
        .containsExactly(EventType.AGREE);
  }

  @Test
  void attackingSomeoneForSomething_isBlame() {
    assertThat(typesOf("The ads attack Governor Jane Price for the greed of her campaign."))
        .doesNotContain(EventType.ASSAULT)
        .contains(EventType.ACCUSE);
  }

  @Test
  void discussingAlone_isNoMeeting() {
    assertThat(
            typesOf(
                "In an interview with a radio host that aired Friday, Senator Ames discussed one of"
                    + " her main proposals."))
        .isEmpty();
    // A passive subject is what was discussed; the ones who discussed are in the "by" phrase.
    assertThat(
            typesOf("The proposals were discussed by Senator Ames in a radio interview on Friday."))
        .isEmpty();
    assertThat(typesOf("Putin and Xi discussed trade in Beijing on Monday."))
        .containsExactly(EventType.CONSULT);
    assertThat(typesOf("Putin discussed trade with Xi in Beijing on Monday."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void warningAboutSomething_isNoThreat() {
    assertThat(typesOf("The candidate has warned voters about Chinese hackers.")).isEmpty();
    assertThat(
            typesOf(
                "Officials in Oregon are warning hikers that the coming storms will cause dangerous"
                    + " floods."))
        .isEmpty();
    assertThat(typesOf("Iran warned that it would strike back at any raid on its plants."))
        .containsExactly(EventType.THREATEN);
  }

  @Test
  void withholdingInformationOrClaimingWhatIs_isNoRefusalOrDemand() {
    assertThat(typesOf("A spokesman for Halden Group declined to give a breakdown of the costs."))
        .isEmpty();
    assertThat(
            typesOf(
                "City officials insist that the flow of migrants across the river is shrinking"
                    + " fast."))
        .isEmpty();
    assertThat(events("Manager Tom Keller declined to provide the amount of the bonus.")).isEmpty();
    assertThat(typesOf("Poland demanded that its neighbours close the border."))
        .containsExactly(EventType.REQUEST);
  }

  @Test
  void offeringARewardOrWordsEndingAQuote_isNoAct() {
    assertThat(
            typesOf(
                "The police are offering a $20,000 reward for tips that lead to the arrest of the"
                    + " gunman in Mexico."))
        .isEmpty();
    assertThat(
            typesOf(
                "Analysts counted how often the speeches used the words \"Sanaa\" and \"attack.\""))
        .isEmpty();
    assertThat(events("Smith offered a brief show of regret after the verdict.")).isEmpty();
  }

  @Test
  void whoRepelsOrFoilsAnAttack_defendsAgainstIt() {
    assertOneBetweenStates(
        events("Ukraine repelled a Russian attack near Bakhmut on Monday."),
        EventType.ASSAULT,
        "RUS",
        "UKR");
    assertThat(
            events("A Danish frigate foiled a pirate attack on a tanker near Socotra on Saturday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).extracting(Actor::name).doesNotContain("Denmark");
            });
    // "its attacks" are the subject's own.
    assertOneBetweenStates(
        events("Russia stopped its attacks on Ukrainian cities on Monday."),
        EventType.ASSAULT,
        "RUS",
        "UKR");
  }

  @Test
  void armedGroupNamedLikeATown_isTheSideNotThePlace() {
    // GeoNames lists "Hamas" among the names of Hamm, Germany.
    assertThat(events("Israeli forces thwarted a Hamas attack on Sderot on Monday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).extracting(Actor::name).containsExactly("Hamas");
              assertThat(e.countries()).containsExactly("ISR");
            });
  }

  @Test
  void threatsOfResponseAndFireReturned_remainEvents() {
    assertThat(typesOf("Iran warned that it could close the Strait of Hormuz on Monday."))
        .containsExactly(EventType.THREATEN);
    assertThat(typesOf("Russia warned of retaliation against Lithuania on Monday."))
        .containsExactly(EventType.THREATEN);
    assertThat(typesOf("The UN warned that it would be a catastrophe for Gaza.")).isEmpty();
    assertThat(events("Police shot at the gunmen in Lagos on Monday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Police");
            });
    assertThat(typesOf("Soldiers fired at protesters in Lagos on Monday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Police fired tear gas at protesters in Nairobi on Tuesday."))
        .doesNotContain(EventType.ASSAULT);
    assertThat(typesOf("Soldiers fought back against the rebels near Goma on Monday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Israel attacked Gaza for the rocket fire on Monday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Armenia and Azerbaijan came to an agreement on the border on Monday."))
        .containsExactly(EventType.AGREE);
  }

  @Test
  void fireAtPeople_isByTheShootersAndProtestersFiredAtProtestNothing() {
    // Plural and sentence-initial group nouns the lemmatiser leaves as they are.
    assertThat(events("Troops fired mortars at the convoy near Mosul on Friday."))
        .singleElement()
        .satisfies(e -> assertThat(e.source()).extracting(Actor::name).containsExactly("Troops"));
    // Aimed fire needs no weapon named.
    assertThat(typesOf("The police fired on the crowd in Lima on Sunday."))
        .containsExactly(EventType.ASSAULT);
    // Protesters shot at, gassed or held are no protest by the ones who act on them.
    assertThat(events("Peruvian police fired on protesters in Lima on Sunday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              // the unnamed group fired on is the target
              assertThat(e.target()).extracting(Actor::name).containsExactly("protesters");
            });
    assertThat(events("Peruvian police detained dozens of protesters in Lima on Sunday."))
        .extracting(Event::type)
        .containsExactly(EventType.COERCE);
    // Live rounds are fire; rubber ones disperse.
    assertThat(typesOf("Soldiers fired live bullets at protesters in Lima on Sunday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Police fired rubber bullets at protesters in Lima on Sunday."))
        .containsExactly(EventType.COERCE);
    // Critics answered are not fired at.
    assertThat(events("Senator Ames fired back at critics on Monday.")).isEmpty();
    assertThat(events("Peruvian police fired tear gas at protesters in Lima on Sunday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.COERCE);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Peru");
            });
    assertThat(typesOf("Peruvian protesters marched through Lima on Sunday."))
        .containsExactly(EventType.PROTEST);
  }

  @Test
  void appealsDonationsShowingAndCampaignRallies_areNoPoliticalEvents() {
    assertThat(events("Anybody who saw the crash is asked to phone the Lima police.")).isEmpty();
    assertThat(
            events(
                "As the leaked Twitter accounts of the Islamic State demonstrate, the group is"
                    + " well organised."))
        .isEmpty();
    assertThat(typesOf("Students demonstrated against the new law in Santiago."))
        .containsExactly(EventType.PROTEST);
    assertThat(events("A Chilean businessman donated to Senator Ames in 2015.")).isEmpty();
    // Giving that is no donation to a campaign stays aid.
    assertThat(typesOf("Ecuador granted asylum to Tomas Varga on Monday."))
        .containsExactly(EventType.AID);
    assertThat(typesOf("Japan donated $5 million to the Philippines for flood relief."))
        .containsExactly(EventType.AID);
    assertThat(events("Hillary Clinton's rally in Ohio drew thousands.")).isEmpty();
    assertThat(typesOf("Thousands joined Ivan Petrov's rally in Moscow against the war."))
        .containsExactly(EventType.PROTEST);
    assertThat(
            typesOf(
                "Opposition supporters held a rally against the Venezuelan government in"
                    + " Caracas."))
        .containsExactly(EventType.PROTEST);
  }

  @Test
  void questionsReleasedFiguresAndScathingAttacks_areNoRequestConcessionOrAssault() {
    assertThat(events("We asked the offices of Jane Ames and Tom Reed why they never replied."))
        .isEmpty();
    assertThat(typesOf("Iran asked the IAEA for help when the reactor failed."))
        .containsExactly(EventType.REQUEST);
    // With an object, a named subject is who releases, not whom.
    assertThat(events("Pollster Tom Reed released a new analysis on Monday.")).isEmpty();
    assertThat(typesOf("The rebels released Ivan Petrov on Monday."))
        .containsExactly(EventType.CONCEDE);
    assertThat(typesOf("The senator launched scathing attacks on Governor Mary Jones on Monday."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("Rebels launched fierce attacks on the army base near Goma on Monday."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void bodiesPulledOutAndMoneyWithdrawn_areNoRetreat() {
    assertThat(events("Police pulled out six more bodies from the flooded tunnel in Lima."))
        .isEmpty();
    assertThat(events("Peruvian savers withdrew money from the banks on Monday.")).isEmpty();
    assertThat(events("Cash withdrawals at Peruvian banks were capped on Monday.")).isEmpty();
    assertThat(events("Russia pulled out its troops from Syria on Monday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.RETREAT);
              // what is left is the other side
              assertThat(e.target()).extracting(Actor::name).containsExactly("Syria");
            });
    assertThat(events("Hungary pulled out of the International Criminal Court on Monday."))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.target())
                    .extracting(Actor::name)
                    .containsExactly("International Criminal Court"));
  }

  @Test
  void businessBetweenCompanies_isNoPoliticalEvent() {
    assertThat(events("Acme Widgets Inc. agreed to buy Zenith Holdings N.V. for $52 million."))
        .isEmpty();
    assertThat(events("Acme Widgets Inc. rejected the offer from Zenith Corp. as inadequate."))
        .isEmpty();
    // A state in the sentence makes it one: an arms sale.
    assertThat(typesOf("Acme Aerospace Co. agreed to sell 20 fighter jets to Qatar."))
        .containsExactly(EventType.AGREE);
  }

  @Test
  void personNearAnAttackTheTreeDoesNotTieToIt_isNoSide() {
    assertThat(events("Senator Jane Ames spoke movingly of the Friday attacks in Paris."))
        .isEmpty();
    // The person named after an arrest is the one arrested.
    assertThat(
            events(
                "Deputies arrested a man near the bridge on Friday, identified as 31-year-old John Peel."))
        .singleElement()
        .satisfies(
            e -> assertThat(e.target()).extracting(Actor::name).containsExactly("John Peel"));
    assertThat(events("Senator Jane Ames attacked the rebels with a knife in Paris."))
        .singleElement()
        .satisfies(
            e -> assertThat(e.source()).extracting(Actor::name).containsExactly("Jane Ames"));
  }

  @Test
  void namedPersonAttackingNamedPerson_isAnAccusation() {
    assertThat(typesOf("Senator John Smith attacked Governor Mary Jones in Ohio on Monday."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("John Smith attacked Mary Jones with a knife on Monday."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void oneTalk_isSpeechUnlessHeldWithSomeone() {
    assertThat(typesOf("Senator Doe rises in the polls on tough talk.")).isEmpty();
    assertThat(typesOf("The ministers held a talk with their Chinese counterparts on Monday."))
        .containsExactly(EventType.CONSULT);
    // Taken by a verb that does not hold it: still one person's speech.
    assertThat(typesOf("Prime Minister Lee dismissed Senator Ames's angry talk on Monday."))
        .isEmpty();
    assertThat(
            typesOf(
                "German and Iranian negotiators return to Oslo this month for talk on shipping."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void appealingACourtDecision_isNoRequest() {
    assertThat(
            typesOf("The Smith family will appeal the ruling of the Supreme Court, a lawyer said."))
        .isEmpty();
  }

  @Test
  void thatThreatening_isARiskNotAThreat() {
    assertThat(
            typesOf(
                "That threatened to leave thousands of farmers without water, thanks to NAFTA and"
                    + " the Republicans."))
        .isEmpty();
    assertThat(typesOf("Iran threatened to close the Strait of Hormuz on Monday."))
        .containsExactly(EventType.THREATEN);
  }

  @Test
  void meansUsedFor_isTheActDone() {
    assertThat(
            typesOf(
                "Riot police used water cannon to disperse the crowd outside parliament on Sunday."))
        .containsExactly(EventType.COERCE);
  }

  @Test
  void countryAdjectiveOfPeople_saysWhoNotWhere() {
    List<Event> events =
        events(
            "The Kenyan coast guard said it detained 14 smugglers on Tuesday, the latest in a"
                + " string of clashes with Yemeni smugglers.");

    assertThat(events).isNotEmpty();
    Event arrest = events.get(0);
    assertThat(arrest.type()).isEqualTo(EventType.COERCE);
    assertThat(arrest.place()).isEmpty();
    assertThat(arrest.countries()).contains("KEN");
  }

  @Test
  void countryAdjectiveOfLand_isWhere() {
    List<Event> events = events("Turkish troops attacked the fighters on Syrian soil on Monday.");

    assertThat(events).extracting(Event::type).contains(EventType.ASSAULT);
    assertThat(events.get(0).countries()).contains("SYR");
  }

  @Test
  void headlineWithoutAuxiliary_isDoneToItsSubject() {
    List<Event> events =
        events(
            "Opposition leader Ivan Petrov arrested in Minsk\n"
                + "The leader of the opposition was taken to a police station.");

    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.COERCE);
              assertThat(e.target()).extracting(Actor::name).anyMatch(n -> n.contains("Petrov"));
              assertThat(e.source()).extracting(Actor::name).noneMatch(n -> n.contains("Petrov"));
            });
  }

  @Test
  void captureOfPeople_isAnArrestAndOfATown_anAssault() {
    List<Event> events =
        events(
            "The Kenyan navy captured 11 pirates near the port of Lamu. Separately, Houthi"
                + " rebels captured the town of Harib.");

    assertThat(events)
        .extracting(Event::type, Event::cameo)
        .containsExactly(tuple(EventType.COERCE, "173"), tuple(EventType.ASSAULT, "190"));
    assertThat(codes(events.get(0))).contains("KEN");
  }

  @Test
  void peopleAsSide_isANamedGroupWithoutAStateCode() {
    List<Event> events = events("The Palestinians rejected the proposed changes to the deal.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
    assertThat(events.get(0).source())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Palestinians");
              assertThat(a.code()).isEmpty();
            });
  }

  @Test
  void promiseToSupportAResolution_isAgreeAndSupportOfAnything_isNoEvent() {
    assertThat(typesOf("Hungary said it will support the Security Council resolution."))
        .containsExactly(EventType.AGREE);
    assertThat(events("Hungary said it supports any initiatives on the crisis.")).isEmpty();
  }

  @Test
  void heartAttack_isNoAssault() {
    assertThat(
            events("The actor Tom Hale died Friday in Chicago of a heart attack he had on Nov. 3."))
        .isEmpty();
    assertThat(typesOf("Rebels launched an attack on the army base in Goma on Monday."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void deathsByNatureOrMishap_areNoAssault() {
    assertThat(
            events(
                "An earthquake of magnitude 6.1 hit the northern town of Tabas on Monday, killing"
                    + " 410 people."))
        .isEmpty();
    assertThat(events("Two Australian climbers were killed by an avalanche in New Zealand."))
        .isEmpty();
    assertThat(events("Two Afghan soldiers were killed in a car crash near Kabul on Monday."))
        .isEmpty();
    assertThat(typesOf("Two Afghan soldiers were killed in a Taliban attack near Kabul on Monday."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void armedAttackNamingNoAttacker_isDoneToThoseItKilled() {
    List<Event> events =
        events("A roadside bomb killed four police officers near the town of Ardel on Sunday.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).source()).isEmpty();
    assertThat(events.get(0).target()).extracting(Actor::name).containsExactly("police officers");
    assertThat(events.get(0).attributes().killed()).hasValue(4);
    assertThat(events("Nine villagers were wounded in an airstrike on Tuesday."))
        .singleElement()
        .satisfies(
            e -> assertThat(e.target()).extracting(Actor::name).containsExactly("villagers"));
    assertThat(typesOf("A mortar attack left 15 civilians dead in the old market."))
        .containsExactly(EventType.ASSAULT);
    // A flood or a fall kills nobody's side, and those killed must be a group or counted.
    assertThat(events("A flood left 15 people dead in the valley on Tuesday.")).isEmpty();
    assertThat(events("Heavy rains killed six people in the south on Tuesday.")).isEmpty();
    assertThat(events("The attack killed the driver.")).isEmpty();
  }

  @Test
  void offeringWhatIsNoHelpNorTalks_isNoPledge() {
    assertThat(events("Senator Ames offered a sharp counterpoint to Governor Lowe.")).isEmpty();
    assertThat(events("The county library offers free laptops to Kenyan refugees.")).isEmpty();
    // What is offered for a purpose is still what is offered.
    assertThat(events("The host praised him and offered Obama platform to air whatever he liked."))
        .isEmpty();
    // To do something, or help, asylum, talks: an offer to cooperate.
    assertThat(typesOf("Oman offered to host the two delegations in Muscat."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("Qatar offered asylum to the Taliban envoys."))
        .containsExactly(EventType.AGREE);
    // An offered endorsement is support given.
    assertThat(typesOf("Kazakhstan offered its full endorsement of the Russian plan."))
        .containsExactly(EventType.SUPPORT);
  }

  @Test
  void actOneIsAccusedOf_isTheAccusedsAndClaimed() {
    List<Event> events = events("Azerbaijan accused Armenia of shelling the depot near Fizuli.");

    assertThat(events).extracting(Event::type).contains(EventType.ACCUSE, EventType.ASSAULT);
    Event shelling =
        events.stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
    assertThat(shelling.source()).extracting(Actor::code).containsExactly(Optional.of("ARM"));
    assertThat(shelling.status()).isEqualTo(EventStatus.CLAIMED);
    // An act done by way of another is the doer's own, and no allegation.
    assertThat(events("Russia responded to the raid by shelling the depot near Fizuli."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).extracting(Actor::code).containsExactly(Optional.of("RUS"));
              assertThat(e.status()).isEqualTo(EventStatus.REPORTED);
            });
  }

  @Test
  void callingSomethingSomethingOrSomebody_isNoDemand() {
    assertThat(events("Senator Ames called the party's suspension of the vote arbitrary."))
        .isEmpty();
    assertThat(events("Iran called the sanctions an act of war.")).isEmpty();
    assertThat(events("President Lee called both candidates on Tuesday.")).isEmpty();
    // What is called by convening it is the strike or the meeting.
    assertThat(typesOf("The dockers' unions called a general strike for Monday."))
        .containsExactly(EventType.PROTEST);
    assertThat(typesOf("The African Union called a special summit on the coup for Friday."))
        .containsExactly(EventType.CONSULT);
    // Calls for, on and to are demands.
    assertThat(typesOf("Turkey called upon Greece to resume the talks."))
        .containsExactly(EventType.REQUEST);
    assertThat(typesOf("Kyrgyzstan called to ban the rally.")).containsExactly(EventType.REQUEST);
  }

  @Test
  void meetingOrDeliveryThatDidNotHappen_isNoRefusal() {
    assertThat(events("We did not discuss the border with Kazakhstan, the Uzbek minister said."))
        .isEmpty();
    assertThat(events("Russia has never supplied weapons to Armenia.")).isEmpty();
    // A refusal is told by its future; an agreement not reached is still a rejection.
    assertThat(typesOf("Russia will not supply weapons to Armenia."))
        .containsExactly(EventType.REJECT);
    assertThat(typesOf("Iran did not agree to the terms set by Britain."))
        .containsExactly(EventType.REJECT);
  }

  @Test
  void blastOrFireOfAWeapon_isAnAttackOnThoseItKilled() {
    // A weapon that names the blast or the fire, the weapon that went off before the killing, and
    // victims told as wounded or counted in dozens.
    assertThat(events("A car bomb blast killed eleven soldiers outside the depot on Monday."))
        .singleElement()
        .satisfies(e -> assertThat(e.target()).extracting(Actor::name).containsExactly("soldiers"));
    assertThat(typesOf("Mortar fire killed three farmers near the ridge on Friday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("A rocket landed near the bus station, killing seven passengers."))
        .containsExactly(EventType.ASSAULT);
    assertThat(events("The bombing left 40 guards wounded at the northern gate."))
        .singleElement()
        .satisfies(e -> assertThat(e.target()).extracting(Actor::name).containsExactly("guards"));
    assertThat(events("The airstrike left dozens of recruits wounded on the pass road."))
        .singleElement()
        .satisfies(e -> assertThat(e.target()).extracting(Actor::name).containsExactly("recruits"));
    // A blast of gas, a mine in the coal seam, a tanker going up: mishaps, no attack.
    assertThat(events("A gas explosion killed six workers at the plant on Friday.")).isEmpty();
    assertThat(events("A mine blast killed twenty workers in the coal seam.")).isEmpty();
    assertThat(events("A fuel tanker exploded on the highway, killing nine people.")).isEmpty();
  }

  @Test
  void passiveWithAGroupAsAgent_hasBothSides() {
    assertThat(events("Six guards were killed by insurgents near the dam on Friday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).extracting(Actor::name).containsExactly("insurgents");
              assertThat(e.target()).extracting(Actor::name).containsExactly("guards");
            });
    // The agent of the verb a noun hangs on is not the noun's doer: no protest by the police.
    assertThat(typesOf("Four demonstrators were shot dead by police in the port city."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void passiveSubjectOfViolence_isDoneTo() {
    assertThat(events("A Turkish army truck was destroyed in the attack near the border."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).isEmpty();
              assertThat(codes(e)).containsExactly("TUR");
              assertThat(e.target()).extracting(Actor::code).containsExactly(Optional.of("TUR"));
            });
    // One charged in an attack is its suspect, not its victim.
    assertThat(events("Dale Orcutt was charged in the Tulsa bombing."))
        .singleElement()
        .satisfies(
            e -> assertThat(e.source()).extracting(Actor::name).containsExactly("Dale Orcutt"));
  }

  @Test
  void nationalLeadersNamedAlone_actForTheirCountries() {
    assertOneBetweenStates(
        events("Lukashenko met Tokayev in Minsk on Friday."), EventType.CONSULT, "BLR", "KAZ");
    // Two leaders of one country are two sides, not their state twice.
    assertThat(events("Biden accused Trump of lying about the economy."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).extracting(Actor::name).containsExactly("Joe Biden");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Donald Trump");
            });
  }

  @Test
  void twoLeadersOfOneCountry_staySidesInDemandsAndThreats() {
    // The leader who must act, and the one a threat is aimed at, are found by other paths than
    // the doer and the done-to of an act; there too one is not the other.
    assertThat(events("Obama said Trump must leave the race."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.REQUEST);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Barack Obama");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Donald Trump");
            });
    assertThat(events("Obama threatened to sue Trump over the advertisements."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.THREATEN);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Barack Obama");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Donald Trump");
            });
  }

  @Test
  void hostingAShowOrDefendingATitle_isNoPoliticalEvent() {
    assertThat(events("The comedian Ana Ruiz hosted the 70th Golden Globe Awards in 2013."))
        .isEmpty();
    assertThat(events("The boxer Tomas Vega defended his WBC welterweight title on Saturday."))
        .isEmpty();
    assertThat(typesOf("Tajikistan hosted the Russian defence minister in Dushanbe on Monday."))
        .containsExactly(EventType.CONSULT);
    assertThat(typesOf("The Interior Department defended the new rule on Monday."))
        .containsExactly(EventType.SUPPORT);
  }

  @Test
  void askingAQuestion_isNoRequest() {
    assertThat(events("\"Who paid for it?\" Packers assistant coach Dan Mills asked.")).isEmpty();
    assertThat(events("The detectives asked Lorna Vickery what she saw on Monday.")).isEmpty();
    assertThat(typesOf("The prosecutor asked Judge Calloway to poll the jury on Friday."))
        .containsExactly(EventType.REQUEST);
    assertThat(typesOf("Kyrgyzstan asked Russia for military help on Friday."))
        .containsExactly(EventType.REQUEST);
  }

  @Test
  void wordsOfNamesAndBriefings_areNoEvents() {
    assertThat(events("The singer Lia Moss checked into Promises Recovery Center in Malibu."))
        .isEmpty();
    assertThat(events("Reporters attended the minister's news conference in Bishkek on Monday."))
        .isEmpty();
    assertThat(events("The talk of knives had made Dunmore nervous.")).isEmpty();
    assertThat(
            typesOf(
                "Russian Defense Minister Sergei Shoigu attended the CSTO conference in Bishkek."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void policeStoppingAProtest_isCoercionByThePoliceNotAProtest() {
    assertThat(events("Ghanaian police dispersed demonstrators in Accra."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.COERCE);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Ghana");
            });
    assertThat(typesOf("Greek police prevented the protest organised by farmers in Larissa."))
        .containsExactly(EventType.COERCE);
  }

  @Test
  void campaignTalkFilmingAndLetters_areNoPoliticalEvents() {
    for (String sentence :
        List.of(
            "Bernie Sanders spoke at a campaign rally in Modesto on Thursday.",
            "Dale Prentiss shot video of the road sign on Monday.",
            "Senator Ruth Ames hand-delivered her letter to the state treasurer on Tuesday.",
            "Donald Trump offered no proof for the claim on Monday.",
            "The mayor and her allies fight to keep their polling lead.",
            "Pollster Mara Quinn agreed that the change was a question of turnout.",
            "Governor Ann Lowe backed off some of her early plans on Monday.")) {
      assertThat(events(sentence)).as(sentence).isEmpty();
    }
    assertThat(
            typesOf(
                "Russia delivered S-300 missiles to Iran on Monday. Russia and Iran agreed that"
                    + " talks would resume on Monday. Rebels fought government troops near Aleppo"
                    + " on Monday. Opposition supporters held a rally in Moscow against Vladimir"
                    + " Putin on Saturday."))
        .containsExactly(EventType.AID, EventType.AGREE, EventType.ASSAULT, EventType.PROTEST);
  }

  @Test
  void deliveringWordsReleasingRecordsAndExistingContracts_areNoEvents() {
    for (String sentence :
        List.of(
            "The senator delivered a polished sound bite about the economy on Monday.",
            "Donald Trump and Mike Pence will release their tax returns next week.",
            "The governor reviewed all existing contracts with Gordon Pike in May.",
            "The magistrate agreed with Ruth Lindqvist that her files held nothing of public"
                + " interest.")) {
      assertThat(events(sentence)).as(sentence).isEmpty();
    }
    assertThat(
            typesOf(
                "Russia delivered Su-30SM fighters to Kazakhstan on Monday. Iran released the"
                    + " British hostages on Monday."))
        .containsExactly(EventType.AID, EventType.CONCEDE);
  }

  @Test
  void decliningToComment_isNoRejection() {
    assertThat(events("Brenda Ostrowski, the company's lawyer, declined to comment Monday."))
        .isEmpty();
    assertThat(typesOf("Iran declined to discuss its nuclear program with the EU on Monday."))
        .containsExactly(EventType.REJECT);
    assertThat(events("Sergeant Ruiz declined to describe the device in detail.")).isEmpty();
  }

  @Test
  void playersAndGames_areNoPoliticalEvents() {
    assertThat(events("The striker Ivan Petrov pulled out of the tournament with a knee injury."))
        .isEmpty();
    assertThat(events("The team plays its semifinal meeting against Ohio State on Saturday."))
        .isEmpty();
    assertThat(events("Three trips later, Okafor missed a shot.")).isEmpty();
    assertThat(typesOf("Canada pulled out of the Kyoto Protocol in 2011."))
        .containsExactly(EventType.RETREAT);
  }

  @Test
  void playersGamesAndContracts_areNoPoliticalEvents_more() {
    assertThat(events("The champion Karl Dorn pulled out because of injury.")).isEmpty();
    assertThat(events("The quarterback handed the ball over to Reggie Jones.")).isEmpty();
    assertThat(events("The Falcons offered Dario Reyes a four-year, $60 million contract."))
        .isEmpty();
    assertThat(typesOf("Russia signed a $2 billion deal with Boeing."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("The Ohio Department of Labor offered Dana Evans a $2 million grant."))
        .containsExactly(EventType.AGREE);
  }

  @Test
  void firstAidAndFightingForACause_areNoAidOrCombat() {
    assertThat(events("Paramedics gave Ms. Ortiz first aid on the pavement.")).isEmpty();
    assertThat(events("Senator Mary Olsen fought for the rights of others all her life."))
        .isEmpty();
    assertThat(typesOf("Kurdish fighters fought against the Islamic State near Kobani."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void sumInAid_isAid() {
    assertOneBetweenStates(
        events("Saudi Arabia gave Egypt $2 billion in aid."), EventType.AID, "SAU", "EGY");
  }

  @Test
  void orderingSomeoneNamed_isARequestOfThem() {
    List<Event> events =
        events("A Chilean judge ordered former minister Jorge Vial to appear in court on May 16.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).target()).extracting(Actor::name).containsExactly("Jorge Vial");
    assertThat(events("Air India ordered 30 jets from Boeing.")).isEmpty();
  }

  @Test
  void protestsDuringWhichSomethingHappened_stillHappened() {
    assertThat(
            typesOf(
                "Kurdish teenagers hurled rocks during street demonstrations against the"
                    + " Turkish government."))
        .containsExactly(EventType.PROTEST);
    assertThat(events("During the talks, Lavrov said nothing new.")).isEmpty();
  }

  @Test
  void effortNamedByItsKind_isThatKind() {
    assertOneNaming(
        events("The emir of Kuwait began a mediation effort this week between Qatar and Bahrain."),
        EventType.CONSULT,
        "KWT",
        "QAT");
    assertThat(events("An attack helicopter crashed near Homs on Monday.")).isEmpty();
  }

  @Test
  void mobilisingSupportersOrVoters_isNoMobilisationOfForces() {
    assertThat(events("Belarus mobilized its supporters in Minsk to back the new law.")).isEmpty();
    assertThat(typesOf("Iran mobilized Shiite militia groups on Friday."))
        .containsExactly(EventType.MOBILIZE);
    assertThat(typesOf("Armenia mobilized its reserves on Sunday."))
        .containsExactly(EventType.MOBILIZE);
  }

  @Test
  void everydayMeetingsOffersHostingAndDeliveries_areNoEvents() {
    assertThat(events("Cereal sales have not met our expectations, Senator Ann Hale said."))
        .isEmpty();
    assertThat(events("The Ohio Chamber of Commerce will host a luncheon for new members in May."))
        .isEmpty();
    assertThat(events("Skyward Airlines will offer daily flights to Lisbon on a Boeing 787."))
        .isEmpty();
    assertThat(events("Each week Ms. Ortiz gets a meal delivery from Linda Kerr, a neighbour."))
        .isEmpty();
    assertThat(events("Senator Tom Hale visited Cannes on vacation in July.")).isEmpty();
    assertThat(typesOf("Senator Tom Hale visited Kabul in July."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void namingAskingIfAndInferring_areNoRequests() {
    assertThat(events("The host Dan Marsh called Senator Ann Hale a fraud in his podcast."))
        .isEmpty();
    assertThat(events("Armenia called the ceasefire a sham on Monday.")).isEmpty();
    assertThat(events("Coach Ian Kerr asked his players if they were ever nervous.")).isEmpty();
    assertThat(
            events(
                "\"Ana Ruiz must have written the letter herself,\" said Tom Ortega, a spokesman"
                    + " for the family."))
        .isEmpty();
    assertThat(typesOf("Senator Ann Hale called for new sanctions on Iran."))
        .containsExactly(EventType.REQUEST);
  }

  @Test
  void attackThatSomethingIsSo_isAnAccusation() {
    assertThat(typesOf("Senator Ann Hale pressed her attack that the governor is unfit to serve."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("The governor brushed off Senator Ann Hale's attack on her fitness."))
        .containsExactly(EventType.ACCUSE);
  }

  @Test
  void withdrawnWordsInvitationsToDinnerAndProspects_areNoEvents() {
    assertThat(events("Minister Omar Rauf later withdrew his remark that the strike was illegal."))
        .isEmpty();
    assertThat(events("Senator Ann Hale was invited to a birthday party in the mayor's garden."))
        .isEmpty();
    assertThat(events("The vote promised to be a close contest for Senator Ben Olsen.")).isEmpty();
    assertThat(events("President Mora hosted a holiday meal for veterans in Lima.")).isEmpty();
    assertThat(typesOf("Iran invited the IAEA to inspect the site."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void shootingNamedAfterItsVictim_isDoneToThem() {
    List<Event> events = events("Detectives still study the Ann Hale shooting.");

    assertThat(events).extracting(Event::type).contains(EventType.ASSAULT);
    assertThat(events.get(0).target()).extracting(Actor::name).contains("Ann Hale");
    assertThat(events.get(0).source()).extracting(Actor::name).doesNotContain("Ann Hale");
  }

  @Test
  void questionsAndNothingDone_areNoEvents() {
    assertThat(events("Senator Ben Olsen, will you resign?")).isEmpty();
    assertThat(events("Has Iran signed the treaty with Iraq?")).isEmpty();
    assertThat(typesOf("Iran signed the treaty with Iraq, but will it last?"))
        .containsExactly(EventType.AGREE);
    assertThat(events("The Ohio Teachers Union has not endorsed a nominee for mayor.")).isEmpty();
    assertThat(typesOf("Poland did not sign the treaty with Belarus."))
        .containsExactly(EventType.REJECT);
  }

  @Test
  void politicalActsLikeTheOnesSetAside_stayEvents() {
    assertThat(typesOf("Iran offered a number of concessions to the EU."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("Japan committed 500 million euros on Monday."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("Moscow said the strikes must stop.")).containsExactly(EventType.REQUEST);
    assertThat(typesOf("Rebels and government forces fought for control of Aleppo."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Hamas will not accept a ceasefire.")).containsExactly(EventType.REJECT);
    assertThat(typesOf("Algeria offered its services as a mediator."))
        .containsExactly(EventType.AGREE);
    assertThat(typesOf("Israel invited Arab leaders to the signing ceremony."))
        .containsExactly(EventType.CONSULT);
    assertThat(typesOf("Erdogan visited Riyadh during the Eid holiday."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void mustOrShould_isADemandOfSomeone_notAForecast() {
    assertOneBetweenStates(
        events("Moscow said Tbilisi must return the helicopters."),
        EventType.REQUEST,
        "RUS",
        "GEO");
    assertThat(events("Voltex Corp said the network should be back online by Friday.")).isEmpty();
    assertThat(events("Moscow said Georgians must understand the risks of the vote.")).isEmpty();
    assertThat(events("Dunmore Foods said this should let it cut $5 million in costs.")).isEmpty();
  }

  @Test
  void whoseShootingItWas_isWhomItWasDoneTo() {
    List<Event> events = events("Senator Hale's shooting by a security guard shocked the town.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).source()).isEmpty();
    assertThat(events.get(0).target()).extracting(Actor::name).containsExactly("Hale");
  }

  @Test
  void nameCutShort_isNoTrigger() {
    assertThat(events("Oxley Summit's chairman, Ray Dunn, spoke to reporters on Thursday."))
        .isEmpty();
    assertThat(events("Summit's chairman, Ray Dunn, spoke to reporters on Thursday.")).isEmpty();
  }

  @Test
  void attackInWords_isAnAccusation() {
    assertThat(typesOf("Bernie Sanders attacked Hillary Clinton's record on trade on Monday."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("Donald Trump attacked Rosa Delgado in late-night tweets on Friday."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("Rebels attacked the army base in Goma on Monday."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void attackingSomebodyAsSomething_isAJudgment() {
    assertThat(
            typesOf(
                "The Liberal Party attacked the Labour candidate as dishonest and unqualified."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("Hezbollah attacked the Israeli patrol as it crossed the fence."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void attacksOnOrFromPersonsAlone_areWordsUnlessTheSentenceTellsOfViolence() {
    assertThat(events("The attacks on Governor Lowe grew sharper after the debate."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ACCUSE);
              assertThat(e.source()).isEmpty();
              assertThat(e.target()).extracting(Actor::name).containsExactly("Lowe");
            });
    assertThat(events("The senator faced sharp attacks from Moss and Lowe."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ACCUSE);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Moss", "Lowe");
            });
    // Wounds, an attack carried out, a place it happened in: deeds.
    assertThat(events("The attack on Mayor Colvin left two bodyguards wounded."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).isEmpty();
              assertThat(e.target()).extracting(Actor::name).containsExactly("Colvin");
            });
    assertThat(
            typesOf(
                "Just after Ruiz carried out his attack on diners at the cafe, the governor"
                    + " spoke."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("\"Our convoy was attacked in central Mosul,\" Ames said."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Moss attacked Senator Lowe relentlessly in Iowa on Monday."))
        .containsExactly(EventType.ACCUSE);
    assertThat(typesOf("Opposition leader Daniel Okafor was attacked outside his home on Tuesday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Activist Tomas Reyna was attacked by unknown assailants and hurt."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void candidatesRally_isNoProtestUnlessItIsForOrAgainstSomething() {
    assertThat(events("Senator Ames held a rally in Dayton on Tuesday.")).isEmpty();
    assertThat(events("Governor Lowe spoke at a rally for Senator Ames.")).isEmpty();
    assertThat(typesOf("At a rally in Dayton, Senator Maria Okafor promised to cut taxes."))
        .doesNotContain(EventType.PROTEST);
    assertThat(typesOf("Opposition leader Ana Ruiz led a rally against the new tax law on Sunday."))
        .containsExactly(EventType.PROTEST);
    assertThat(
            typesOf("Supporters of jailed activist Tomas Berg held a rally to demand his release."))
        .contains(EventType.PROTEST);
    assertThat(typesOf("Thousands held a rally in Caracas for opposition leader Juan Mendez."))
        .containsExactly(EventType.PROTEST);
  }

  @Test
  void refusingOnlyToSpeak_isNoComment() {
    assertThat(
            events(
                "Sheriff Dana Whitlock declined to discuss the evidence in the case on Sunday"
                    + " because the inquiry was still open."))
        .isEmpty();
    assertThat(events("Mayor Ortiz refused to talk with journalists after the council vote."))
        .isEmpty();
    assertThat(events("A spokesman for Iran's foreign ministry declined to discuss the report."))
        .isEmpty();
    // A state that will not discuss, talking with a side, negotiated terms: refusals.
    assertThat(typesOf("Iran refused to discuss its missile program."))
        .containsExactly(EventType.REJECT);
    assertThat(typesOf("Mali's junta refused to talk to the opposition coalition."))
        .containsExactly(EventType.REJECT);
    assertThat(typesOf("Serbia refused to discuss the peace plan with Kosovo."))
        .containsExactly(EventType.REJECT);
    assertThat(typesOf("Foreign Minister Sergei Lavrov refused to discuss the status of Crimea."))
        .containsExactly(EventType.REJECT);
    assertThat(typesOf("The Taliban refused to discuss the hostages' release."))
        .containsExactly(EventType.REJECT);
  }

  @Test
  void personsStruggle_inWordsOrAtThePolls() {
    assertThat(events("Senator Moss clashed with Governor Lowe over the tax bill on Monday."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ACCUSE);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Moss");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Lowe");
            });
    assertThat(events("Governor Lowe fought off a late bid by Senator Moss in the primary."))
        .isEmpty();
    // An arrest resisted, troops fought: deeds.
    assertThat(typesOf("Lena Ortiz fought with two officers who tried to arrest her."))
        .containsExactly(EventType.ASSAULT);
    assertThat(typesOf("Rebels fought government troops near Goma on Monday."))
        .containsExactly(EventType.ASSAULT);
    assertThat(
            typesOf(
                "Former boxer Dmitri Volkov fought with businessman Oleg Sarin outside a"
                    + " nightclub."))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void askingWhoDoesSomething_tellsNothing() {
    assertThat(events("Who is demanding that Senator Ames resign?")).isEmpty();
    assertThat(typesOf("Ames demanded that Lowe resign.")).containsExactly(EventType.REQUEST);
    // A killing asked about still happened.
    assertThat(typesOf("Who killed journalist Ana Soto in Tijuana?"))
        .containsExactly(EventType.ASSAULT);
  }

  @Test
  void pullingOutAThing_isNoWithdrawal() {
    assertThat(events("Senator Ames kept pulling out her old Texas credentials.")).isEmpty();
    assertThat(typesOf("Britain pulled out its ambassador from Tehran on Monday."))
        .containsExactly(EventType.RETREAT);
    assertThat(typesOf("Russia pulled out its tanks from the outskirts of Kyiv."))
        .containsExactly(EventType.RETREAT);
  }

  @Test
  void tripHome_isNoVisit() {
    assertThat(events("Senator Lowe was preparing his staff for the trip home after the summit."))
        .isEmpty();
    assertThat(typesOf("The minister's trip to Paris ended on Monday."))
        .containsExactly(EventType.CONSULT);
    assertThat(typesOf("The talks Home Minister Amit Shah held with Naga leaders ended on Friday."))
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void whomAnEventAngers_isNoSide() {
    List<Event> events = events("The Israeli air strike on the convoy angered Ankara.");

    assertThat(events).singleElement().satisfies(e -> assertThat(codes(e)).containsExactly("ISR"));
    // Unless the event names nobody it was done to: then whom it angers is its target.
    assertThat(events("New U.S. sanctions angered Moscow."))
        .singleElement()
        .satisfies(e -> assertThat(codes(e)).contains("USA", "RUS"));
  }

  @Test
  void fightingOnASide_isFightingWithIt() {
    assertThat(
            events(
                "Abu Mohammed says he is fighting on the American side against the Islamic"
                    + " State."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.source()).extracting(Actor::name).contains("United States");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Islamic State");
            });
  }

  @Test
  void placeNamedBeforeAnAttack_isWhereNotWho() {
    assertThat(events("Investigators arrested two men on Monday over the Kenya bombing."))
        .filteredOn(e -> e.type() == EventType.ASSAULT)
        .allSatisfy(e -> assertThat(e.source()).isEmpty());
    assertThat(events("The Israeli bombing of Gaza on Monday killed 12 people."))
        .filteredOn(e -> e.type() == EventType.ASSAULT)
        .singleElement()
        .satisfies(e -> assertThat(e.source()).extracting(Actor::name).containsExactly("Israel"));
  }

  @Test
  void refusingToAcceptAnyOfSomething_isARefusal() {
    List<Event> events =
        events("Hungary says it will simply not accept any new refugees if the fighting spreads.");

    assertOneNaming(events, EventType.REJECT, "HUN");
  }

  @Test
  void acceptingAProposal_isAgree() {
    List<Event> events = events("Armenia accepted the Russian proposal for a ceasefire.");

    assertThat(events).extracting(Event::type).contains(EventType.AGREE);
    assertThat(codes(events.get(0))).contains("ARM");
  }

  @Test
  void pronounInWhatACountrySays_isThatCountry() {
    List<Event> events = events("Rwanda says it will withdraw its forces from Burundi.");

    assertThat(events).hasSize(1);
    assertThat(events.get(0).source()).extracting(Actor::code).containsExactly(Optional.of("RWA"));
    assertThat(events.get(0).target()).extracting(Actor::code).containsExactly(Optional.of("BDI"));
  }

  @Test
  void threat_isMadeToWhomItsConditionOrItsActNames() {
    List<Event> conditional =
        events("Georgia threatened to leave the negotiations unless Moscow recalled its envoy.");
    List<Event> act = events("Poland threatened to review its relations with Belarus.");

    assertOneBetweenStates(conditional, EventType.THREATEN, "GEO", "RUS");
    assertOneBetweenStates(act, EventType.THREATEN, "POL", "BLR");
  }

  @Test
  void eventNoun_takesWhatIsDoneToWithOfAndThePartnerOfAThing() {
    List<Event> invasion = events("Ethiopia began the invasion of Eritrea on Monday.");
    List<Event> suspension =
        events("Spain announced a two-week suspension of flights with Morocco.");

    assertOneBetweenStates(invasion, EventType.ASSAULT, "ETH", "ERI");
    assertOneBetweenStates(suspension, EventType.SANCTION, "ESP", "MAR");
  }

  @Test
  void appositiveOfAState_namesNoOtherSide() {
    List<Event> events =
        events("Norway, a close ally of the United States, refused to send troops.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.REJECT);
    assertThat(events.get(0).source()).extracting(Actor::code).containsExactly(Optional.of("NOR"));
  }

  @Test
  void clauseDescribingTheSubject_namesNoDoerButTheOnesItDescribes() {
    List<Event> events = events("Houthi rebels backed by Iran attacked Saudi Arabia on Monday.");

    assertThat(events)
        .filteredOn(e -> e.type() == EventType.ASSAULT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).extracting(Actor::name).containsExactly("Houthi rebels");
              assertThat(codes(e)).doesNotContain("IRN");
            });
    assertThat(events)
        .filteredOn(e -> e.type() == EventType.SUPPORT)
        .singleElement()
        .satisfies(e -> assertThat(e.target()).extracting(Actor::name).contains("Houthi rebels"));
  }

  @Test
  void messageIssuedBySomeone_speaksForThem() {
    List<Event> events =
        events("Amnesty International issued a statement urging Egypt to free the journalists.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.REQUEST);
    assertThat(events.get(0).source()).extracting(Actor::name).contains("Amnesty International");
    assertThat(events.get(0).target()).extracting(Actor::code).containsExactly(Optional.of("EGY"));
  }

  @Test
  void passiveSubject_sharedByTwoVerbsOrAGroup_isDoneTo() {
    List<Event> body =
        events("Journalist Ade Bello was shot and killed outside his home in Lagos.");
    List<Event> headline = events("Opposition leader Ivan Petrov shot and killed in Minsk");
    List<Event> group = events("Two Iraqi soldiers were attacked near Kirkuk on Sunday.");

    for (List<Event> events : List.of(body, headline)) {
      assertThat(events).extracting(Event::type).containsOnly(EventType.ASSAULT);
      assertThat(events).allSatisfy(e -> assertThat(e.source()).isEmpty());
      assertThat(events.get(0).target()).extracting(Actor::name).isNotEmpty();
    }
    assertThat(group).singleElement().satisfies(e -> assertThat(e.source()).isEmpty());
  }

  @Test
  void supportersOfAPerson_areAGroupNotThePerson() {
    List<Event> events = events("Supporters of Luis Ortega blocked roads in Quito.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.PROTEST);
    assertThat(events.get(0).source())
        .extracting(Actor::name)
        .containsExactly("Supporters of Luis Ortega");
  }

  @Test
  void objectTheParserGaveToAFollowingParticiple_stillCounts() {
    // The parser reads "roads demanding": the roads demand, and "blocked" has no object.
    List<Event> events =
        events(
            "Some 300 followers of opposition leader Ivan Petrov blocked bridges in central Minsk"
                + " demanding that the police free him.");

    assertThat(events)
        .filteredOn(e -> e.type() == EventType.PROTEST)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.source())
                    .extracting(Actor::name)
                    .containsExactly("followers of opposition leader Ivan Petrov"));
  }

  @Test
  void notByOneButByAnother_isDoneByTheOther() {
    List<Event> events =
        events(
            "The city will be defended not by the Afghan police, who lost the province last"
                + " year, but by Turkish soldiers.");

    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.type()).isNotEqualTo(EventType.REJECT);
              assertThat(e.source()).extracting(Actor::code).containsExactly(Optional.of("TUR"));
            });
  }

  @Test
  void willingnessToWithdraw_isAPromise() {
    List<Event> events =
        events("Ethiopia is now willing to withdraw some of its soldiers from Somalia.");

    assertOneNaming(events, EventType.AGREE, "ETH", "SOM");
  }

  @Test
  void partOfWhatATriggerNeeds_isEnough() {
    List<Event> events = events("Washington suspended part of its military aid to Cairo.");

    Event suspension =
        events.stream().filter(e -> e.type() == EventType.SANCTION).findFirst().orElseThrow();
    assertThat(codes(suspension)).contains("USA");
  }

  @Test
  void actingToProtest_isAProtestByWhoActs() {
    List<Event> events =
        events("Greek workers stayed at home on Monday to protest against the pension cuts.");

    assertOneNaming(events, EventType.PROTEST, "GRC");
  }

  @Test
  void siegeAndBlockade_areAssaultsThatRestrictMovement() {
    List<Event> events = events("Yemeni rebels besieged the city of Taiz in March.");

    assertThat(events)
        .extracting(Event::type, Event::cameo)
        .contains(tuple(EventType.ASSAULT, "191"));
  }

  @Test
  void titleNamedAfterACountry_isNoSide() {
    assertThat(events("The \"Irish Garden\" actress condemned the new law on Monday.")).isEmpty();
  }

  @Test
  void releaseOfANamedPerson_isAConcession() {
    List<Event> events = events("Iran released Daniel Harker, a British journalist, on Friday.");

    assertThat(events)
        .extracting(Event::type, Event::cameo)
        .contains(tuple(EventType.CONCEDE, "0841"));
    assertThat(codes(events.get(0))).contains("IRN");
  }

  @Test
  void kidnapping_isAnAbduction() {
    List<Event> events = events("Gunmen kidnapped three Nigerian oil workers on Friday.");

    assertThat(events).extracting(Event::type).containsExactly(EventType.ASSAULT);
    assertThat(events.get(0).cameo()).isEqualTo("181");
  }

  @Test
  void threatToBan_isThreatenNotCoerce() {
    List<Event> events = events("Iran threatened to ban all imports from Azerbaijan.");

    assertOneNaming(events, EventType.THREATEN, "IRN");
  }

  @Test
  void clashWithCasualties_isAssaultWithNumbers() {
    List<Event> events =
        events(
            "Kyrgyz and Tajik border guards clashed near the village of Kok-Tash on Tuesday, and"
                + " three people were killed and eleven were injured.");

    Event clash =
        events.stream().filter(e -> e.type() == EventType.ASSAULT).findFirst().orElseThrow();
    assertThat(codes(clash)).contains("KGZ", "TJK");
    assertThat(clash.attributes().killed()).hasValue(3);
    assertThat(clash.attributes().injured()).hasValue(11);
  }

  @Test
  void futureExercises_arePlannedCooperation() {
    List<Event> events =
        events("Russia will hold joint military exercises with Belarus in September.");

    assertThat(events).hasSize(1);
    assertThat(events.get(0).type()).isEqualTo(EventType.COOPERATE);
    assertThat(events.get(0).status()).isEqualTo(EventStatus.PLANNED);
    assertThat(codes(events.get(0))).contains("RUS", "BLR");
  }

  @Test
  void hedgedReport_isClaimedAndNamesItsSource() {
    List<Event> events =
        events("According to Reuters, Sudanese troops attacked a camp in Darfur on Friday.");

    Event attack = events.get(0);
    assertThat(attack.type()).isEqualTo(EventType.ASSAULT);
    assertThat(attack.status()).isEqualTo(EventStatus.CLAIMED);
    assertThat(attack.reportedBy()).contains("Reuters");
  }

  @Test
  void possibilityOrPurpose_isNoEvent() {
    assertThat(events("The rebels may attack the capital of Chad next week.")).isEmpty();
    assertThat(events("Egypt tried to negotiate with Ethiopia but was forced to wait.")).isEmpty();
  }

  @Test
  void monthNamedLikeATrigger_isATimeNotAProtest() {
    assertThat(
            events(
                "Democratic candidate Ann Lowe says that, whatever happens in Tuesday's key Ohio"
                    + " primary, she will stay in the contest.\n\nLowe says the latest surveys"
                    + " are mistaken.\n\nLowe voted on March 23 and will spend primary night with"
                    + " supporters in Columbus."))
        .noneMatch(e -> e.type() == EventType.PROTEST);
    assertThat(events("Thousands of protesters march on Parliament in Kyiv."))
        .anyMatch(e -> e.type() == EventType.PROTEST);
  }

  @Test
  void promiseOfAid_isAgree() {
    List<Event> events = events("Japan said it will provide food aid to Ethiopia.");

    assertThat(events).extracting(Event::type).contains(EventType.AGREE);
  }

  @Test
  void oneHappeningToldTwice_isOneEvent() {
    List<Event> events =
        events(
            "Indian Prime Minister Narendra Modi visited Nepal on Monday. During the visit to"
                + " Nepal, Modi praised the country's democracy. Modi's visit to Nepal drew"
                + " large crowds.");

    assertThat(events.stream().filter(e -> e.type() == EventType.CONSULT)).hasSize(1);
  }

  @Test
  void fightingAScourgeASpeechesDeliveryOrAQuestionDeclined_areNoActs() {
    assertThat(events("Chicago police will fight gang violence on the South Side.")).isEmpty();
    assertThat(events("Governor Lowe's delivery on the stump has improved.")).isEmpty();
    assertThat(events("Mexico declined a question about the border wall.")).isEmpty();
    // Deliveries that say what or to whom stay.
    assertThat(typesOf("Russia resumed arms deliveries to Syria.")).containsExactly(EventType.AID);
  }

  @Test
  void accusationsOneFacesOrDenies_areMadeAgainstOne() {
    assertThat(events("Senator Ames faced accusations of bias from Governor Lowe."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).extracting(Actor::name).containsExactly("Lowe");
              assertThat(e.target()).extracting(Actor::name).containsExactly("Ames");
            });
    assertThat(events("Belarus denied the accusations in a note to the embassy."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEmpty();
              assertThat(e.target()).extracting(Actor::code).containsExactly(Optional.of("BLR"));
            });
  }

  @Test
  void anActItsDoerDenies_isDenied() {
    assertThat(events("Russia denied the attack on the convoy near Kharkiv."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.ASSAULT);
              assertThat(e.status()).isEqualTo(EventStatus.DENIED);
              assertThat(e.source()).extracting(Actor::code).containsExactly(Optional.of("RUS"));
            });
  }

  @Test
  void appealsToThePublicCautionsAndAdmissions_areNoActs() {
    assertThat(events("Greek police urged residents to stay indoors on Sunday.")).isEmpty();
    assertThat(events("Putin warned against cyber criminals based in Estonia.")).isEmpty();
    assertThat(events("Governor Lowe conceded that the bridge might not open in time.")).isEmpty();
    // A warning to a state, and a concession made, stay.
    assertThat(typesOf("Putin warned Ukraine against joining NATO."))
        .containsExactly(EventType.THREATEN);
  }

  @Test
  void raidsOffensivesAndArrestsNamedAsNouns_areCoded() {
    assertThat(typesOf("Rebels launched an offensive against government forces in Idlib."))
        .containsExactly(EventType.ASSAULT);
    assertThat(events("Russian air raids on Aleppo continued on Tuesday."))
        .singleElement()
        .satisfies(e -> assertThat(e.cameo()).isEqualTo("195"));
    assertThat(typesOf("Israeli police carried out a raid on the Jenin camp."))
        .containsExactly(EventType.COERCE);
    assertThat(typesOf("Belarusian police made the arrest of the opposition leader on Sunday."))
        .containsExactly(EventType.COERCE);
    // A person's arrest is done to them; no arrests, or resisting one, is none.
    assertThat(events("Turkish police confirmed Selim Kaya's arrest in Izmir on Friday."))
        .singleElement()
        .satisfies(
            e -> assertThat(e.target()).extracting(Actor::name).containsExactly("Selim Kaya"));
    assertThat(events("Greek police reported no arrests after the march in Athens.")).isEmpty();
    assertThat(events("The Greek sailor was charged with resisting arrest in Athens.")).isEmpty();
    // What something may lead to has not happened; what it led to has.
    assertThat(events("Police offered a reward for tips leading to the arrest of Kaya in Izmir."))
        .isEmpty();
    assertThat(typesOf("Iran was furious, leading to talks with Iraq in Baghdad."))
        .containsExactly(EventType.CONSULT);
    // A heart's arrest and a charm offensive are none.
    assertThat(events("The Russian envoy suffered a cardiac arrest in Vienna.")).isEmpty();
    assertThat(events("The French president launched a charm offensive in Brussels.")).isEmpty();
  }

  @Test
  void aTownHallOrAPledgeMet_isNoMeeting() {
    // A town hall is a candidate taking questions from the public; one meets a pledge by keeping
    // it.
    assertThat(events("Senator Ward answered questions at a town hall meeting in Ohio.")).isEmpty();
    assertThat(events("A cable network hosted a town hall with Senator Ward in Toledo.")).isEmpty();
    assertThat(events("Germany will meet the pledge it made in Kyoto to cut emissions.")).isEmpty();
    assertThat(events("Germany will meet the Polish foreign minister in Berlin."))
        .extracting(Event::type)
        .containsExactly(EventType.CONSULT);
  }

  @Test
  void aHappeningTheClauseIsDatedBy_isNotDoneByItsSubject() {
    // The bombings are when Kenya acted, and what Ghana answered; neither did them.
    for (String text :
        List.of(
            "Kenya tightened its border rules after the May 4 bombings in Mombasa.",
            "Kenya closed two crossings in the aftermath of the May 4 bombings in Mombasa.",
            "Ghana recalled its envoy in response to the June 2 attack on its embassy.")) {
      assertThat(events(text))
          .as(text)
          .filteredOn(e -> e.type() == EventType.ASSAULT)
          .allSatisfy(e -> assertThat(e.source()).isEmpty());
    }
  }

  @Test
  void aDatelineBeforeTheSubject_isNotTheDoer() {
    // The parser hangs the dateline on the subject; its capital is where the story was filed.
    assertThat(events("NAIROBI, Kenya — Kenya agreed on Tuesday to open its border with Somalia."))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.type()).isEqualTo(EventType.AGREE);
              assertThat(e.source()).extracting(Actor::name).containsExactly("Kenya");
            });
    // An abbreviation in capitals before a dash is no dateline.
    assertThat(events("NATO — the alliance of thirty states — agreed to send troops to Kosovo."))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.source())
                    .extracting(Actor::name)
                    .contains("North Atlantic Treaty Organization"));
  }

  @Test
  void textWithoutActorsOrWords_givesNoEvents() {
    assertThat(events("It rained all day and the match was cancelled.")).isEmpty();
    assertThat(events("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20")).isEmpty();
  }

  @Test
  void hundredsOfEventsInOneArticle_areBoundedAndEachHasEvidence() {
    String[] countries = {"Russia", "Ukraine", "Armenia", "Azerbaijan", "Georgia", "Turkey"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 320; i++) {
      text.append(countries[i % countries.length])
          .append(" accused ")
          .append(countries[(i + 1) % countries.length])
          .append(" of shelling village number ")
          .append(i)
          .append(" on ")
          .append(1 + i % 28)
          .append(" March 2023. ");
    }

    List<Event> events = events(text.toString());

    assertThat(events)
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(dev.pamir.events.code.EventCoder.MAX_EVENTS);
    assertThat(events).allSatisfy(e -> assertThat(e.evidence().length()).isPositive());
  }

  @Test
  void contradictoryDates_giveOneDateAndNoFailure() {
    List<Event> events =
        events("On 3 May 2023 and on 1 April 2021, Armenia signed a peace treaty with Azerbaijan.");

    assertThat(events).isNotEmpty();
    assertThat(events.get(0).date()).isPresent();
  }

  @Test
  void everyEventHasEvidenceInsideTheText() {
    String text =
        "Pakistan accused India of violating the ceasefire. India rejected the accusation and"
            + " demanded that Pakistan withdraw its troops from the border.";

    List<Event> events = events(text);

    assertThat(events).isNotEmpty();
    for (Event e : events) {
      assertThat(e.evidence().end()).isLessThanOrEqualTo(text.length());
      assertThat(e.evidence().of(text)).isNotBlank();
      assertThat(e.actors()).isNotEmpty();
    }
    assertThat(events).extracting(Event::type).contains(EventType.ACCUSE, EventType.REJECT);
  }
}
