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

    assertThat(lexicon.mayFire("visit", false, Set.of("minister", "visit"))).isTrue();
    assertThat(lexicon.mayFire("hold", false, Set.of("they", "hold", "view"))).isFalse();
    assertThat(lexicon.mayFire("sign", false, Set.of("sign", "agreement"))).isTrue();
    assertThat(lexicon.mayFire("sign", false, Set.of("sign", "autograph"))).isFalse();
    assertThat(lexicon.mayFire("banana", true, Set.of("banana"))).isFalse();
  }

  @Test
  void mayFire_onlyATriggerOfTheWordsPartOfSpeech_andNoGateAlone() {
    Lexicon lexicon = Lexicon.load();

    // "according to" is the verb "accord"; the trigger is the noun ("the accord was signed").
    assertThat(lexicon.mayFire("accord", true, Set.of("accord"))).isTrue();
    assertThat(lexicon.mayFire("accord", false, Set.of("accord", "to"))).isFalse();
    // "call" is an event only through what it governs ("called for talks").
    assertThat(lexicon.governs("call")).isTrue();
    assertThat(lexicon.mayFire("call", false, Set.of("call", "for", "calm"))).isFalse();
    assertThat(lexicon.mayFire("talk", true, Set.of("call", "for", "talk"))).isTrue();
  }

  @Test
  void parse_badLine_namesTheLine() {
    String tsv = "# comment\nvisit\tV\tCONSULT\t042\tvisit\t-\t-\nbroken\tV\n";

    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("line 3");
  }

  @Test
  void parse_tildeWords_areObjectsThatRuleTheTriggerOut() throws Exception {
    String tsv = "defend\tV\tSUPPORT\t051\t-\tpolicy,~title\t-\n";

    Lexicon lexicon = Lexicon.parse(new BufferedReader(new StringReader(tsv)));

    Lexicon.Trigger defend = lexicon.candidates("defend", false).get(0);
    assertThat(defend.needs()).containsExactly("policy");
    assertThat(defend.unless()).containsExactly("title");
  }

  @Test
  void parse_unknownRole_isRefused() {
    String tsv = "visit\tV\tCONSULT\t042\tvisit\t-\tsideways\n";

    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("unknown role sideways");
  }
}
