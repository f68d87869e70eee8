package dev.pamir.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamir.model.Dependency;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpDependencyParserTest {

  private static CoreNlpDependencyParser parser;

  @BeforeAll
  static void load() {
    parser = new CoreNlpDependencyParser();
  }

  @Test
  void parse_simpleClause_findsSubjectObjectAndOblique() {
    List<Token> tokens =
        tokens("Russia/NNP signed/VBD an/DT agreement/NN with/IN Tajikistan/NNP ./.");

    List<Dependency> arcs = parser.parse(tokens);

    assertThat(arcs).hasSize(tokens.size());
    assertThat(arcs).contains(new Dependency(-1, 1, "root"));
    assertThat(arcs).contains(new Dependency(1, 0, "nsubj"));
    assertThat(arcs).contains(new Dependency(1, 3, "obj"));
    Dependency with = arcs.stream().filter(arc -> arc.dependent() == 5).findFirst().orElseThrow();
    assertThat(with.head()).isIn(1, 3);
    assertThat(with.relation()).matches("(obl|nmod).*");
    assertThat(arcs).contains(new Dependency(5, 4, "case"));
  }

  @Test
  void parse_passive_marksThePassiveSubject() {
    List<Token> tokens = tokens("Two/CD people/NNS were/VBD killed/VBN ./.");

    List<Dependency> arcs = parser.parse(tokens);

    assertThat(arcs).contains(new Dependency(3, 1, "nsubj:pass"));
  }

  @Test
  void parse_emptyAndOverlongSentences_areBounded() {
    assertThat(parser.parse(List.of())).isEmpty();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < CoreNlpDependencyParser.MAX_TOKENS + 50; i++) {
      words.append("word/NN ");
    }

    List<Dependency> arcs = parser.parse(tokens(words.toString().strip()));

    assertThat(arcs).hasSize(CoreNlpDependencyParser.MAX_TOKENS);
  }

  @Test
  void parse_fromSeveralThreadsAtOnce_givesTheSameArcs() throws Exception {
    List<List<Token>> sentences =
        List.of(
            tokens("Russia/NNP signed/VBD an/DT agreement/NN with/IN Tajikistan/NNP ./."),
            tokens("Two/CD people/NNS were/VBD killed/VBN in/IN the/DT attack/NN ./."),
            tokens("The/DT minister/NN said/VBD talks/NNS would/MD resume/VB Monday/NNP ./."));
    List<List<Dependency>> expected = sentences.stream().map(parser::parse).toList();
    CoreNlpDependencyParser shared = new CoreNlpDependencyParser();
    int threads = 3;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  boolean same = true;
                  for (int round = 0; round < 30; round++) {
                    for (int i = 0; i < sentences.size(); i++) {
                      same &= shared.parse(sentences.get(i)).equals(expected.get(i));
                    }
                  }
                  return same;
                }));
      }
      start.countDown();
      for (java.util.concurrent.Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<Token> tokens(String tagged) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String pair : tagged.split(" ")) {
      int slash = pair.lastIndexOf('/');
      String word = pair.substring(0, slash);
      tokens.add(
          new Token(
              new Span(offset, offset + word.length()),
              word,
              word.toLowerCase(java.util.Locale.ROOT),
              pair.substring(slash + 1),
              "O"));
      offset += word.length() + 1;
    }
    return tokens;
  }
}
