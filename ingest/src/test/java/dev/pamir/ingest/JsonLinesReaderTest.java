package dev.pamir.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.PublicationDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader(10_000);

  private static RawDocument document(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Document.class);
    return ((ReadOutcome.Document) outcome).document();
  }

  private static String rejection(ReadOutcome outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
    return ((ReadOutcome.Rejected) outcome).reason().getMessage();
  }

  @Test
  void read_textRecord_keepsTextExactlyAndTakesHints() {
    String line =
        "{\"id\":\"r1\",\"text\":\"  Body\\n\\nwith  spaces \",\"title\":\"T\",\"authors\":[\"A B\"],"
            + "\"outlet\":\"O\",\"published\":\"2021-05-19T09:26:00+03:00\",\"url\":\"https://e.org/1\"}";
    RawDocument doc = document(reader.read(line, "in.jsonl").get(0));
    assertThat(doc.kind()).isEqualTo(ContentKind.CLEAN_TEXT);
    assertThat(doc.content()).isEqualTo("  Body\n\nwith  spaces ");
    assertThat(doc.hintsWin()).isTrue();
    assertThat(doc.hints().title()).contains("T");
    assertThat(doc.hints().authors()).containsExactly("A B");
    assertThat(doc.hints().outlet()).contains("O");
    assertThat(doc.hints().published().map(PublicationDate::iso))
        .contains("2021-05-19T09:26:00+03:00");
    assertThat(doc.source().displayName()).isEqualTo("in.jsonl#r1");
    assertThat(doc.source().url()).contains("https://e.org/1");
  }

  @Test
  void read_htmlRecord_isHtmlToClean() {
    RawDocument doc = document(reader.read("{\"id\":7,\"html\":\"<p>Hi</p>\"}", "in.jsonl").get(0));
    assertThat(doc.kind()).isEqualTo(ContentKind.HTML);
    assertThat(doc.source().recordId()).contains("7");
  }

  @Test
  void read_badLines_areRejectedByLineAndTheRestGoOn() {
    String content =
        String.join(
            "\n",
            "{\"id\":\"a\",\"text\":\"One.\"}",
            "{not json",
            "[1,2]",
            "{\"text\":\"no id\"}",
            "{\"id\":\"b\"}",
            "{\"id\":\"c\",\"text\":\"x\",\"html\":\"<p>y</p>\"}",
            "{\"id\":\"a\",\"text\":\"Duplicate.\"}",
            "",
            "{\"id\":\"d\",\"text\":\"Four.\"}");
    List<ReadOutcome> out = reader.read(content, "in.jsonl");
    assertThat(out).hasSize(8);
    assertThat(document(out.get(0)).content()).isEqualTo("One.");
    assertThat(rejection(out.get(1))).startsWith("in.jsonl:2: malformed JSON");
    assertThat(rejection(out.get(2))).isEqualTo("in.jsonl:3: not a JSON object");
    assertThat(rejection(out.get(3))).startsWith("in.jsonl:4: record has no \"id\"");
    assertThat(rejection(out.get(4))).contains("in.jsonl#b").contains("exactly one of");
    assertThat(rejection(out.get(5))).contains("in.jsonl#c");
    assertThat(rejection(out.get(6))).contains("duplicate id");
    assertThat(document(out.get(7)).content()).isEqualTo("Four.");
  }

  @Test
  void read_oversizedRecord_isRejectedAsLimit() {
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(20_000) + "\"}";
    ReadOutcome out = reader.read(big, "in.jsonl").get(0);
    assertThat(((ReadOutcome.Rejected) out).reason().kind())
        .isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void read_wrongFieldTypes_areRejectedNamingTheField() {
    List<ReadOutcome> out =
        reader.read(
            "{\"id\":\"a\",\"text\":5}\n{\"id\":\"b\",\"text\":\"t\",\"authors\":[1]}", "in.jsonl");
    assertThat(rejection(out.get(0))).contains("\"text\" must be a string");
    assertThat(rejection(out.get(1))).contains("\"authors\"");
  }

  @Test
  void read_unparsablePublished_isAWarningNotARejection() {
    RawDocument doc =
        document(
            reader.read("{\"id\":\"a\",\"text\":\"t\",\"published\":\"soon\"}", "f.jsonl").get(0));
    assertThat(doc.hints().published()).isEmpty();
    assertThat(doc.warnings()).singleElement().asString().contains("soon");
  }

  @Test
  void read_dateField_isThePublicationDateUnlessPublishedIsGiven() {
    List<ReadOutcome> out =
        reader.read(
            String.join(
                "\n",
                "{\"id\":\"a\",\"text\":\"t\",\"date\":\"1987-02-26T15:01:01\"}",
                "{\"id\":\"b\",\"text\":\"t\",\"date\":\"1987-02-26\",\"published\":\"2021-05-19\"}"),
            "in.jsonl");
    assertThat(document(out.get(0)).hints().published().map(p -> p.day().toString()))
        .contains("1987-02-26");
    assertThat(document(out.get(1)).hints().published().map(p -> p.day().toString()))
        .contains("2021-05-19");
  }

  @Test
  void read_limitsOtherThanSize_areNamedForWhatTheyAre() {
    List<ReadOutcome> out =
        reader.read(
            String.join(
                "\n",
                "[".repeat(1000) + "]".repeat(1000),
                "{\"id\":\"n\",\"text\":\"t\",\"title\":" + "7".repeat(5000) + "}"),
            "in.jsonl");
    assertThat(rejection(out.get(0))).isEqualTo("in.jsonl:1: JSON nested deeper than 64 levels");
    assertThat(rejection(out.get(1))).isEqualTo("in.jsonl:2: a number longer than 1000 characters");
    assertThat(out)
        .allSatisfy(
            o ->
                assertThat(((ReadOutcome.Rejected) o).reason().kind())
                    .isEqualTo(InputRejectedException.Kind.LIMIT_EXCEEDED));
  }

  @Test
  void read_bytes_lineNotUtf8_isRejectedAndTheOtherLinesKeepTheirText() throws Exception {
    byte[] good = "{\"id\":\"a\",\"text\":\"Zürich\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\":\"b\",\"text\":\"Zürich\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] last = "{\"id\":\"c\",\"text\":\"Zürich\"}".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[good.length + latin1.length + last.length];
    System.arraycopy(good, 0, file, 0, good.length);
    System.arraycopy(latin1, 0, file, good.length, latin1.length);
    System.arraycopy(last, 0, file, good.length + latin1.length, last.length);

    List<ReadOutcome> out = reader.read(file, "in.jsonl");

    assertThat(out).hasSize(3);
    assertThat(document(out.get(0)).content()).isEqualTo("Zürich");
    assertThat(rejection(out.get(1))).isEqualTo("in.jsonl:2: not UTF-8, which JSON Lines must be");
    assertThat(document(out.get(2)).content()).isEqualTo("Zürich");
  }

  @Test
  void read_bytes_markAndBlankLinesAndOversizedLines() throws Exception {
    byte[] file =
        ("\uFEFF{\"id\":\"a\",\"text\":\"One.\"}\r\n\n  \n{\"id\":\"b\",\"text\":\""
                + "x".repeat(20_000)
                + "\"}\n")
            .getBytes(StandardCharsets.UTF_8);

    List<ReadOutcome> out = reader.read(file, "in.jsonl");

    assertThat(out).hasSize(2);
    assertThat(document(out.get(0)).content()).isEqualTo("One.");
    assertThat(rejection(out.get(1)))
        .isEqualTo("in.jsonl:4: record is larger than the limit of 10000 bytes");
  }

  @Test
  void read_bytes_emptyOrBinaryFile_isRejectedWhole() {
    assertThatThrownBy(() -> reader.read(new byte[0], "in.jsonl"))
        .hasMessage("in.jsonl: empty file");
    assertThatThrownBy(() -> reader.read(new byte[] {'{', 0, 1, 2, '}'}, "in.jsonl"))
        .hasMessage("in.jsonl: binary content, not text");
  }

  @Test
  void read_escapedLoneSurrogates_becomeReplacementCharacters_atTheSameOffsets() {
    RawDocument doc =
        document(
            reader
                .read(
                    "{\"id\":\"x\\udc00\",\"text\":\"a\\ud800b \\ud83d\\ude00\",\"title\":\"\\udfff\"}",
                    "in.jsonl")
                .get(0));
    assertThat(doc.content()).isEqualTo("a\uFFFDb \uD83D\uDE00");
    assertThat(doc.source().recordId()).contains("x\uFFFD");
    assertThat(doc.hints().title()).contains("\uFFFD");
  }
}
