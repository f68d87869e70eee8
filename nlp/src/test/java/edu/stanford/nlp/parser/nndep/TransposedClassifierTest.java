package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TransposedClassifierTest {

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static DependencyParser parser;
  private static Field classifierField;

  @BeforeAll
  static void load() throws Exception {
    parser = DependencyParser.loadFromModelFile(MODEL);
    classifierField = DependencyParser.class.getDeclaredField("classifier");
    classifierField.setAccessible(true);
  }

  private static TransposedClassifier installed() throws Exception {
    assertThat(TransposedClassifier.install(parser)).isTrue();
    return (TransposedClassifier) classifierField.get(parser);
  }

  @Test
  void install_twice_keepsOneTransposedClassifier() throws Exception {
    TransposedClassifier first = installed();

    assertThat(TransposedClassifier.install(parser)).isTrue();

    assertThat(classifierField.get(parser)).isSameAs(first);
    assertThat(first.original()).isNotInstanceOf(TransposedClassifier.class);
  }

  @Test
  void computeScores_randomInputs_equalCoreNlpsToTheBit() throws Exception {
    TransposedClassifier transposed = installed();
    Classifier original = transposed.original();
    List<int[]> inputs = randomInputs(original, new Random(42), 300);
    // Each input twice: the second time its slices come from the cache.
    inputs.addAll(new ArrayList<>(inputs));

    for (int[] feature : inputs) {
      assertThat(transposed.computeScores(feature)).isEqualTo(original.computeScores(feature));
    }
  }

  @Test
  void computeScores_threadsSharingTheCache_equalCoreNlpsToTheBit() throws Exception {
    TransposedClassifier transposed = installed();
    Classifier original = transposed.original();
    List<int[]> inputs = randomInputs(original, new Random(7), 200);
    List<double[]> expected = new ArrayList<>();
    for (int[] feature : inputs) {
      expected.add(original.computeScores(feature));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> differing = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        differing.add(
            pool.submit(
                () -> {
                  // Each thread in its own order, so threads fill and overwrite slots at once.
                  List<Integer> order = new ArrayList<>();
                  for (int i = 0; i < inputs.size(); i++) {
                    order.add(i);
                  }
                  Collections.shuffle(order, new Random(seed));
                  int wrong = 0;
                  for (int round = 0; round < 3; round++) {
                    for (int i : order) {
                      wrong +=
                          Arrays.equals(transposed.computeScores(inputs.get(i)), expected.get(i))
                              ? 0
                              : 1;
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<Integer> result : differing) {
        assertThat(result.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Parser inputs, half of their positions precomputed by CoreNLP where it has any. */
  private static List<int[]> randomInputs(Classifier original, Random random, int count)
      throws Exception {
    Field preMapField = Classifier.class.getDeclaredField("preMap");
    preMapField.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<Integer> precomputed =
        new ArrayList<>(((Map<Integer, Integer>) preMapField.get(original)).keySet());
    int vocabulary = original.getE().length;
    List<int[]> inputs = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      int[] feature = new int[Config.numTokens];
      for (int j = 0; j < feature.length; j++) {
        int key = precomputed.get(random.nextInt(precomputed.size()));
        feature[j] =
            random.nextBoolean() && key % Config.numTokens == j
                ? key / Config.numTokens
                : random.nextInt(vocabulary);
      }
      inputs.add(feature);
    }
    return inputs;
  }

  @Test
  void predict_sentences_givesCoreNlpsArcs() throws Exception {
    TransposedClassifier transposed = installed();
    List<CoreMap> sentences =
        List.of(
            sentence(
                "The/DT council/NN voted/VBD on/IN Friday/NNP to/TO extend/VB the/DT"
                    + " mission/NN by/IN six/CD months/NNS ./."),
            sentence(
                "Officials/NNS said/VBD the/DT convoy/NN ,/, which/WDT left/VBD at/IN"
                    + " dawn/NN ,/, reached/VBD the/DT border/NN town/NN late/RB"
                    + " on/IN Tuesday/NNP ./."),
            sentence("Talks/NNS resume/VBP next/JJ week/NN ./."));
    List<String> ours = new ArrayList<>();
    for (CoreMap s : sentences) {
      ours.add(parser.predict(s).typedDependencies().toString());
    }
    List<String> coreNlps = new ArrayList<>();
    synchronized (parser) {
      classifierField.set(parser, transposed.original());
      try {
        for (CoreMap s : sentences) {
          coreNlps.add(parser.predict(s).typedDependencies().toString());
        }
      } finally {
        classifierField.set(parser, transposed);
      }
    }

    assertThat(ours).isEqualTo(coreNlps);
    assertThat(ours.get(0)).contains("nsubj(voted-3, council-2)");
  }

  private static CoreMap sentence(String tagged) {
    List<CoreLabel> labels = new ArrayList<>();
    String[] pairs = tagged.split(" ");
    for (int i = 0; i < pairs.length; i++) {
      int slash = pairs[i].lastIndexOf('/');
      CoreLabel label = new CoreLabel();
      label.setWord(pairs[i].substring(0, slash));
      label.setValue(label.word());
      label.setOriginalText(label.word());
      label.setTag(pairs[i].substring(slash + 1));
      label.setIndex(i + 1);
      labels.add(label);
    }
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
    return sentence;
  }
}
