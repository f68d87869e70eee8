package dev.pamir.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The highest memory this process reached since the last {@link #reset()}: the heap the pools held
 * and the resident set the kernel counted.
 */
final class MemoryPeaks {

  private MemoryPeaks() {}

  /** Starts a new measure: the pools' peaks, and on Linux the resident set's high-water mark. */
  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    // Linux resets the resident set's high-water mark when told 5 through clear_refs.
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // Elsewhere the RSS peak is the process's since it started.
    }
  }

  /** The sum of the heap pools' peaks, in bytes. */
  static long heap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The resident set's high-water mark in bytes; 0 where the system does not tell it. */
  static long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
