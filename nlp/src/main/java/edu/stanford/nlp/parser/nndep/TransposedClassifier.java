package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A TransposedClassifier scores parser transitions exactly as CoreNLP's {@link Classifier} does, to
 * the last bit, at over twice the speed.
 *
 * <p>CoreNLP computes each hidden unit and each label's score as one running sum, so every step
 * waits for the one before it, and it keeps the embedding slices it computed in one cache behind a
 * lock that parsing threads share. Here the weight matrices are stored transposed, so the inner
 * loops add into many independent sums at once (each sum still takes its terms in CoreNLP's order,
 * with the same float and double roundings), and the slices are cached without a lock: threads
 * share one table and at worst compute a slice twice. The precomputed activations and their index
 * are CoreNLP's own.
 *
 * <p>The cache is not kept per thread: the parser asks for scores once per transition, and a
 * thread-local lookup that often cost more than the scoring itself on pipeline threads, whose
 * thread-local maps CoreNLP's pattern environments fill.
 *
 * <p>It lives in CoreNLP's package because the method the parser calls, {@code computeScores}, is
 * package-private. {@link #install} swaps it into a loaded parser; if a later CoreNLP no longer has
 * the fields it reads, nothing is swapped and CoreNLP's scorer stays.
 */
public final class TransposedClassifier extends Classifier {

  /** Slices kept, shared by all threads: 8,192 of 1,000 floats (32 MB) for the English UD model. */
  private static final int CACHE_BITS = 13;

  /** Marks an empty slot of the precomputed index; input keys are never negative. */
  private static final int NO_KEY = -1;

  private final Classifier original;
  private final int hiddenSize;
  private final int embeddingSize;
  private final int numTokens;
  private final int numLabels;
  private final float[][] embeddings;

  /** W1 transposed: for each input position and embedding dimension, one weight per hidden unit. */
  private final float[][] inputWeights;

  private final double[] bias;

  /** W2 transposed and widened: for each hidden unit, one weight per label. */
  private final double[][] outputWeights;

  private final double[][] saved;

  /** CoreNLP's index of precomputed inputs, as open addressing on ints: no boxing per lookup. */
  private final int[] preKeys;

  private final int[] preIds;

  private final int preShift;
  private final SliceCache slices = new SliceCache(CACHE_BITS);

  private TransposedClassifier(Classifier original, Config config)
      throws ReflectiveOperationException {
    // The superclass's own state is never used: give it the smallest valid weights.
    super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
    if (config.numCached == 0) {
      // Without its cache CoreNLP adds the slices unrounded; only the cached path is matched here.
      throw new ReflectiveOperationException("the parser caches no slices");
    }
    this.original = original;
    float[][] w1 = original.getW1();
    float[][] w2 = original.getW2();
    float[] b1 = original.getb1();
    embeddings = original.getE();
    hiddenSize = w1.length;
    embeddingSize = embeddings[0].length;
    numTokens = w1[0].length / embeddingSize;
    numLabels = w2.length;
    inputWeights = new float[w1[0].length][hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      for (int k = 0; k < w1[i].length; k++) {
        inputWeights[k][i] = w1[i][k];
      }
    }
    outputWeights = new double[hiddenSize][numLabels];
    for (int label = 0; label < numLabels; label++) {
      for (int j = 0; j < hiddenSize; j++) {
        outputWeights[j][label] = w2[label][j];
      }
    }
    bias = new double[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      bias[i] = b1[i];
    }
    saved = (double[][]) field(Classifier.class, "saved").get(original);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> index =
        (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
    if (saved == null || index == null) {
      throw new ReflectiveOperationException("the classifier has no precomputed activations");
    }
    // A table at most half full keeps the probes short.
    int bits = 1;
    while ((1 << bits) < 2 * Math.max(1, index.size())) {
      bits++;
    }
    preShift = 32 - bits;
    preKeys = new int[1 << bits];
    preIds = new int[1 << bits];
    Arrays.fill(preKeys, NO_KEY);
    for (Map.Entry<Integer, Integer> entry : index.entrySet()) {
      int key = entry.getKey();
      if (key < 0) {
        throw new ReflectiveOperationException("a negative precomputed input: " + key);
      }
      int slot = (key * 0x9E3779B9) >>> preShift;
      while (preKeys[slot] != NO_KEY) {
        slot = (slot + 1) & (preKeys.length - 1);
      }
      preKeys[slot] = key;
      preIds[slot] = entry.getValue();
    }
  }

  /**
   * Swaps a TransposedClassifier into {@code parser} in place of its classifier, once.
   *
   * @return whether the parser now scores with a TransposedClassifier
   */
  public static boolean install(DependencyParser parser) {
    synchronized (parser) {
      try {
        Field field = field(DependencyParser.class, "classifier");
        Object current = field.get(parser);
        if (current instanceof TransposedClassifier) {
          return true;
        }
        if (!(current instanceof Classifier classifier)) {
          return false;
        }
        Config config = (Config) field(DependencyParser.class, "config").get(parser);
        field.set(parser, new TransposedClassifier(classifier, config));
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }
  }

  /**
   * Gives {@code parser} back the classifier a TransposedClassifier replaced, for comparing the
   * two.
   *
   * @return whether a TransposedClassifier was removed
   */
  public static boolean uninstall(DependencyParser parser) {
    synchronized (parser) {
      try {
        Field field = field(DependencyParser.class, "classifier");
        if (field.get(parser) instanceof TransposedClassifier transposed) {
          field.set(parser, transposed.original);
          return true;
        }
        return false;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }
  }

  private static Field field(Class<?> owner, String name) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  /** The classifier this one replaced, which scores the same. */
  Classifier original() {
    return original;
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[hiddenSize];
    SliceCache cache = slices;
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int token = feature[j];
      int key = token * numTokens + j;
      int id = precomputed(key);
      if (id >= 0) {
        double[] activations = saved[id];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += activations[i];
        }
      } else {
        float[] slice = cache.get(key);
        if (slice == null) {
          slice = slice(token, offset);
          cache.put(key, slice);
        }
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      double x = hidden[i] + bias[i];
      hidden[i] = x * x * x;
    }
    double[] scores = new double[numLabels];
    for (int j = 0; j < hiddenSize; j++) {
      double activation = hidden[j];
      double[] weights = outputWeights[j];
      for (int label = 0; label < numLabels; label++) {
        scores[label] += activation * weights[label];
      }
    }
    return scores;
  }

  /** The row of {@code saved} CoreNLP precomputed for an input key, or -1. */
  private int precomputed(int key) {
    int mask = preKeys.length - 1;
    for (int slot = (key * 0x9E3779B9) >>> preShift; ; slot = (slot + 1) & mask) {
      int found = preKeys[slot];
      if (found == key) {
        return preIds[slot];
      }
      if (found == NO_KEY) {
        return -1;
      }
    }
  }

  /**
   * One input's contribution to the hidden layer: each unit's sum of float products, added in
   * double in the order of the embedding's dimensions and rounded to float, as CoreNLP's cached
   * path computes it.
   */
  private float[] slice(int token, int offset) {
    double[] sums = new double[hiddenSize];
    float[] products = new float[hiddenSize];
    float[] embedding = embeddings[token];
    for (int k = 0; k < embeddingSize; k++) {
      float value = embedding[k];
      float[] weights = inputWeights[offset + k];
      for (int i = 0; i < hiddenSize; i++) {
        products[i] = weights[i] * value;
      }
      for (int i = 0; i < hiddenSize; i++) {
        sums[i] += products[i];
      }
    }
    float[] slice = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      slice[i] = (float) sums[i];
    }
    return slice;
  }

  @Override
  public float[][] getW1() {
    return original.getW1();
  }

  @Override
  public float[] getb1() {
    return original.getb1();
  }

  @Override
  public float[][] getW2() {
    return original.getW2();
  }

  @Override
  public float[][] getE() {
    return original.getE();
  }

  /**
   * A direct-mapped cache of slices by input key: a new slice takes its slot's place. Threads share
   * it without a lock. Each slot holds an immutable entry, so a thread sees either a whole entry or
   * none (final fields publish the slice with it); two threads that miss the same key both compute
   * the same slice, and the later write wins.
   */
  private static final class SliceCache {
    private final int shift;
    private final Entry[] entries;

    SliceCache(int bits) {
      shift = 32 - bits;
      entries = new Entry[1 << bits];
    }

    float @Nullable [] get(int key) {
      Entry entry = entries[(key * 0x9E3779B9) >>> shift];
      return entry != null && entry.key == key ? entry.slice : null;
    }

    void put(int key, float[] slice) {
      entries[(key * 0x9E3779B9) >>> shift] = new Entry(key, slice);
    }

    private record Entry(int key, float[] slice) {}
  }
}
