package dev.pamir.nlp.quote;

import dev.pamir.model.Article;
import dev.pamir.model.ArticleMetadata;
import dev.pamir.model.Entity;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Sentence;
import dev.pamir.model.SourceRef;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HandTokens builds the token, sentence and mention layers of a short text by hand, without
 * CoreNLP: a rough tokenizer, a handful of lemmas and tags, and the person and organisation names
 * the test lists. Enough to exercise the quote rules in milliseconds.
 */
final class HandTokens {

  private static final Pattern TOKEN =
      Pattern.compile(
          "\\p{L}+(?:[’']\\p{L}+)*\\.?(?=\\s+\\p{Lu})|\\p{L}+(?:[’'-]\\p{L}+)*|\\d+|\\S");

  private static final Map<String, String> VERBS =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("say", "say"),
          Map.entry("added", "add"),
          Map.entry("notes", "note"),
          Map.entry("noted", "note"),
          Map.entry("told", "tell"),
          Map.entry("stated", "state"),
          Map.entry("believes", "believe"),
          Map.entry("warned", "warn"),
          Map.entry("asked", "ask"),
          Map.entry("was", "be"),
          Map.entry("is", "be"),
          Map.entry("are", "be"),
          Map.entry("will", "will"),
          Map.entry("rise", "rise"),
          Map.entry("grow", "grow"),
          Map.entry("fall", "fall"),
          Map.entry("published", "publish"),
          Map.entry("opened", "open"),
          Map.entry("wants", "want"),
          Map.entry("saying", "say"),
          Map.entry("visited", "visit"),
          Map.entry("met", "meet"),
          Map.entry("called", "call"),
          Map.entry("remain", "remain"));

  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these");
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "on", "at", "by", "for", "with", "from", "that", "about", "to");
  private static final Set<String> ABBREVIATIONS = Set.of("mr.", "ms.", "dr.", "mrs.");

  private HandTokens() {}

  /** An article with hand-built layers; {@code names} maps a name to PERSON or ORGANIZATION. */
  static Article article(String text, Map<String, String> names) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    String previous = "";
    while (m.find()) {
      String word = m.group();
      if (word.length() > 1
          && word.endsWith(".")
          && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
        tokens.add(token(text, m.start(), m.end() - 1));
        tokens.add(token(text, m.end() - 1, m.end()));
      } else {
        tokens.add(token(text, m.start(), m.end()));
      }
      Token last = tokens.get(tokens.size() - 1);
      if (Set.of("was", "were", "is", "been").contains(previous) && last.tag().startsWith("VB")) {
        tokens.set(
            tokens.size() - 1, new Token(last.span(), last.word(), last.lemma(), "VBN", "O"));
      }
      previous = last.word().toLowerCase(Locale.ROOT);
    }
    List<NamedMention> mentions = new ArrayList<>();
    for (Map.Entry<String, String> name : names.entrySet()) {
      for (int at = text.indexOf(name.getKey());
          at >= 0;
          at = text.indexOf(name.getKey(), at + 1)) {
        Span span = new Span(at, at + name.getKey().length());
        mentions.add(new NamedMention(span, name.getValue(), Optional.empty()));
        for (int i = 0; i < tokens.size(); i++) {
          Token t = tokens.get(i);
          if (t.span().start() >= span.start() && t.span().end() <= span.end()) {
            tokens.set(i, new Token(t.span(), t.word(), t.lemma(), t.tag(), name.getValue()));
          }
        }
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    List<Sentence> sentences = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i + 1 == tokens.size();
      String w = tokens.get(i).word();
      if (!end && (w.equals(".") || w.equals("!") || w.equals("?"))) {
        int next = i + 1;
        while (next < tokens.size() && "\"”»’".contains(tokens.get(next).word())) {
          next++;
        }
        end = next >= tokens.size() || Character.isUpperCase(tokens.get(next).word().charAt(0));
        i = next - 1;
      }
      if (!end && i + 1 < tokens.size()) {
        String between =
            text.substring(tokens.get(i).span().end(), tokens.get(i + 1).span().start());
        end = between.contains("\n");
      }
      if (end) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(i).span().end());
        sentences.add(new Sentence(span, first, i + 1));
        first = i + 1;
      }
    }
    return Article.cleaned(
            "hand", SourceRef.ofFile("hand.txt"), ArticleMetadata.EMPTY, text, List.of())
        .withTokens(tokens, sentences, mentions);
  }

  static Article article(String text, Map<String, String> names, List<Entity> entities) {
    return article(text, names).withEntities(entities);
  }

  /** One line per quote: {@code [start,end) direct speaker="..." "text"}. */
  static List<String> render(Article article) {
    List<String> lines = new ArrayList<>();
    for (dev.pamir.model.Quote q : article.annotations().quotes()) {
      lines.add(
          q.span()
              + (q.direct() ? " direct" : " indirect")
              + " speaker=\""
              + q.speakerName().orElse("")
              + "\""
              + q.speaker().map(id -> " " + id).orElse("")
              + " \""
              + q.span().of(article.text())
              + "\"");
    }
    return lines;
  }

  private static Token token(String text, int start, int end) {
    String word = text.substring(start, end);
    String lower = word.toLowerCase(Locale.ROOT);
    String lemma = VERBS.getOrDefault(lower, lower);
    String tag;
    if (lower.equals("will")) {
      tag = "MD";
    } else if (VERBS.containsKey(lower)) {
      tag = lower.equals("saying") ? "VBG" : lower.endsWith("s") ? "VBZ" : "VBD";
    } else if (PRONOUNS.contains(lower)) {
      tag = "PRP";
    } else if (DETERMINERS.contains(lower)) {
      tag = "DT";
    } else if (PREPOSITIONS.contains(lower)) {
      tag = lower.equals("to") ? "TO" : "IN";
    } else if (lower.equals("who") || lower.equals("which")) {
      tag = "WP";
    } else if (lower.equals("and") || lower.equals("but")) {
      tag = "CC";
    } else if (lower.equals("according")) {
      tag = "VBG";
      lemma = "accord";
    } else if (!Character.isLetterOrDigit(word.charAt(0))) {
      tag = word;
    } else if (Character.isUpperCase(word.charAt(0))) {
      tag = "NNP";
    } else {
      tag = "NN";
    }
    return new Token(new Span(start, end), word, lemma, tag, "O");
  }
}
