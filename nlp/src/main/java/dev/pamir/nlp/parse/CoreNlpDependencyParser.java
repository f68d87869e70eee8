package dev.pamir.nlp.parse;

import dev.pamir.model.Dependency;
import dev.pamir.model.Token;
import dev.pamir.pipeline.DependencyParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A CoreNlpDependencyParser parses tagged sentences with CoreNLP's neural transition parser and its
 * English Universal Dependencies model. Thread-safe: CoreNLP keeps one parser per model in a JVM
 * (loading the model again returns it) and that parser may be shared by threads.
 *
 * <p>The parser scores its transitions with a {@link TransposedClassifier}, which gives CoreNLP's
 * scores to the bit, at over twice the speed.
 */
public final class CoreNlpDependencyParser implements DependencyParser {

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** The longest sentence parsed, in tokens; longer ones are cut, which keeps time bounded. */
  public static final int MAX_TOKENS = 150;

  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  /** Loads the model, so a missing model fails here rather than mid-batch. */
  public CoreNlpDependencyParser() {
    parser = edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL);
    TransposedClassifier.install(parser);
  }

  @Override
  public List<Dependency> parse(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Token> parsed = tokens.size() > MAX_TOKENS ? tokens.subList(0, MAX_TOKENS) : tokens;
    List<CoreLabel> labels = new ArrayList<>(parsed.size());
    for (int i = 0; i < parsed.size(); i++) {
      Token token = parsed.get(i);
      CoreLabel label = new CoreLabel();
      label.setWord(token.word());
      label.setValue(token.word());
      label.setOriginalText(token.word());
      label.setTag(token.tag());
      label.setLemma(token.lemma());
      label.setIndex(i + 1);
      labels.add(label);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    GrammaticalStructure structure = parser.predict(sentence);
    List<Dependency> arcs = new ArrayList<>(parsed.size());
    for (TypedDependency arc : structure.typedDependencies()) {
      int dependent = arc.dep().index() - 1;
      int head = arc.gov().index() - 1;
      if (dependent < 0 || dependent == head) {
        continue;
      }
      arcs.add(new Dependency(head, dependent, arc.reln().toString()));
    }
    arcs.sort(Comparator.comparingInt(Dependency::dependent));
    return List.copyOf(arcs);
  }
}
