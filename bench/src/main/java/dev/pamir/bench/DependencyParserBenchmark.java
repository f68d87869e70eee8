package dev.pamir.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.TransposedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The DependencyParserBenchmark measures CoreNLP's neural dependency parser (English UD model) on
 * one thread with CoreNLP's own classifier and with Pamir's {@link TransposedClassifier}, in turn
 * on the same tagged sentences in the same process, and prints sentences per second for both, their
 * ratio, and how many parses differ (there should be none).
 *
 * <p>Usage: {@code DependencyParserBenchmark DATA.jsonl [--articles N] [--rounds R]}; sentences
 * come from the {@code text} of the first N records, tagged by CoreNLP, up to 150 tokens as Pamir
 * parses them.
 */
public final class DependencyParserBenchmark {

  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private DependencyParserBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: DependencyParserBenchmark DATA.jsonl [--articles N] [--rounds R]");
      System.exit(2);
    }
    int articles = 60;
    int rounds = 3;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<CoreMap> sentences = sentences(Path.of(args[0]), articles);
    long tokens =
        sentences.stream()
            .mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size())
            .sum();
    System.out.printf(
        "%d sentences (%d tokens) from %d articles of %s, one thread%n",
        sentences.size(), tokens, articles, Path.of(args[0]).getFileName());

    DependencyParser parser = DependencyParser.loadFromModelFile(MODEL);
    TransposedClassifier.uninstall(parser);
    List<String> reference = parse(parser, sentences.subList(0, Math.min(100, sentences.size())));
    if (!TransposedClassifier.install(parser)) {
      throw new IllegalStateException("this CoreNLP's parser does not take a TransposedClassifier");
    }
    parse(parser, sentences.subList(0, Math.min(100, sentences.size())));

    List<Double> coreNlp = new ArrayList<>();
    List<Double> transposed = new ArrayList<>();
    int differing = 0;
    for (int r = 0; r < rounds; r++) {
      TransposedClassifier.uninstall(parser);
      long start = System.nanoTime();
      reference = parse(parser, sentences);
      coreNlp.add((System.nanoTime() - start) / 1e9);
      TransposedClassifier.install(parser);
      start = System.nanoTime();
      List<String> ours = parse(parser, sentences);
      transposed.add((System.nanoTime() - start) / 1e9);
      for (int i = 0; i < ours.size(); i++) {
        differing += ours.get(i).equals(reference.get(i)) ? 0 : 1;
      }
      System.out.printf(
          "round %d: CoreNLP's classifier %.2f s, TransposedClassifier %.2f s%n",
          r + 1, coreNlp.get(r), transposed.get(r));
    }
    double base = median(coreNlp);
    double ours = median(transposed);
    System.out.printf(
        "CoreNLP's classifier:  %.1f sentences/s (median of %d rounds)%n",
        sentences.size() / base, rounds);
    System.out.printf("TransposedClassifier: %.1f sentences/s%n", sentences.size() / ours);
    System.out.printf("speed-up: %.2fx; parses that differ: %d%n", base / ours, differing);
  }

  private static List<String> parse(DependencyParser parser, List<CoreMap> sentences) {
    List<String> arcs = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      arcs.add(parser.predict(sentence).typedDependencies().toString());
    }
    return arcs;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<CoreMap> sentences(Path data, int articles) throws Exception {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(props);
    ObjectMapper mapper = new ObjectMapper();
    List<CoreMap> sentences = new ArrayList<>();
    int read = 0;
    try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && read < articles;
          line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        read++;
        Annotation document = new Annotation(mapper.readTree(line).path("text").asText(""));
        tagger.annotate(document);
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
          int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
          if (size > 0 && size <= 150) {
            sentences.add(sentence);
          }
        }
      }
    }
    return sentences;
  }
}
