package dev.pamir.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles a speed benchmark times and the others it warms up on, written as two JSON Lines
 * files: the first {@code limit} non-blank lines of a corpus, and the {@code warmUp} after them, so
 * no timed article was seen before (when the corpus is shorter, the warm-up reuses timed ones).
 *
 * @param timed the file of timed articles
 * @param warmUp the file of warm-up articles
 * @param timedCount how many articles {@code timed} holds
 * @param warmUpCount how many articles {@code warmUp} holds
 */
record TimedSample(Path timed, Path warmUp, int timedCount, int warmUpCount) {

  static TimedSample write(Path corpus, int limit, int warmUp, Path folder) throws IOException {
    List<String> read = firstLines(corpus, limit + warmUp);
    List<String> lines = read.subList(0, Math.min(limit, read.size()));
    List<String> warm =
        read.size() > limit
            ? read.subList(limit, read.size())
            : lines.subList(0, Math.min(warmUp, lines.size()));
    Path timed = folder.resolve("articles.jsonl");
    Path warmFile = folder.resolve("warm-up.jsonl");
    Files.write(timed, lines, StandardCharsets.UTF_8);
    Files.write(warmFile, warm, StandardCharsets.UTF_8);
    return new TimedSample(timed, warmFile, lines.size(), warm.size());
  }

  /** CPU time of every thread of this process, the JIT compiler's and collector's too, in s. */
  static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return 0;
  }

  private static List<String> firstLines(Path data, int limit) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      for (String line = in.readLine();
          line != null && lines.size() < limit;
          line = in.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    return lines;
  }
}
