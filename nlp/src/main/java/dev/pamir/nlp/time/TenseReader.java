package dev.pamir.nlp.time;

import static java.util.Objects.requireNonNull;

import dev.pamir.model.Sentence;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The TenseReader tells, from part-of-speech tags, whether the clause around a time expression
 * speaks of the past or the future.
 *
 * <p>It reads the verb group nearest the expression in its sentence, looking back first and then
 * forward. "will", "shall", "'ll", the present modals ("may", "might", "can", "should", "must"),
 * "going to", "is to", "plans to", "expected to" and "due to" mean the future, and so do "would"
 * (reported speech tells a future in it: "said talks would resume Tuesday") unless "have" and a
 * past participle follow, and so does "could" unless negated ("could come as early as Tuesday", but
 * "could not be reached Tuesday") or followed by "have" and a past participle, and the verbs of
 * scheduling in any tense ("planned a rally on Saturday"); so does a present tense with no past
 * form in its group ("they meet Monday": news tells the past in the past tense and schedules in the
 * present). Anything else, and no verb at all, counts as the past, as news mostly reports what
 * happened. Words of the expression itself come first: "next" and "coming" point forward, "last"
 * and "ago" back.
 *
 * <p>Immutable and thread-safe.
 */
final class TenseReader {

  /** How far from the expression a verb still governs it. */
  private static final int REACH = 12;

  /** Words that negate a verb, and how far before it a negated subject may start. */
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "never", "neither", "nor", "no", "nobody", "none");

  private static final int NEGATION_REACH = 8;

  private static final Set<String> FUTURE_MODALS =
      Set.of("will", "shall", "'ll", "wo", "gonna", "might", "may", "should", "must", "can");
  private static final Set<String> FUTURE_BEFORE_TO =
      Set.of(
          "be",
          "plan",
          "expect",
          "schedule",
          "due",
          "set",
          "intend",
          "aim",
          "prepare",
          "go",
          "hope",
          "slate");

  /** Verbs that set a time ahead whatever their own tense ("planned a rally on Saturday"). */
  private static final Set<String> SCHEDULING_VERBS = Set.of("plan", "schedule", "slate");

  private static final Set<String> FORWARD_WORDS = Set.of("next", "coming", "upcoming", "later");
  private static final Set<String> BACKWARD_WORDS =
      Set.of("last", "past", "ago", "yesterday", "earlier", "previous");

  private final List<Token> tokens;
  private final List<Sentence> sentences;

  TenseReader(List<Token> tokens, List<Sentence> sentences) {
    this.tokens = List.copyOf(requireNonNull(tokens, "tokens is null"));
    this.sentences = List.copyOf(requireNonNull(sentences, "sentences is null"));
  }

  /** The tense governing the expression at {@code span} whose text is {@code expression}. */
  Tense tenseAt(Span span, String expression) {
    for (String word : expression.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (FORWARD_WORDS.contains(word)) {
        return Tense.FUTURE;
      }
      if (BACKWARD_WORDS.contains(word)) {
        return Tense.PAST;
      }
    }
    int first = firstTokenAtOrAfter(span.start());
    int last = firstTokenAtOrAfter(span.end());
    if (last < tokens.size()
        && tokens.get(last).tag().equals("POS")
        && tokens.get(last).span().start() == span.end()) {
      // "Wednesday's ruling": the day names the ruling, whatever the clause's tense.
      return Tense.NEAREST;
    }
    Sentence sentence = sentenceOf(Math.min(first, tokens.size() - 1));
    if (sentence == null) {
      return Tense.PAST;
    }
    // The nearest verb group with a tense of its own, before the expression and then after it: a
    // participle or an infinitive alone ("sailing every Friday from June 12") takes the tense of
    // the clause it hangs on ("would run").
    for (int i = first - 1; i >= Math.max(sentence.firstToken(), first - REACH); i--) {
      if (isVerb(tokens.get(i))) {
        Tense tense = groupTense(i);
        if (tense != null) {
          return tense;
        }
        i = groupStart(i);
      }
    }
    for (int i = last; i < Math.min(sentence.endToken(), last + REACH); i++) {
      if (isVerb(tokens.get(i))) {
        Tense tense = groupTense(i);
        if (tense != null) {
          return tense;
        }
        i = groupEnd(i) - 1;
      }
    }
    return Tense.PAST;
  }

  private int groupStart(int at) {
    int start = at;
    while (start > 0 && inGroup(tokens.get(start - 1))) {
      start--;
    }
    return start;
  }

  private int groupEnd(int at) {
    int end = at + 1;
    while (end < tokens.size() && inGroup(tokens.get(end))) {
      end++;
    }
    return end;
  }

  /**
   * The tense of the verb group around token {@code at}, with its auxiliaries and infinitives; null
   * when the group has none of its own (a bare participle or infinitive).
   */
  private Tense groupTense(int at) {
    int start = groupStart(at);
    int end = groupEnd(at);
    boolean past = false;
    boolean present = false;
    boolean finite = false;
    for (int i = start; i < end; i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (FUTURE_MODALS.contains(word) || FUTURE_MODALS.contains(lemma)) {
        return Tense.FUTURE;
      }
      if (word.equals("would") && !followedByHave(i, end)) {
        return Tense.FUTURE;
      }
      if (word.equals("could") && !followedByHave(i, end) && !negated(i, end)) {
        return Tense.FUTURE;
      }
      if (t.tag().startsWith("VB") && SCHEDULING_VERBS.contains(lemma)) {
        return Tense.FUTURE;
      }
      if (t.tag().equals("TO") && i > start) {
        String before = tokens.get(i - 1).lemma().toLowerCase(Locale.ROOT);
        if (FUTURE_BEFORE_TO.contains(before)) {
          return Tense.FUTURE;
        }
      }
      if (t.tag().equals("VBD") || t.tag().equals("VBN")) {
        past = true;
      } else if (t.tag().equals("VBZ") || t.tag().equals("VBP")) {
        present = true;
      } else if (t.tag().equals("MD")) {
        finite = true;
      }
    }
    if (!past && !present && !finite) {
      return null;
    }
    return present && !past ? Tense.FUTURE : Tense.PAST;
  }

  /**
   * Whether "have" and a past participle follow token {@code at} in its group ("would have met":
   * the past; "would have to meet" is not).
   */
  private boolean followedByHave(int at, int end) {
    for (int i = at + 1; i + 1 < end; i++) {
      if (tokens.get(i).lemma().equalsIgnoreCase("have") && tokens.get(i + 1).tag().equals("VBN")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at token {@code at} is negated: by a word after it in its group ("could not be
   * reached") or by its subject, a few words before ("Neither he nor his parents could be found").
   */
  private boolean negated(int at, int end) {
    Sentence sentence = sentenceOf(at);
    int from = Math.max(at - NEGATION_REACH, sentence == null ? 0 : sentence.firstToken());
    for (int i = from; i < end; i++) {
      if (i != at && NEGATIONS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.tag().startsWith("VB") || t.tag().equals("MD");
  }

  private static boolean inGroup(Token t) {
    return isVerb(t)
        || t.tag().equals("TO")
        || t.tag().startsWith("RB")
        || t.tag().equals("JJ") && t.lemma().equalsIgnoreCase("due");
  }

  private int firstTokenAtOrAfter(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private Sentence sentenceOf(int token) {
    if (token < 0) {
      return null;
    }
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Sentence s = sentences.get(mid);
      if (token < s.firstToken()) {
        high = mid - 1;
      } else if (token >= s.endToken()) {
        low = mid + 1;
      } else {
        return s;
      }
    }
    return null;
  }
}
