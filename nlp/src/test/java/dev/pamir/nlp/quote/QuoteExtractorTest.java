package dev.pamir.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Article;
import dev.pamir.model.Entity;
import dev.pamir.model.EntityType;
import dev.pamir.model.Layer;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Quote;
import dev.pamir.model.Span;
import dev.pamir.pipeline.Limits;
import dev.pamir.pipeline.StageContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each pattern the extractor knows, on hand-built token layers. */
class QuoteExtractorTest {

  private static final StageContext CONTEXT =
      new StageContext(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Limits.DEFAULTS);
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private static final Map<String, String> NAMES =
      Map.of(
          "Anna Petrova", "PERSON",
          "Petrova", "PERSON",
          "Timur Aliev", "PERSON",
          "Aliev", "PERSON",
          "Ministry of Energy", "ORGANIZATION");

  private static List<Quote> quotes(String text) {
    return EXTRACTOR.apply(HandTokens.article(text, NAMES), CONTEXT).annotations().quotes();
  }

  private static Quote only(String text) {
    List<Quote> found = quotes(text);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String words(String text, Quote quote) {
    return quote.span().of(text);
  }

  @Test
  void stage_declaresItsLayers() {
    assertThat(EXTRACTOR.name()).isEqualTo("quotes");
    assertThat(EXTRACTOR.requires())
        .containsExactlyInAnyOrder(Layer.TEXT, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
    assertThat(EXTRACTOR.produces()).containsExactly(Layer.QUOTES);
  }

  @Test
  void apply_colonAfterNameAndApposition_attributesTheNextQuote() {
    String text =
        "Timur Aliev, an energy analyst, said: \"Prices will rise in the winter months.\"";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("Prices will rise in the winter months.");
    assertThat(q.direct()).isTrue();
    assertThat(q.speakerName()).contains("Timur Aliev");
    assertThat(q.speaker()).isEmpty(); // no entity layer
  }

  @Test
  void apply_colonEndingThePreviousParagraph_attributesTheQuoteParagraph() {
    String text =
        "Anna Petrova visited the plant and warned of the risks:\n\n"
            + "“The grid is old and the winter will be hard for everyone.”";
    assertThat(only(text).speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_dashAndVerbAfterTheQuote_attributesToTheName() {
    String text =
        "Anna Petrova opened the plant.\n\n\"Prices will rise in the winter months\", - Petrova said.";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("Prices will rise in the winter months");
    assertThat(q.speakerName()).contains("Anna Petrova"); // the surname resolves to the full name
  }

  @Test
  void apply_mediaNameWithADot_isTheSpeaker() {
    String text = "\"The grid will fail again this winter\" - Nova. Press notes.";
    assertThat(only(text).speakerName()).contains("Nova. Press");
  }

  @Test
  void apply_attributionInsideTheQuote_givesBothPartsOneSpeaker() {
    String text = "\"Prices will rise,\" Aliev said, \"and the grid will fail.\"";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(q -> words(text, q))
        .containsExactly("Prices will rise", "and the grid will fail.");
    assertThat(found).allSatisfy(q -> assertThat(q.speakerName()).contains("Aliev"));
  }

  @Test
  void apply_saidFollowedByDescription_resolvesToTheLastPersonQuoted() {
    String text =
        "“Prices will rise,” Timur Aliev said.\n\n"
            + "“The grid is old,” said the head of the energy department.";
    assertThat(quotes(text))
        .extracting(q -> q.speakerName().orElseThrow())
        .containsExactly("Timur Aliev", "Timur Aliev");
  }

  @Test
  void apply_pronounSpeaker_resolvesToTheMostRecentPerson() {
    String text =
        "Anna Petrova opened the plant.\n\n“We will not raise prices this year,” she added.";
    assertThat(only(text).speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_pronounSpeaker_skipsNamesInsideQuotes() {
    String text = "Anna Petrova opened the plant. “Aliev was wrong about the prices,” she said.";
    assertThat(quotes(text))
        .singleElement()
        .satisfies(q -> assertThat(q.speakerName()).contains("Anna Petrova"));
  }

  @Test
  void apply_quoteContinuedInTheNextParagraph_sharesTheSpeaker() {
    String text =
        "Timur Aliev said:\n\n"
            + "“Prices will rise in the winter months.\n\n"
            + "“The grid is old and it will fail again.”";
    List<Quote> found = quotes(text);
    assertThat(found)
        .extracting(q -> words(text, q))
        .containsExactly(
            "Prices will rise in the winter months.", "The grid is old and it will fail again.");
    assertThat(found).allSatisfy(q -> assertThat(q.speakerName()).contains("Timur Aliev"));
  }

  @Test
  void apply_scareQuotesAndNames_areNotQuotes() {
    String text =
        "The Ministry of Energy calls it \"soft power\" and backs the “Green Energy Party” in the"
            + " “Northern Alliance for Clean Power” group.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void apply_titleOfAnArticle_isNotAQuote() {
    String text =
        "The article “Aliev: prices will rise in the winter months” was published on Monday.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void apply_curlySingleMarks_quoteButApostrophesDoNot() {
    String text = "Aliev said: ‘The grid isn’t ready for the winter.’ The workers’ union agreed.";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("The grid isn’t ready for the winter.");
  }

  @Test
  void apply_guillemets_areQuotationMarks() {
    String text = "«The grid will fail again this winter», Aliev said.";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("The grid will fail again this winter");
    assertThat(q.speakerName()).contains("Aliev");
  }

  @Test
  void apply_saidThat_isIndirectSpeechWithTheReportedClause() {
    String text = "Timur Aliev said that prices will rise in the winter months.";
    Quote q = only(text);
    assertThat(q.direct()).isFalse();
    assertThat(words(text, q)).isEqualTo("prices will rise in the winter months");
    assertThat(q.speakerName()).contains("Timur Aliev");
  }

  @Test
  void apply_believesThat_isIndirectSpeech() {
    String text = "Anna Petrova believes that the grid will fail again.";
    assertThat(only(text).speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_organisationWhichStated_attributesToTheOrganisation() {
    String text =
        "The plan was backed by the Ministry of Energy, which stated that prices will fall.";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("prices will fall");
    assertThat(q.speakerName()).contains("Ministry of Energy");
  }

  @Test
  void apply_accordingTo_reportsTheRestOfTheSentence() {
    String text = "According to Anna Petrova, prices will rise in the winter months.";
    Quote q = only(text);
    assertThat(q.direct()).isFalse();
    assertThat(words(text, q)).isEqualTo("prices will rise in the winter months");
    assertThat(q.speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_thisWasStatedBy_reportsThePreviousSentence() {
    String text = "Prices will rise in the winter months. This was stated by Timur Aliev.";
    Quote q = only(text);
    assertThat(words(text, q)).isEqualTo("Prices will rise in the winter months");
    assertThat(q.speakerName()).contains("Timur Aliev");
  }

  @Test
  void apply_trailingAttribution_reportsTheClauseBefore() {
    String text = "Prices will rise in the winter months, Aliev said.";
    Quote q = only(text);
    assertThat(q.direct()).isFalse();
    assertThat(words(text, q)).isEqualTo("Prices will rise in the winter months");
  }

  @Test
  void apply_quotedWordsAfterAVerbOfJudging_reportTheVerbsComplement() {
    String text = "Timur Aliev called the new tariffs “a tax on the poor” on Monday.";
    Quote q = only(text);
    assertThat(q.direct()).isFalse();
    assertThat(words(text, q)).isEqualTo("the new tariffs “a tax on the poor” on Monday");
    assertThat(q.speakerName()).contains("Timur Aliev");
  }

  @Test
  void apply_withEntities_givesTheEntityOfTheSpeakerMention() {
    String text = "Anna Petrova opened the plant.\n\n“Prices will rise,” Petrova said.";
    Entity petrova =
        new Entity(
            "E1",
            "Anna Petrova",
            EntityType.PERSON,
            Optional.empty(),
            List.of("energy minister"),
            List.of("Petrova"),
            List.of(
                new Span(0, 12), new Span(text.indexOf("Petrova said"), text.indexOf(" said"))));
    Article in = HandTokens.article(text, NAMES, List.of(petrova));
    Quote q = EXTRACTOR.apply(in, CONTEXT).annotations().quotes().get(0);
    assertThat(q.speaker()).contains("E1");
    assertThat(q.speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_withEntities_matchesAnUnlabelledSurnameByName() {
    String text = "“The grid is old and it will fail again,” Kurmanova said.";
    Entity kurmanova =
        new Entity(
            "E7",
            "Dina Kurmanova",
            EntityType.PERSON,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of());
    Article in = HandTokens.article(text, Map.of(), List.of(kurmanova));
    Quote q = EXTRACTOR.apply(in, CONTEXT).annotations().quotes().get(0);
    assertThat(q.speaker()).contains("E7");
    assertThat(q.speakerName()).contains("Dina Kurmanova");
  }

  @Test
  void apply_withEntities_givesTheEntityOfTheFullestNameForASharedSurname() {
    String text = "Donald Trump and Ivanka Trump arrived.\n\n“We will win,” Trump said.";
    Entity donald =
        new Entity(
            "E1",
            "Donald Trump",
            EntityType.PERSON,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(new Span(0, 12)));
    Entity ivanka =
        new Entity(
            "E2",
            "Ivanka Trump",
            EntityType.PERSON,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(new Span(17, 29)));
    Article named =
        HandTokens.article(text, Map.of("Donald Trump", "PERSON", "Ivanka Trump", "PERSON"));
    List<NamedMention> mentions = new ArrayList<>(named.annotations().namedMentions());
    int surname = text.lastIndexOf("Trump");
    mentions.add(new NamedMention(new Span(surname, surname + 5), "PERSON", Optional.empty()));
    Article in =
        named
            .withTokens(named.annotations().tokens(), named.annotations().sentences(), mentions)
            .withEntities(List.of(donald, ivanka));
    Quote q = EXTRACTOR.apply(in, CONTEXT).annotations().quotes().get(0);
    assertThat(q.speakerName()).contains("Donald Trump");
    assertThat(q.speaker()).contains("E1");
  }

  @Test
  void apply_organisationCutShortAtADot_isNamedAsWritten() {
    String text = "\"The grid will fail again this winter\" - Nova. Press notes.";
    int start = text.indexOf("Nova");
    Entity nova =
        new Entity(
            "E1",
            "Nova",
            EntityType.ORGANIZATION,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(new Span(start, start + 4)));
    Quote q =
        EXTRACTOR
            .apply(HandTokens.article(text, Map.of("Nova", "ORGANIZATION"), List.of(nova)), CONTEXT)
            .annotations()
            .quotes()
            .get(0);
    assertThat(q.speaker()).contains("E1");
    assertThat(q.speakerName()).contains("Nova. Press");
  }

  @Test
  void apply_withEntities_recordsWhereThePronounSpeakerIsWritten() {
    String text = "Anna Petrova opened the plant.\n\n“Prices will rise,” she said.";
    Entity petrova =
        new Entity(
            "E1",
            "Anna Petrova",
            EntityType.PERSON,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(new Span(0, 12)));
    Article in = HandTokens.article(text, NAMES, List.of(petrova));
    Quote q = EXTRACTOR.apply(in, CONTEXT).annotations().quotes().get(0);
    int she = text.indexOf("she said");
    assertThat(q.speaker()).contains("E1");
    assertThat(q.speakerSpan()).contains(new Span(she, she + 3));
  }

  @Test
  void apply_descriptionWithARole_resolvesToThePersonGivenThatRole() {
    String text =
        "Energy Minister Anna Petrova met Timur Aliev.\n\n"
            + "“Prices will not rise,” said the minister.";
    assertThat(only(text).speakerName()).contains("Anna Petrova");
  }

  @Test
  void apply_unknownDescription_staysTheSpeakerName() {
    String text = "“Prices will rise in the winter,” a source said.";
    assertThat(only(text).speakerName()).contains("a source");
  }
}
