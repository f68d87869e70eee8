package dev.pamir.nlp.quote;

import dev.pamir.model.Entity;
import dev.pamir.model.Quote;
import dev.pamir.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The QuoteFinder finds the quotes of one article and their speakers: direct quotes from paired
 * quotation marks, attributed by the clause after the closing mark ({@code "...," X said}), by the
 * clause that introduces them ({@code X said: "..."}) or by the quote they continue; and indirect
 * speech ({@code X said that ...}, {@code according to X, ...}, {@code ..., X said.}, {@code This
 * was stated by X}).
 *
 * <p>Built per article, used once; not shared between threads.
 */
final class QuoteFinder {

  /** Words a quote needs to stand without a speech verb or an introducing colon beside it. */
  static final int MIN_UNATTRIBUTED_WORDS = 4;

  /** Words indirect content needs. */
  private static final int MIN_REPORTED_WORDS = 3;

  /** Tokens an attribution after a quote may run to, appositions included. */
  private static final int MAX_ATTRIBUTION = 30;

  private static final Set<String> DASHES = Set.of("-", "–", "—", "―", "--");

  /** Tokens a speaker phrase may run to. */
  private static final int MAX_PHRASE = 14;

  private static final Set<String> AUXILIARIES =
      Set.of("be", "have", "do", "will", "would", "also", "further", "then", "later", "again");

  private static final Set<String> CLAUSE_START_TAGS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "EX", "CD", "JJ", "RB", "WRB", "IN");

  private static final Set<String> NAME_PARTICLES =
      Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "de", "al");

  private final TokenIndex index;
  private final SpeakerResolver speakers;
  private final List<QuotedSegment> segments;
  private final String text;
  private Optional<Speaker> lastPerson = Optional.empty();

  QuoteFinder(TokenIndex index, List<QuotedSegment> segments, List<Entity> entities) {
    this.index = index;
    this.text = index.text;
    this.segments = segments;
    this.speakers = new SpeakerResolver(index, entities);
  }

  /** Every quote of the article in text order. */
  List<Quote> find() {
    List<Quote> direct = direct();
    List<Quote> all = new ArrayList<>(direct);
    all.addAll(indirect(direct));
    all.sort(Comparator.comparing(Quote::span));
    return all;
  }

  // ---- direct quotes ----

  private List<Quote> direct() {
    List<QuotedSegment> accepted = new ArrayList<>();
    List<Optional<Speaker>> found = new ArrayList<>();
    List<Integer> chainStart = new ArrayList<>();
    int previousAccepted = -1;
    for (int n = 0; n < segments.size(); n++) {
      QuotedSegment s = segments.get(n);
      QuotedSegment before = n > 0 ? segments.get(n - 1) : null;
      int paragraphStart = index.paragraphStart(s.openMark());
      int introAt = lastNonSpace(s.openMark(), paragraphStart);
      char intro = introAt < 0 ? 0 : text.charAt(introAt);
      boolean paragraphInitial = introAt < 0;
      boolean continuation =
          paragraphInitial
              && before != null
              && !before.closed()
              && text.substring(before.content().end(), s.openMark()).isBlank();
      boolean colonIntro = intro == ':' || (paragraphInitial && previousParagraphEndsWith(s, ':'));
      boolean sentenceInitial = paragraphInitial || ".!?".indexOf(intro) >= 0;
      if (!colonIntro && titleBefore(s)) {
        continue;
      }
      Optional<Speaker> speaker =
          s.closed() && punctuatedClose(s) ? afterClose(s) : Optional.empty();
      boolean attributedAfter = speaker.isPresent();
      if (speaker.isEmpty()) {
        Optional<Speaker> introduced = beforeOpen(s, before, colonIntro);
        boolean adjacent = colonIntro || intro == ',' || endsInSpeechVerb(s);
        if (introduced.isPresent() && (adjacent || s.words() >= MIN_UNATTRIBUTED_WORDS)) {
          speaker = introduced;
        }
      }
      boolean standalone = continuation || sentenceInitial || colonIntro;
      if (speaker.isEmpty()
          && previousAccepted >= 0
          && standalone
          && near(segments.get(previousAccepted), s)) {
        speaker = found.get(found.size() - 1);
      }
      boolean name = !attributedAfter && !colonIntro && looksLikeName(s);
      boolean accept =
          speaker.isPresent() ? !name : standalone && s.words() >= MIN_UNATTRIBUTED_WORDS && !name;
      if (!accept) {
        continue;
      }
      int chain =
          continuation && !chainStart.isEmpty() && previousAccepted == n - 1
              ? chainStart.get(chainStart.size() - 1)
              : found.size();
      if (speaker.isPresent() && chain < found.size()) {
        for (int k = chain; k < found.size(); k++) {
          if (found.get(k).isEmpty()) {
            found.set(k, speaker);
          }
        }
      }
      found.add(speaker);
      chainStart.add(chain);
      accepted.add(s);
      previousAccepted = n;
      speaker.filter(Speaker::person).ifPresent(p -> lastPerson = Optional.of(p));
    }
    List<Quote> out = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      out.add(withSpeaker(accepted.get(k).content(), true, found.get(k)));
    }
    return out;
  }

  private static Quote withSpeaker(Span span, boolean direct, Optional<Speaker> speaker) {
    return new Quote(
        span,
        direct,
        speaker.flatMap(Speaker::entity),
        speaker.map(Speaker::name).filter(n -> !n.isBlank()),
        speaker.map(Speaker::written));
  }

  /** Whether quote {@code s} follows {@code previous} closely enough to share its speaker. */
  private boolean near(QuotedSegment previous, QuotedSegment s) {
    int previousParagraph = index.paragraph(previous.content().start());
    int here = index.paragraph(s.openMark());
    if (previousParagraph == here) {
      return true;
    }
    int back = lastNonSpace(index.paragraphStart(s.openMark()), 0);
    return back >= 0 && index.paragraph(back) == index.paragraph(previous.after() - 1);
  }

  /**
   * The offset of the last non-space character before {@code offset} and at or after {@code floor}.
   */
  private int lastNonSpace(int offset, int floor) {
    for (int i = offset - 1; i >= floor; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private boolean previousParagraphEndsWith(QuotedSegment s, char c) {
    int back = lastNonSpace(index.paragraphStart(s.openMark()), 0);
    return back >= 0 && text.charAt(back) == c;
  }

  /**
   * Whether the quote ends as speech does before an attribution: punctuation inside the closing
   * mark ({@code ...,"}) or a comma or dash after it ({@code "...", - X said}).
   */
  private boolean punctuatedClose(QuotedSegment s) {
    int inside = lastNonSpace(s.closeMark(), s.openMark() + 1);
    while (inside > s.openMark() + 1 && "'’\"”".indexOf(text.charAt(inside)) >= 0) {
      inside = lastNonSpace(inside, s.openMark() + 1);
    }
    if (inside >= 0 && ".,!?…".indexOf(text.charAt(inside)) >= 0) {
      return true;
    }
    for (int i = s.closeMark() + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) || c == '\n') {
        return ",-–—―".indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** Whether the quoted words are a name or a title: every word capitalised, no sentence end. */
  private boolean looksLikeName(QuotedSegment s) {
    String words = s.content().of(text);
    if (s.words() > 8 || words.matches("(?s).*[.!?;].*")) {
      return false;
    }
    for (String word : words.split("[\\s\\-–]+")) {
      if (!word.isEmpty()
          && Character.isLetter(word.charAt(0))
          && !Character.isUpperCase(word.charAt(0))
          && !NAME_PARTICLES.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a title noun stands just before the opening mark: the article “...”. */
  private boolean titleBefore(QuotedSegment s) {
    int t = index.lastEndingBy(s.openMark());
    return t >= 0
        && index.paragraph(index.token(t).span().start()) == index.paragraph(s.openMark())
        && Lexicon.TITLE_NOUNS.contains(index.lower(t));
  }

  private boolean endsInSpeechVerb(QuotedSegment s) {
    int t = index.lastEndingBy(s.openMark());
    return t >= 0 && (index.isSpeechVerb(t) || index.lower(t).equals("that"));
  }

  /** The speaker named after the closing mark: {@code "...," X said} or {@code "..." - X notes}. */
  private Optional<Speaker> afterClose(QuotedSegment s) {
    int paragraph = index.paragraph(s.openMark());
    int i = index.firstAtOrAfter(s.after());
    boolean dash = false;
    while (i < index.size()
        && index.isPunctuation(i)
        && !index.isQuoteMark(i)
        && index.paragraphOfToken(i) == paragraph) {
      dash |= DASHES.contains(index.word(i));
      i++;
    }
    int phraseStart = i;
    boolean apposition = false;
    int j = i;
    for (; j < Math.min(index.size(), i + MAX_ATTRIBUTION); j++) {
      if (index.paragraphOfToken(j) != paragraph || index.isQuoteMark(j)) {
        break;
      }
      if (isAccordingTo(j)) {
        return j == phraseStart ? speakerAfter(j + 1) : Optional.empty();
      }
      if (isSpeechVerbHere(j)) {
        if (j > phraseStart) {
          return subject(phraseStart, j);
        }
        return index.tag(j).equals("VBG") ? Optional.empty() : speakerAfter(j);
      }
      String w = index.word(j);
      if (w.equals(",")) {
        apposition = !apposition;
      } else if (index.isVerb(j) && !AUXILIARIES.contains(index.lemma(j)) && !apposition) {
        return Optional.empty();
      }
      if ((w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":"))
          && !(w.equals(".") && j + 1 < index.size() && index.isCapitalized(j + 1) && j > i)) {
        break;
      }
    }
    if (dash && j > phraseStart && j - phraseStart <= 6 && index.isCapitalized(phraseStart)) {
      return subject(phraseStart, j); // a signature: "..." ― Jane Doe
    }
    return Optional.empty();
  }

  /** A speech verb, or a plural noun that is one in a tagger's eyes: "Avia. Pro notes." */
  private boolean isSpeechVerbHere(int j) {
    if (index.isSpeechVerb(j)) {
      return true;
    }
    return index.tag(j).startsWith("NN")
        && Lexicon.SPEECH_VERBS.contains(index.lemma(j))
        && index.lower(j).endsWith("s")
        && (j + 1 >= index.size() || index.isPunctuation(j + 1));
  }

  private boolean isAccordingTo(int j) {
    return index.lower(j).equals("according")
        && j + 1 < index.size()
        && index.lower(j + 1).equals("to");
  }

  /** The speaker named by the clause before the opening mark: {@code X said: "..."}. */
  private Optional<Speaker> beforeOpen(QuotedSegment s, QuotedSegment before, boolean colonIntro) {
    int paragraphStart = index.paragraphStart(s.openMark());
    int t = index.lastEndingBy(s.openMark());
    if (t >= 0 && index.token(t).span().start() >= paragraphStart) {
      int floor = Math.max(index.sentenceStart(t), index.firstAtOrAfter(paragraphStart));
      if (before != null && before.closed() && before.closeMark() >= paragraphStart) {
        floor = Math.max(floor, index.firstAtOrAfter(before.after()));
      }
      Optional<Speaker> found = clauseSpeaker(floor, t + 1);
      if (found.isPresent() || !colonIntro) {
        return found;
      }
      return earlierSentences(floor, paragraphStart, t);
    }
    if (!colonIntro || t < 0) {
      return Optional.empty();
    }
    int floor = index.sentenceStart(t);
    int previousParagraph = index.paragraphStart(index.token(t).span().start());
    floor = Math.max(floor, index.firstAtOrAfter(previousParagraph));
    Optional<Speaker> found = clauseSpeaker(floor, t + 1);
    return found.isPresent() ? found : earlierSentences(floor, previousParagraph, t);
  }

  /** For a colon with no verb before it: the sentences before, then the sentence's subject. */
  private Optional<Speaker> earlierSentences(int sentenceFloor, int paragraphStart, int t) {
    int first = index.firstAtOrAfter(paragraphStart);
    int end = sentenceFloor;
    for (int k = 0; k < 3 && end > first; k++) {
      int start = Math.max(first, index.sentenceStart(end - 1));
      Optional<Speaker> found = clauseSpeaker(start, end);
      if (found.isPresent()) {
        return found;
      }
      end = start;
    }
    return sentenceSubject(sentenceFloor, t + 1);
  }

  /** The speaker of the last speech verb in tokens {@code [from, to)}. */
  private Optional<Speaker> clauseSpeaker(int from, int to) {
    for (int v = to - 1; v >= from; v--) {
      if (index.quoted(v)) {
        continue;
      }
      if (isAccordingTo(v)) {
        return speakerAfter(v + 1);
      }
      if (!index.isSpeechVerb(v)) {
        continue;
      }
      String tag = index.tag(v);
      if (v + 1 < index.size() && tag.equals("VBN") && index.lower(v + 1).equals("by")) {
        return speakerAfter(v + 1); // was stated by X:
      }
      if (tag.equals("VBG") || (tag.equals("VBN") && v > from && index.word(v - 1).equals(","))) {
        for (int b = v - 1; b >= from; b--) {
          if (index.lower(b).equals("by") && index.tag(b).equals("IN")) {
            return speakerAfter(b);
          }
        }
        return sentenceSubject(from, v);
      }
      Optional<Speaker> subject = subjectBefore(v, from);
      if (subject.isEmpty() && onlyPreamble(from, v)) {
        subject = speakerAfter(v); // "Said Ellis: ..."
      }
      if (subject.isPresent()) {
        return subject;
      }
    }
    return Optional.empty();
  }

  /** The subject at the start of tokens {@code [from, to)}: the words before the first verb. */
  private Optional<Speaker> sentenceSubject(int from, int to) {
    int verb = from;
    while (verb < to && !index.isVerb(verb)) {
      verb++;
    }
    int start = from;
    for (int i = from; i < verb; i++) {
      if (index.word(i).equals(",")) {
        start = i + 1;
      }
    }
    return verb > start ? subject(start, verb) : Optional.empty();
  }

  /** The subject of the verb at {@code verb}, walking back no further than {@code floor}. */
  private Optional<Speaker> subjectBefore(int verb, int floor) {
    int i = verb - 1;
    while (i >= floor
        && (AUXILIARIES.contains(index.lemma(i))
            || index.tag(i).equals("RB")
            || index.tag(i).equals("MD"))) {
      i--;
    }
    if (i >= floor
        && Lexicon.RELATIVE_PRONOUNS.contains(index.lower(i))
        && (index.tag(i).startsWith("W") || index.tag(i).equals("IN"))) {
      i--;
      while (i >= floor && index.word(i).equals(",")) {
        i--;
      }
    }
    int end = i + 1;
    if (i >= floor && index.tag(i).equals("PRP")) {
      return speakers.resolve(i, end, lastPerson);
    }
    int start = end;
    int commas = 0;
    while (i >= floor && end - i <= MAX_PHRASE + 6) {
      String tag = index.tag(i);
      String w = index.word(i);
      if (index.isQuoteMark(i)
          || index.isVerb(i)
          || tag.startsWith("W")
          || tag.equals("TO")
          || tag.equals("CC")
          || (tag.equals("IN") && !index.lower(i).equals("of"))) {
        break;
      }
      if (w.equals(",")) {
        if (++commas > 2) {
          break;
        }
      } else if (index.isPunctuation(i)
          && !w.equals(".")
          && !w.equals("-")
          && !w.equals("(")
          && !w.equals(")")) {
        break;
      }
      start = i;
      i--;
    }
    return subject(start, end);
  }

  /** The speaker named by the subject phrase {@code [from, to)}: the person nearest the verb. */
  private Optional<Speaker> subject(int from, int to) {
    int end = to;
    while (end > from
        && (AUXILIARIES.contains(index.lemma(end - 1))
            || index.tag(end - 1).equals("RB")
            || index.tag(end - 1).equals("MD"))) {
      end--;
    }
    if (end <= from) {
      return Optional.empty();
    }
    if (index.tag(end - 1).equals("PRP")) {
      return speakers.resolve(end - 1, end, lastPerson);
    }
    for (int i = end - 1; i >= from; i--) {
      if (index.isPerson(i)) {
        int start = i;
        while (start > from && index.mention(start - 1) == index.mention(i)) {
          start--;
        }
        if (start - 2 >= from
            && index.word(start - 1).equals(".")
            && index.token(start - 2).span().end() == index.token(start - 1).span().start()
            && index.isCapitalized(start - 2)) {
          return Optional.of(speakers.name(start - 2, end)); // "Vlast. Kz notes"
        }
        return speakers.resolve(start, end, lastPerson);
      }
    }
    int start = from;
    for (int i = from; i < end - 1; i++) {
      if (index.word(i).equals(",")) {
        start = i + 1; // "In Moscow, the minister said": the chunk next to the verb
        break;
      }
    }
    if (start < end && index.tag(start).startsWith("NN")
        || start < end && !index.isPunctuation(start)) {
      Optional<Speaker> near = speakers.resolve(start, end, lastPerson);
      if (near.isPresent()) {
        return near;
      }
    }
    return speakers.resolve(from, end, lastPerson);
  }

  /** The speaker named after the token at {@code verb}: {@code said X, ...}. */
  private Optional<Speaker> speakerAfter(int verb) {
    int from = verb + 1;
    if (from >= index.size()) {
      return Optional.empty();
    }
    if (Lexicon.PHRASE_STOPS.contains(index.lower(from)) || index.tag(from).startsWith("W")) {
      return Optional.empty();
    }
    int paragraph = index.paragraphOfToken(from);
    int end = from;
    while (end < index.size()
        && end - from < MAX_PHRASE
        && index.paragraphOfToken(end) == paragraph
        && !Lexicon.PHRASE_STOPS.contains(index.lower(end))
        && !index.isVerb(end)) {
      if (index.isPunctuation(end) && !index.word(end).equals("-")) {
        break; // a dot after "said X" ends the sentence, even before a capital
      }
      end++;
    }
    return end > from ? speakers.resolve(from, end, lastPerson) : Optional.empty();
  }

  // ---- indirect speech ----

  private List<Quote> indirect(List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    int sentenceFirst = 0;
    while (sentenceFirst < index.size()) {
      int end = index.sentenceEnd(sentenceFirst);
      if (end <= sentenceFirst) {
        end = sentenceFirst + 1;
      }
      reported(sentenceFirst, end, direct, out);
      sentenceFirst = end;
    }
    return out;
  }

  private void reported(int a, int b, List<Quote> direct, List<Quote> out) {
    int contentEnd = b;
    while (contentEnd > a && index.isPunctuation(contentEnd - 1)) {
      contentEnd--;
    }
    for (int v = a; v < b; v++) {
      if (index.quoted(v)) {
        continue;
      }
      if (isAccordingTo(v)) {
        Optional<Speaker> speaker = speakerAfter(v + 1);
        if (speaker.isEmpty()) {
          continue;
        }
        if (onlyPreamble(a, v)) {
          int comma = v + 2;
          while (comma < b && !index.word(comma).equals(",")) {
            comma++;
          }
          add(comma + 1, contentEnd, speaker, direct, out);
        } else {
          int end = v;
          while (end > a && index.isPunctuation(end - 1)) {
            end--;
          }
          add(a, end, speaker, direct, out);
        }
        return;
      }
      if (!index.isSpeechVerb(v) || !Lexicon.REPORTING_VERBS.contains(index.lemma(v))) {
        continue;
      }
      String tag = index.tag(v);
      if (tag.equals("VBN") && v + 1 < b && index.lower(v + 1).equals("by")) {
        if (v - a <= 3 && Set.of("this", "that", "it", "such").contains(index.lower(a)) && a > 0) {
          Optional<Speaker> speaker = speakerAfter(v + 1);
          int previousEnd = a;
          int previousStart = index.sentenceStart(a - 1);
          while (previousEnd > previousStart && index.isPunctuation(previousEnd - 1)) {
            previousEnd--;
          }
          if (speaker.isPresent()) {
            add(previousStart, previousEnd, speaker, direct, out);
            return;
          }
        }
        continue;
      }
      if (tag.equals("VBG") || (tag.equals("VBN") && !hasAuxiliaryHave(v, a))) {
        continue;
      }
      int content = contentStart(v, b);
      if (content >= 0) {
        Optional<Speaker> speaker = subjectBefore(v, a);
        if (speaker.isPresent()) {
          add(content, contentEnd, speaker, direct, out);
          return;
        }
      }
      int comma = trailingAttribution(a, v, b);
      if (comma > a) {
        Optional<Speaker> speaker = comma + 1 == v ? speakerAfter(v) : subjectBefore(v, comma + 1);
        if (speaker.isPresent()) {
          add(a, comma, speaker, direct, out);
          return;
        }
      }
    }
    describedWithQuotedWords(a, b, contentEnd, direct, out);
  }

  /**
   * A sentence that quotes a few words after a verb of saying or judging reports the speaker's
   * words from the verb on: "X likened the levy to “emptying the pension fund”".
   */
  private void describedWithQuotedWords(
      int a, int b, int contentEnd, List<Quote> direct, List<Quote> out) {
    int firstQuoted = -1;
    for (int i = a; i < b && firstQuoted < 0; i++) {
      if (index.quoted(i)) {
        firstQuoted = i;
      }
    }
    for (int v = a; v < firstQuoted; v++) {
      String tag = index.tag(v);
      if ((tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
          && Lexicon.COMMUNICATION_VERBS.contains(index.lemma(v))) {
        Optional<Speaker> speaker = subjectBefore(v, a);
        if (speaker.isPresent()) {
          add(v + 1, contentEnd, speaker, direct, out);
          return;
        }
      }
    }
  }

  private boolean hasAuxiliaryHave(int v, int floor) {
    for (int i = v - 1; i >= floor && i >= v - 3; i--) {
      if (index.lemma(i).equals("have")) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code [a, v)} are only a sentence opener ("But", "Indeed,"). */
  private boolean onlyPreamble(int a, int v) {
    for (int i = a; i < v; i++) {
      if (!index.isPunctuation(i) && !index.tag(i).equals("RB") && !index.tag(i).equals("CC")) {
        return false;
      }
    }
    return true;
  }

  /** Where the reported clause after a speech verb starts, or -1 when none follows. */
  private int contentStart(int v, int b) {
    int k = v + 1;
    if (k >= b) {
      return -1;
    }
    for (int i = k; i < Math.min(b, k + 8); i++) {
      if (index.lower(i).equals("that") && index.tag(i).equals("IN")) {
        return i + 1 < b ? i + 1 : -1;
      }
      if (index.isVerb(i) || index.isQuoteMark(i) || index.word(i).equals(":")) {
        break;
      }
    }
    if (Lexicon.NEEDS_THAT.contains(index.lemma(v))) {
      return -1;
    }
    if (Lexicon.TAKES_LISTENER.contains(index.lemma(v))) {
      int skipped = 0;
      while (k < b
          && skipped < 4
          && Set.of("DT", "PRP", "NN", "NNS", "NNP", "JJ", "CD").contains(index.tag(k))) {
        k++;
        skipped++;
      }
      if (skipped == 0) {
        return -1;
      }
    }
    if (k >= b || index.isPunctuation(k) || !CLAUSE_START_TAGS.contains(index.tag(k))) {
      return -1;
    }
    if (index.tag(k).equals("IN") || index.tag(k).equals("RB")) {
      return -1; // said in a statement, said earlier
    }
    for (int i = k + 1; i < b; i++) {
      if (index.isVerb(i)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * For {@code CONTENT, X said.} the offset of the comma before the attribution; -1 when the speech
   * verb at {@code v} does not end the sentence so.
   */
  private int trailingAttribution(int a, int v, int b) {
    if (!index.tag(v).equals("VBD") && !index.tag(v).equals("VBZ") && !index.tag(v).equals("VBP")) {
      return -1;
    }
    for (int i = v + 1; i < b; i++) {
      if (index.isVerb(i) || index.isQuoteMark(i) || i - v > 8) {
        return -1;
      }
    }
    for (int i = v - 1; i > a && v - i <= 9; i--) {
      if (index.word(i).equals(",")) {
        return i;
      }
      if (index.isVerb(i) && !AUXILIARIES.contains(index.lemma(i)) || index.isQuoteMark(i)) {
        return -1;
      }
    }
    return -1;
  }

  private void add(
      int from, int to, Optional<Speaker> speaker, List<Quote> direct, List<Quote> out) {
    while (from < to && index.isPunctuation(from) && !index.isQuoteMark(from)) {
      from++;
    }
    while (to > from && index.isPunctuation(to - 1) && !index.isQuoteMark(to - 1)) {
      to--;
    }
    if (to <= from) {
      return;
    }
    Span span = index.span(from, to);
    if (QuoteMarkScanner.words(text, span.start(), span.end()) < MIN_REPORTED_WORDS) {
      return;
    }
    int covered = 0;
    for (Quote q : direct) {
      covered +=
          Math.max(
              0, Math.min(q.span().end(), span.end()) - Math.max(q.span().start(), span.start()));
    }
    if (covered * 2 >= span.length()) {
      return;
    }
    for (Quote q : out) {
      if (q.span().start() < span.end() && span.start() < q.span().end()) {
        return;
      }
    }
    out.add(withSpeaker(span, false, speaker));
  }
}
