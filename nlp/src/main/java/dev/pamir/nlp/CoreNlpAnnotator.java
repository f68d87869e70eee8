package dev.pamir.nlp;

import dev.pamir.model.Article;
import dev.pamir.model.Layer;
import dev.pamir.model.NamedMention;
import dev.pamir.model.Sentence;
import dev.pamir.model.Span;
import dev.pamir.model.Token;
import dev.pamir.pipeline.Stage;
import dev.pamir.pipeline.StageContext;
import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The CoreNlpAnnotator runs CoreNLP's tokenizer, sentence splitter, part-of-speech tagger,
 * lemmatizer and named-entity recogniser (with SUTime anchored on the publication day) over an
 * article, and adds its tokens, sentences and mentions.
 *
 * <p>The CoreNLP pipeline is built once, in the constructor (a few seconds and about 600 MB), and
 * shared: CoreNLP's annotators are safe to call from several threads at once, so one instance
 * serves every worker. Fine-grained NER is off (it triples the cost); titles and nationalities are
 * recovered by Pamir's own entity stage. SUTime reads only the sentences that {@link TimeCues} lets
 * through, which gives the same tags at about half of SUTime's cost. A line break ends a sentence
 * unless the text is wrapped at a fixed width ({@link #hardWrapped}), so a headline without a full
 * stop stays out of the first sentence.
 */
public final class CoreNlpAnnotator implements Stage {

  /** Sentences longer than this many tokens are not tagged: a wall of words is not a sentence. */
  static final int MAX_SENTENCE_TOKENS = 250;

  /** Splits at blank lines only: for text wrapped at a fixed width. */
  private final StanfordCoreNLP wrappedSplitter;

  /** Splits at every line break: for text whose lines are paragraphs, headings and datelines. */
  private final StanfordCoreNLP lineSplitter;

  private final StanfordCoreNLP tagger;
  private final NERClassifierCombiner timedRecognizer;
  private final NERCombinerAnnotator withTimes;
  private final NERCombinerAnnotator withoutTimes;
  private final EntityMentionsAnnotator mentions;

  public CoreNlpAnnotator() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    props.setProperty(
        "tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=true");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.wrappedSplitter = new StanfordCoreNLP(props);
    Properties lines = new Properties();
    lines.putAll(props);
    lines.setProperty("ssplit.newlineIsSentenceBreak", "always");
    this.lineSplitter = new StanfordCoreNLP(lines);
    props.setProperty("annotators", "pos,lemma");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    this.tagger = new StanfordCoreNLP(props);
    props.setProperty("ner.useSUTime", "true");
    props.setProperty("sutime.includeRange", "true");
    props.setProperty("ner.combinationMode", "NORMAL");
    // NER as CoreNLP's "ner" annotator does it (its three CRF models, numeric classifiers and
    // SUTime, no fine-grained tags), but SUTime only reads the sentences that can hold a time
    // expression: it costs more than the three models together, and most sentences hold none.
    // Both recognisers share the models, loaded once.
    this.timedRecognizer = NERClassifierCombiner.createNERClassifierCombiner("ner", props);
    NERClassifierCombiner untimed;
    try {
      untimed = new NERClassifierCombiner(true, false, models(timedRecognizer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.withTimes =
        new NERCombinerAnnotator(timedRecognizer, false, 1, 0, MAX_SENTENCE_TOKENS, false, false);
    this.withoutTimes =
        new NERCombinerAnnotator(untimed, false, 1, 0, MAX_SENTENCE_TOKENS, false, false);
    this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
  }

  /**
   * The sequence models of a recogniser. CoreNLP offers no accessor; the field has held them since
   * the combiner was written, and a test fails if it ever stops.
   */
  @SuppressWarnings("unchecked")
  private static AbstractSequenceClassifier<CoreLabel>[] models(NERClassifierCombiner recognizer) {
    try {
      Field field = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
      field.setAccessible(true);
      List<AbstractSequenceClassifier<CoreLabel>> models =
          (List<AbstractSequenceClassifier<CoreLabel>>) field.get(recognizer);
      return models.toArray(new AbstractSequenceClassifier[0]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot share CoreNLP's NER models: " + e, e);
    }
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TEXT, Layer.METADATA);
  }

  @Override
  public Set<Layer> produces() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS);
  }

  @Override
  public Article apply(Article in, StageContext context) {
    return annotate(in, context, true);
  }

  /**
   * Tags names, numbers and time expressions: every sentence with the models and the numeric
   * classifiers, and with SUTime those that {@link TimeCues} says may hold a time expression, or
   * all of them when {@code screenTimes} is false.
   */
  void recognize(Annotation document, boolean screenTimes) {
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
      boolean timed = !screenTimes || TimeCues.mayHoldTime(words);
      (timed ? withTimes : withoutTimes).doOneSentence(document, sentence);
    }
    timedRecognizer.finalizeAnnotation(document);
    mentions.annotate(document);
  }

  /** What {@link #apply} gives with SUTime reading every sentence: the reference for screening. */
  Article applyReadingEverySentence(Article in, StageContext context) {
    return annotate(in, context, false);
  }

  private Article annotate(Article in, StageContext context, boolean screenTimes) {
    int analyzed = analyzedLength(in.text(), context.limits().maxAnalyzedChars());
    Annotation document = new Annotation(in.text().substring(0, analyzed));
    in.metadata()
        .published()
        .ifPresent(p -> document.set(CoreAnnotations.DocDateAnnotation.class, p.day().toString()));
    (hardWrapped(document.get(CoreAnnotations.TextAnnotation.class))
            ? wrappedSplitter
            : lineSplitter)
        .annotate(document);
    tagger.annotate(document);
    recognize(document, screenTimes);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedMention> mentions = new ArrayList<>();
    int length = in.text().length();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        Span span = span(label.beginPosition(), label.endPosition(), length);
        tokens.add(
            new Token(
                span,
                label.word(),
                orDefault(label.lemma(), label.word()),
                orDefault(label.tag(), "X"),
                orDefault(label.ner(), "O")));
      }
      int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int sentenceEnd = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(span(sentenceStart, sentenceEnd, length), first, tokens.size()));
      List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (found != null) {
        for (CoreMap mention : found) {
          mentions.add(mention(mention, length));
        }
      }
    }
    Article out = in.withTokens(tokens, sentences, mentions);
    if (analyzed < in.text().length()) {
      out =
          out.withWarnings(
              List.of(
                  "text is "
                      + in.text().length()
                      + " characters; the language layers cover the first "
                      + analyzed));
    }
    return out;
  }

  /**
   * Whether {@code text} is wrapped at a fixed width, its sentences running on from line to line,
   * rather than written one paragraph, heading or dateline to a line. In wrapped text only a blank
   * line ends a sentence; otherwise every line break does, so a headline without a full stop
   * ("Mayor Holt arrested on fraud charge") or a dateline never runs into the sentence after it.
   * Text counts as wrapped when at least a fifth of its lines that end without closing punctuation,
   * and at least one, run on into a line that starts in lower case, as a sentence broken at the
   * margin does.
   */
  static boolean hardWrapped(String text) {
    int open = 0;
    int runOn = 0;
    int lineStart = 0;
    boolean previousOpen = false;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      int last = lineEnd - 1;
      while (last >= first && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      if (first > last) {
        previousOpen = false;
      } else {
        if (previousOpen && Character.isLowerCase(text.codePointAt(first))) {
          runOn++;
        }
        previousOpen = CLOSING.indexOf(text.charAt(last)) < 0;
        if (previousOpen) {
          open++;
        }
      }
      lineStart = lineEnd + 1;
    }
    return runOn > 0 && runOn * 5 >= open;
  }

  /** What ends a line that ends a sentence or a paragraph. */
  private static final String CLOSING = ".!?:;\"'\u201d\u2019)]\u2026\u00bb";

  /**
   * How much of {@code text} to analyse: all of it when within {@code max} characters, else up to
   * the last paragraph break (or, failing that, sentence end or space) before {@code max}.
   */
  static int analyzedLength(String text, int max) {
    if (text.length() <= max) {
      return text.length();
    }
    int cut = text.lastIndexOf("\n\n", max);
    if (cut < max / 2) {
      cut = text.lastIndexOf(". ", max);
      cut = cut < 0 ? -1 : cut + 1;
    }
    if (cut < max / 2) {
      cut = text.lastIndexOf(' ', max);
    }
    if (cut < max / 2) {
      cut = max;
    }
    if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
      cut--;
    }
    return cut;
  }

  private static NamedMention mention(CoreMap mention, int length) {
    Span span =
        span(
            mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
            length);
    String label = orDefault(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class), "MISC");
    Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
    Optional<String> normalized =
        timex != null && timex.value() != null
            ? Optional.of(timex.value())
            : Optional.ofNullable(
                mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
    return new NamedMention(span, label, normalized.filter(v -> !v.isBlank()));
  }

  /** A span clamped into the text: CoreNLP's offsets are UTF-16 units, as Pamir's are. */
  private static Span span(int start, int end, int length) {
    int s = Math.max(0, Math.min(start, length));
    int e = Math.max(s, Math.min(end, length));
    return new Span(s, e);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
