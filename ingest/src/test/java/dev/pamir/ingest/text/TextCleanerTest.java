package dev.pamir.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.PublicationDate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private static final String BODY_ONE =
      "The ministry said on Tuesday that the new bridge over the river would open in the spring.";
  private static final String BODY_TWO =
      "Engineers who inspected the structure last week found no defects in the main span.";

  private final TextCleaner cleaner = new TextCleaner();

  private CleanedText clean(String raw) {
    return cleaner.clean(raw);
  }

  // ---- text shape

  @Test
  void clean_crlfControlCharactersAndTrailingSpaces_normalisedText() {
    CleanedText cleaned =
        clean("  " + BODY_ONE + " \t\r\n\r\n\r\n\u0000" + BODY_TWO + "\u0007  \r\n");

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_linesWithinParagraph_keptOnTheirOwnLines() {
    String poem = "Roses are red,\nviolets are blue, and the council has voted in favour of it.";

    assertThat(clean(poem + "\n\n" + BODY_ONE).text()).isEqualTo(poem + "\n\n" + BODY_ONE);
  }

  @Test
  void clean_noBreakSpacesOnlyLine_separatesParagraphs() {
    assertThat(clean(BODY_ONE + "\n\u00a0\u00a0\n" + BODY_TWO).text())
        .isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  // ---- header

  @Test
  void clean_headlineBylineDatelineAndCounter_readAsMetadataAndRemoved() {
    String raw =
        """
        Bridge Over the River Opens in Spring

        Jane Roe.
        19.05.2021 09:26
          (Moscow time), Moscow
        Views: 120

        Transport, Infrastructure, Rivers

        """
            + BODY_ONE
            + "\n\n"
            + BODY_TWO;

    CleanedText cleaned = clean(raw);

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    assertThat(cleaned.metadata())
        .isEqualTo(
            new ArticleMetadata(
                Optional.of("Bridge Over the River Opens in Spring"),
                java.util.List.of("Jane Roe"),
                Optional.empty(),
                Optional.of(
                    new PublicationDate.At(OffsetDateTime.parse("2021-05-19T09:26+03:00")))));
  }

  @Test
  void clean_markdownHeadingAfterLabel_isTheTitle() {
    CleanedText cleaned =
        clean("Press Release\n\n## Bridge Opens in Spring\n\n(Translated)\n\n" + BODY_ONE);

    assertThat(cleaned.metadata().title()).contains("Bridge Opens in Spring");
    assertThat(cleaned.text()).isEqualTo(BODY_ONE);
  }

  @Test
  void clean_byLineWithTwoNames_givesBothAuthors() {
    CleanedText cleaned =
        clean("Bridge Opens in Spring\nBy Jane Roe and John Doe\nMay 19, 2021\n\n" + BODY_ONE);

    assertThat(cleaned.metadata().authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(cleaned.metadata().published())
        .contains(new PublicationDate.Day(LocalDate.of(2021, 5, 19)));
  }

  @Test
  void clean_dateMentionedInFirstParagraph_isNotThePublicationDate() {
    CleanedText cleaned =
        clean(
            "On 31/07/2021, the agency published a report on the bridge and its long delays.\n\n"
                + BODY_ONE);

    assertThat(cleaned.metadata().published()).isEmpty();
    assertThat(cleaned.text()).startsWith("On 31/07/2021");
  }

  @Test
  void clean_wireDatelineOpeningTheArticle_isThePublicationDate() {
    CleanedText cleaned = clean("LONDON, May 19, 2021 (Wire) - " + BODY_ONE + "\n\n" + BODY_TWO);

    assertThat(cleaned.metadata().published())
        .contains(new PublicationDate.Day(LocalDate.of(2021, 5, 19)));
  }

  @Test
  void clean_firstLineIsProse_noTitleAndNothingRemoved() {
    CleanedText cleaned = clean(BODY_ONE + "\n\n" + BODY_TWO);

    assertThat(cleaned.metadata()).isEqualTo(ArticleMetadata.EMPTY);
    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  // ---- repetition

  @Test
  void clean_teaserParaphrasingAnotherParagraph_removed() {
    String teaser = "The ministry said on Tuesday the new bridge over the river would...";

    CleanedText cleaned = clean(BODY_ONE + "\n\n" + teaser + "\n\n" + BODY_TWO);

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_ellipsisParagraphRepeatingNothing_kept() {
    String suspense = "And then, just as the ribbon was about to be cut, the lights went out…";

    assertThat(clean(BODY_ONE + "\n\n" + suspense + "\n\n" + BODY_TWO).text()).contains(suspense);
  }

  // ---- families

  @Test
  void clean_subscribeCallMidArticle_removedAndNamesTheOutlet() {
    CleanedText cleaned =
        clean(
            BODY_ONE + "\n\nSubscribe to RiverWatch news on Telegram and YouTube.\n\n" + BODY_TWO);

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    assertThat(cleaned.metadata().outlet()).contains("RiverWatch");
  }

  @Test
  void clean_errorReportPrompt_removed() {
    assertThat(
            clean(BODY_ONE + "\n\nSpotted a typo? Select it and press Ctrl+Enter.\n\n" + BODY_TWO)
                .text())
        .isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_commentRulesAndFeedbackAfterArticle_removed() {
    String raw =
        BODY_ONE
            + "\n\n"
            + BODY_TWO
            + "\n\nDear users, comments that contain insults will be deleted by moderators."
            + "\n\nThe site administration reserves the right to block accounts."
            + "\n\nPosting links to external websites is prohibited!"
            + "\n\n• Thank you!\n\nThe editors have been notified.";

    assertThat(clean(raw).text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_sentenceAboutCommentRulesInsideArticle_kept() {
    String news =
        "The regulator said that comments containing insults are now prohibited on all"
            + " registered news sites.";

    assertThat(clean(BODY_ONE + "\n\n" + news + "\n\n" + BODY_TWO).text()).contains(news);
  }

  // ---- shape and links

  @Test
  void clean_calendarWidget_removed() {
    String calendar =
        "• May 2024\nMon Tues Wed Thurs Fri Sat Total\n12345\n6789101112\n13141516171819";

    assertThat(clean(BODY_ONE + "\n\n" + calendar + "\n\n" + BODY_TWO).text())
        .isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_linkLinesAndPipeListsAnywhere_removed() {
    String raw =
        BODY_ONE
            + "\n\n<https://example.org/bridge>\n\n[example.org](https://example.org)\n\n"
            + BODY_TWO
            + "\n\nRiver Website | Bridge Website | Road Website www.example.org";

    assertThat(clean(raw).text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
  }

  @Test
  void clean_sectionLabelInsideArticle_kept() {
    String raw = BODY_ONE + "\n\nComment:\n\n" + BODY_TWO;

    assertThat(clean(raw).text()).isEqualTo(raw);
  }

  // ---- signature

  @Test
  void clean_writtenForOfficeSignature_givesAuthorAndOutletInReadersForm() {
    CleanedText cleaned =
        clean(
            BODY_ONE
                + "\n\n"
                + BODY_TWO
                + "\n\nWritten for the Press Office of the River Authority by **Jane Roe**");

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    assertThat(cleaned.metadata().authors()).containsExactly("Jane Roe");
    assertThat(cleaned.metadata().outlet()).contains("River Authority Press Office");
  }

  @Test
  void clean_organisationSignatureLineAfterArticle_isTheOutlet() {
    CleanedText cleaned =
        clean(
            BODY_ONE
                + "\n\n"
                + BODY_TWO
                + "\n\nPress Office of the River Authority in Northshire"
                + "\n\nOfficial Website:\n\n<https://example.org>");

    assertThat(cleaned.text()).isEqualTo(BODY_ONE + "\n\n" + BODY_TWO);
    assertThat(cleaned.metadata().outlet())
        .contains("Press Office of the River Authority in Northshire");
  }

  @Test
  void clean_onlyDebris_keepsTheTextAndWarns() {
    CleanedText cleaned = clean("Tags:\n\nViews: 5");

    assertThat(cleaned.text()).isEqualTo("Tags:\n\nViews: 5");
    assertThat(cleaned.warnings()).hasSize(1);
  }
}
