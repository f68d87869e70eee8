package dev.pamir.events.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamir.model.EventType;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  @Test
  void load_coversEveryPloverType() {
    Lexicon lexicon = Lexicon.load();
    Set<EventType> covered = EnumSet.noneOf(EventType.class);
    for (String lemma :
        new String[] {
          "agree", "visit", "praise", "cooperate", "supply", "withdraw", "lift", "demand",
          "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "arrest", "attack"
        }) {
      boolean noun = lemma.equals("sanction");
      lexicon.candidates(lemma, noun).forEach(t -> covered.add(t.type()));
    }

    assertThat(covered).containsExactlyInAnyOrder(EventType.values());
  }

  @Test
  void candidates_respectPartOfSpeech() {
    Lexicon lexicon = Lexicon.load();

    assertThat(lexicon.candidates("visit", false)).isNotEmpty();
    assertThat(lexicon.candidates("visit", true)).isNotEmpty();
    assertThat(lexicon.candidates("agreement", false)).isEmpty();
    assertThat(lexicon.mayTrigger("banana")).isFalse();
  }

  @Test
  void mayFire_asksForTheWordsATriggerNeeds_andNothingOfALightVerbAlone() {
    Lexicon lexicon = Lexicon.load();

    assertThat(lexicon.mayFire("visit", Set.of("minister", "visit"))).isTrue();
    assertThat(lexicon.mayFire("hold", Set.of("they", "hold", "view"))).isFalse();
    assertThat(lexicon.mayFire("sign", Set.of("sign", "agreement"))).isTrue();
    assertThat(lexicon.mayFire("sign", Set.of("sign", "autograph"))).isFalse();
    assertThat(lexicon.mayFire("banana", Set.of("banana"))).isFalse();
  }

  @Test
  void parse_badLine_namesTheLine() {
    String tsv = "# comment\nvisit\tV\tCONSULT\t042\tvisit\t-\t-\nbroken\tV\n";

    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("line 3");
  }

  @Test
  void parse_unknownRole_isRefused() {
    String tsv = "visit\tV\tCONSULT\t042\tvisit\t-\tsideways\n";

    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("unknown role sideways");
  }
}
