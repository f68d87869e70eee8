package dev.pamir.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pamir.events.embed.SentenceEncoder;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SentenceEncoderBenchmark measures how many sentences per second {@link SentenceEncoder}
 * embeds on one thread, on sentences taken from the {@code text} of a JSON Lines corpus (split at
 * full stops followed by a space, 40 to 300 characters kept), after a warm-up.
 *
 * <p>Usage: {@code SentenceEncoderBenchmark DATA.jsonl [--sentences N] [--batch B]}.
 */
public final class SentenceEncoderBenchmark {

  private SentenceEncoderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: SentenceEncoderBenchmark DATA.jsonl [--sentences N] [--batch B]");
      System.exit(2);
    }
    int count = 2000;
    int batch = 32;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--sentences" -> count = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<String> sentences = sentences(Path.of(args[0]), count);
    double chars = sentences.stream().mapToInt(String::length).average().orElse(0);
    System.out.printf(
        "%d sentences from %s, %.0f characters on average, batches of %d, one thread%n",
        sentences.size(), Path.of(args[0]).getFileName(), chars, batch);

    long loadStart = System.nanoTime();
    SentenceEncoder encoder = SentenceEncoder.load();
    encoder.encode("Warm the model up.");
    System.out.printf("model load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
    encode(encoder, sentences.subList(0, Math.min(200, sentences.size())), batch);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    double seconds = encode(encoder, sentences, batch);
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        "SentenceEncoder (all-MiniLM-L6-v2 q, ONNX, CPU): %.1f sentences/s on one thread"
            + " (%.1f per second of that thread's CPU time)%n",
        sentences.size() / seconds, sentences.size() / cpuSeconds);
  }

  private static double encode(SentenceEncoder encoder, List<String> sentences, int batch) {
    long start = System.nanoTime();
    for (int i = 0; i < sentences.size(); i += batch) {
      encoder.encode(sentences.subList(i, Math.min(sentences.size(), i + batch)));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String> sentences(Path data, int count) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> sentences = new ArrayList<>(count);
    try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine();
          line != null && sentences.size() < count;
          line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String text = mapper.readTree(line).path("text").asText("").replaceAll("\\s+", " ");
        for (String sentence : text.split("(?<=\\.) ")) {
          if (sentence.length() >= 40 && sentence.length() <= 300 && sentences.size() < count) {
            sentences.add(sentence.strip());
          }
        }
      }
    }
    return sentences;
  }
}
