package dev.pamir.nlp.parse;

import dev.pamir.model.Dependency;
import dev.pamir.model.Token;
import dev.pamir.pipeline.DependencyParser;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A CoreNlpDependencyParser parses tagged sentences with CoreNLP's neural transition parser and its
 * English Universal Dependencies model. Thread-safe: each sentence is parsed by a model instance no
 * other thread is using at that moment. CoreNLP's parser guards its cache of hidden-layer rows with
 * one lock and shares its table of precomputed rows, so threads sharing one instance wait on each
 * other for every feature; instead an instance is loaded (about a second and 50 MB) the first time
 * more threads parse at once than there are idle instances, and kept for reuse. A pool of workers
 * therefore holds at most one instance a worker.
 */
public final class CoreNlpDependencyParser implements DependencyParser {

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /** The longest sentence parsed, in tokens; longer ones are cut, which keeps time bounded. */
  public static final int MAX_TOKENS = 150;

  private final ConcurrentLinkedQueue<edu.stanford.nlp.parser.nndep.DependencyParser> idle =
      new ConcurrentLinkedQueue<>();

  /** Loads the first model instance, so a missing model fails here rather than mid-batch. */
  public CoreNlpDependencyParser() {
    idle.add(load());
  }

  private static edu.stanford.nlp.parser.nndep.DependencyParser load() {
    return edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(MODEL);
  }

  /** How many model instances have been loaded and are idle now; for tests. */
  int idleInstances() {
    return idle.size();
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
    edu.stanford.nlp.parser.nndep.DependencyParser parser = idle.poll();
    if (parser == null) {
      parser = load();
    }
    GrammaticalStructure structure;
    try {
      structure = parser.predict(sentence);
    } finally {
      idle.add(parser);
    }
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
