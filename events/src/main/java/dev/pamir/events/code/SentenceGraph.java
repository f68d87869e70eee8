package dev.pamir.events.code;

import dev.pamir.model.Dependency;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A SentenceGraph is one parsed sentence: its tokens (numbered from 0) with heads, relations and
 * children, and the questions the coder asks of them.
 */
final class SentenceGraph {

  private final List<Token> tokens;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  SentenceGraph(List<Token> tokens, List<Dependency> arcs) {
    this.tokens = tokens;
    int n = tokens.size();
    this.head = new int[n];
    this.relation = new String[n];
    Arrays.fill(head, -1);
    Arrays.fill(relation, "dep");
    this.children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency arc : arcs) {
      if (arc.dependent() >= n || arc.head() >= n) {
        continue;
      }
      head[arc.dependent()] = arc.head();
      relation[arc.dependent()] = arc.relation();
      if (arc.head() >= 0) {
        children.get(arc.head()).add(arc.dependent());
      }
    }
    // A parse with a cycle (never expected) would make walks upward endless; cut it at the root.
    for (int i = 0; i < n; i++) {
      int steps = 0;
      for (int at = head[i]; at >= 0; at = head[at]) {
        if (++steps > n) {
          head[i] = -1;
          break;
        }
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String lemma(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String tag(int i) {
    return tokens.get(i).tag();
  }

  int head(int i) {
    return head[i];
  }

  String relation(int i) {
    return relation[i];
  }

  /** The relation without its subtype: {@code obl} for {@code obl:tmod}. */
  String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  boolean isVerb(int i) {
    return tag(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    return tag(i).startsWith("NN");
  }

  /** The lemma of the case marker ("with", "to", "from") or an empty string. */
  String caseOf(int i) {
    for (int c : children.get(i)) {
      String r = relation[c];
      if (r.equals("case")) {
        return lemma(c);
      }
    }
    return "";
  }

  /** The first child with one of the relations (base form), or -1. */
  int child(int i, String... relations) {
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (relation[c].equals(r) || baseRelation(c).equals(r)) {
          return c;
        }
      }
    }
    return -1;
  }

  boolean hasChild(int i, String relationName, String... lemmas) {
    for (int c : children.get(i)) {
      if (relation[c].equals(relationName) || baseRelation(c).equals(relationName)) {
        if (lemmas.length == 0) {
          return true;
        }
        for (String l : lemmas) {
          if (lemma(c).equals(l)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The tokens of {@code i}'s subtree, not descending into clauses that say something else
   * (relative, adverbial and complement clauses, parataxis).
   */
  List<Integer> phrase(int i) {
    return walk(
        i,
        c -> {
          String r = baseRelation(c);
          return !(r.equals("acl")
              || r.equals("advcl")
              || r.equals("ccomp")
              || r.equals("parataxis")
              || r.equals("punct")
              || (r.equals("conj") && isVerb(c)));
        });
  }

  /** The whole subtree of {@code i}. */
  List<Integer> subtree(int i) {
    return walk(i, c -> true);
  }

  /** The tokens reached down from {@code i} through the children {@code follow} accepts. */
  private List<Integer> walk(int i, java.util.function.IntPredicate follow) {
    List<Integer> out = new ArrayList<>();
    List<Integer> stack = new ArrayList<>();
    stack.add(i);
    while (!stack.isEmpty()) {
      int at = stack.remove(stack.size() - 1);
      out.add(at);
      for (int c : children.get(at)) {
        if (follow.test(c)) {
          stack.add(c);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /** The text span from the first to the last of {@code indices}. */
  Span span(List<Integer> indices) {
    int first = indices.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = indices.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return new Span(tokens.get(first).span().start(), tokens.get(last).span().end());
  }

  /** The token covering character offset {@code offset}, or -1. */
  int tokenAt(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      Span s = tokens.get(i).span();
      if (s.start() <= offset && offset < s.end()) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code i} lies in the subtree of {@code ancestor}. */
  boolean dominates(int ancestor, int i) {
    for (int at = i; at >= 0; at = head[at]) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The nearest verb at or above {@code i}, or -1. */
  int clauseHead(int i) {
    for (int at = i; at >= 0; at = head[at]) {
      if (isVerb(at)) {
        return at;
      }
    }
    return -1;
  }
}
