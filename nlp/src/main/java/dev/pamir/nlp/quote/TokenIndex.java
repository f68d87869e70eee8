package dev.pamir.nlp.quote;

import dev.pamir.model.NamedMention;
import dev.pamir.model.Sentence;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A TokenIndex answers positional questions about one article's tokens: which token starts at or
 * after an offset, which sentence and paragraph a token is in, which person or organisation mention
 * covers it, and whether it lies inside quotation marks.
 *
 * <p>Built once per article and not changed after; safe to read from several threads.
 */
final class TokenIndex {

  final String text;
  final List<Token> tokens;
  final List<NamedMention> mentions;
  private final int[] starts;
  private final int[] sentenceOf;
  private final List<Sentence> sentences;
  private final int[] mentionOf;
  private final boolean[] quoted;
  private final int[] paragraphStarts;

  TokenIndex(
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<NamedMention> allMentions,
      List<QuotedSegment> segments) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.starts = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = tokens.get(i).span().start();
    }
    this.sentenceOf = new int[tokens.size()];
    Arrays.fill(sentenceOf, -1);
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (int i = sentence.firstToken(); i < Math.min(sentence.endToken(), tokens.size()); i++) {
        sentenceOf[i] = s;
      }
    }
    List<NamedMention> names = new ArrayList<>();
    for (NamedMention m : allMentions) {
      String covered = Lexicon.lower(m.span().of(text));
      boolean pronoun =
          Lexicon.MALE_PRONOUNS.contains(covered)
              || Lexicon.FEMALE_PRONOUNS.contains(covered)
              || Lexicon.GROUP_PRONOUNS.contains(covered);
      if (!pronoun && (m.label().equals("PERSON") || m.label().equals("ORGANIZATION"))) {
        names.add(m);
      }
    }
    this.mentions = List.copyOf(names);
    this.mentionOf = new int[tokens.size()];
    Arrays.fill(mentionOf, -1);
    for (int m = 0; m < mentions.size(); m++) {
      Span span = mentions.get(m).span();
      for (int i = firstAtOrAfter(span.start()); i < tokens.size() && starts[i] < span.end(); i++) {
        mentionOf[i] = m;
      }
    }
    this.quoted = new boolean[tokens.size()];
    for (QuotedSegment segment : segments) {
      Span c = segment.content();
      for (int i = firstAtOrAfter(c.start()); i < tokens.size() && starts[i] < c.end(); i++) {
        quoted[i] = true;
      }
    }
    List<Integer> breaks = new ArrayList<>();
    breaks.add(0);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      breaks.add(i + 1);
    }
    this.paragraphStarts = breaks.stream().mapToInt(Integer::intValue).toArray();
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).word();
  }

  String lower(int i) {
    return Lexicon.lower(tokens.get(i).word());
  }

  String lemma(int i) {
    return Lexicon.lower(tokens.get(i).lemma());
  }

  String tag(int i) {
    return tokens.get(i).tag();
  }

  /**
   * The index of the first token that starts at or after {@code offset}; {@link #size()} if none.
   */
  int firstAtOrAfter(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    if (found >= 0) {
      while (found > 0 && starts[found - 1] == offset) {
        found--;
      }
      return found;
    }
    return -found - 1;
  }

  /** The index of the last token that ends at or before {@code offset}; -1 if none. */
  int lastEndingBy(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    while (i >= 0 && tokens.get(i).span().end() > offset) {
      i--;
    }
    return i;
  }

  int sentence(int i) {
    return sentenceOf[i];
  }

  /** The first token of the sentence of token {@code i}. */
  int sentenceStart(int i) {
    int s = sentenceOf[i];
    return s < 0 ? i : sentences.get(s).firstToken();
  }

  /** The end (exclusive) token of the sentence of token {@code i}. */
  int sentenceEnd(int i) {
    int s = sentenceOf[i];
    return s < 0 ? i + 1 : Math.min(sentences.get(s).endToken(), tokens.size());
  }

  int paragraph(int offset) {
    int found = Arrays.binarySearch(paragraphStarts, offset);
    return found >= 0 ? found : -found - 2;
  }

  /** The offset where the paragraph containing {@code offset} starts. */
  int paragraphStart(int offset) {
    int p = paragraph(offset);
    return p < 0 ? 0 : paragraphStarts[p];
  }

  int paragraphOfToken(int i) {
    return paragraph(starts[i]);
  }

  /** The index of the person or organisation mention covering token {@code i}, or -1. */
  int mention(int i) {
    return mentionOf[i];
  }

  boolean isPerson(int i) {
    return mentionOf[i] >= 0 && mentions.get(mentionOf[i]).label().equals("PERSON");
  }

  boolean quoted(int i) {
    return quoted[i];
  }

  boolean isPunctuation(int i) {
    String w = tokens.get(i).word();
    for (int k = 0; k < w.length(); k++) {
      if (Character.isLetterOrDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  boolean isQuoteMark(int i) {
    String w = tokens.get(i).word();
    return !w.isEmpty() && "\"“”«»„‘’'`".indexOf(w.charAt(0)) >= 0 && isPunctuation(i);
  }

  boolean isVerb(int i) {
    return tag(i).startsWith("VB") || tag(i).equals("MD");
  }

  boolean isSpeechVerb(int i) {
    return tag(i).startsWith("VB") && Lexicon.SPEECH_VERBS.contains(lemma(i));
  }

  boolean isCapitalized(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** The text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  Span span(int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }
}
