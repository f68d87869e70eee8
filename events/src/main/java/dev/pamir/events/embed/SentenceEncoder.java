package dev.pamir.events.embed;

import static java.util.Objects.requireNonNull;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A SentenceEncoder turns sentences into vectors whose cosine says how close their meanings are:
 * all-MiniLM-L6-v2 (quantised, 384 dimensions, mean pooling) run by ONNX Runtime on the CPU through
 * LangChain4j.
 *
 * <p>Vectors are L2-normalised, so {@link #cosine} of two of them is their dot product; a blank
 * sentence gives the zero vector, whose cosine with anything is 0. Texts longer than the model's
 * 510 tokens are encoded in parts and averaged.
 *
 * <p>The model (23 MB) is read from the LangChain4j jar the first time an encoder is asked for and
 * kept for the life of the JVM; every encoder shares it, so {@link #load()} is cheap after the
 * first call. Nothing is downloaded. Thread-safe: each call runs on the calling thread (one ONNX
 * thread per call), so callers get parallelism by calling from several threads.
 */
public final class SentenceEncoder {

  /** The length of every vector. */
  public static final int DIMENSION = 384;

  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

  private final AbstractInProcessEmbeddingModel model;

  private SentenceEncoder(AbstractInProcessEmbeddingModel model) {
    this.model = model;
  }

  /**
   * The encoder over the JVM's one copy of the model, loading it on the first call.
   *
   * @throws IllegalStateException when the model cannot be loaded (a broken classpath: a bug)
   */
  public static SentenceEncoder load() {
    return new SentenceEncoder(SharedModel.MODEL);
  }

  /** The vector of one sentence. */
  public float[] encode(String sentence) {
    requireNonNull(sentence, "sentence is null");
    return encode(List.of(sentence)).get(0);
  }

  /** The vectors of many sentences, in their order, encoded on the calling thread. */
  public List<float[]> encode(List<String> sentences) {
    List<float[]> vectors = new ArrayList<>(sentences.size());
    List<TextSegment> segments = new ArrayList<>(sentences.size());
    List<Integer> positions = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      requireNonNull(sentence, "a sentence is null");
      vectors.add(new float[DIMENSION]);
      if (!sentence.isBlank()) {
        positions.add(vectors.size() - 1);
        segments.add(TextSegment.from(sentence));
      }
    }
    if (segments.isEmpty()) {
      return vectors;
    }
    List<Embedding> embeddings = model.embedAll(segments).content();
    for (int i = 0; i < embeddings.size(); i++) {
      vectors.set(positions.get(i), normalized(embeddings.get(i).vector()));
    }
    return vectors;
  }

  /**
   * The cosine of two vectors of the same length: from -1 to 1, and 0 when either is zero.
   *
   * @throws IllegalArgumentException when the lengths differ
   */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors of different lengths: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      normA += (double) a[i] * a[i];
      normB += (double) b[i] * b[i];
    }
    if (normA == 0 || normB == 0) {
      return 0;
    }
    return dot / Math.sqrt(normA * normB);
  }

  private static float[] normalized(float[] vector) {
    double norm = 0;
    for (float x : vector) {
      norm += (double) x * x;
    }
    float[] unit = new float[vector.length];
    if (norm == 0) {
      return unit;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] * scale);
    }
    return unit;
  }

  /** The JVM's one copy of the model, loaded when first used (the holder-class idiom). */
  private static final class SharedModel {
    static final AbstractInProcessEmbeddingModel MODEL = loadModel();

    private SharedModel() {}

    private static AbstractInProcessEmbeddingModel loadModel() {
      try (InputStream onnx = resource(MODEL_FILE);
          InputStream tokenizer = resource(TOKENIZER_FILE);
          OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(onnx.readAllBytes(), options);
        return new MiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sentence model from its jar", e);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
      }
    }

    private static InputStream resource(String name) {
      InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name);
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the classpath");
      }
      return in;
    }
  }

  /**
   * LangChain4j's in-process model over our own ONNX session; its executor runs each sentence on
   * the calling thread instead of starting a pool of unnamed threads.
   */
  private static final class MiniLm extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    MiniLm(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
