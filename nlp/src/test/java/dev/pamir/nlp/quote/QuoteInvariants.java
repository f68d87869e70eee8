package dev.pamir.nlp.quote;

import dev.pamir.model.Article;
import dev.pamir.model.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * QuoteInvariants lists what every quote layer must keep, whatever the text: spans inside the text
 * and in order, direct quotes without their marks, speaker names trimmed and never blank.
 */
final class QuoteInvariants {

  private static final String MARKS = "\"“”«»„";

  private QuoteInvariants() {}

  static List<String> violations(Article article) {
    List<String> broken = new ArrayList<>();
    String text = article.text();
    int previousStart = 0;
    for (Quote q : article.annotations().quotes()) {
      if (!q.span().fitsIn(text.length())) {
        broken.add("quote " + q.span() + " is outside a text of " + text.length());
        continue;
      }
      if (q.span().start() < previousStart) {
        broken.add("quote " + q.span() + " is out of order");
      }
      previousStart = q.span().start();
      if (q.span().length() == 0) {
        broken.add("quote " + q.span() + " is empty");
        continue;
      }
      String words = q.span().of(text);
      if (!words.equals(words.strip())) {
        broken.add("quote " + q.span() + " has white space at an edge");
      }
      if (q.direct()) {
        int before = q.span().start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
          before--;
        }
        if (before < 0 || MARKS.indexOf(text.charAt(before)) < 0 && text.charAt(before) != '‘') {
          broken.add("direct quote " + q.span() + " does not follow an opening mark");
        }
      }
      q.speakerName()
          .filter(n -> n.isBlank() || !n.equals(n.strip()))
          .ifPresent(n -> broken.add("speaker name '" + n + "' is blank or untrimmed"));
    }
    return broken;
  }

  static void check(Article article) {
    List<String> broken = violations(article);
    if (!broken.isEmpty()) {
      throw new AssertionError("quotes of \"" + article.text() + "\" break invariants: " + broken);
    }
  }
}
