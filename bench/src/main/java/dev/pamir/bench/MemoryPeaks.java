package dev.pamir.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The highest memory this process reached since the last {@link #reset()}: the heap in use, the
 * heap still live after collections, and the resident set the kernel counted.
 *
 * <p>The heap's pools reach their own peaks at different times (the young pools just before a
 * collection, the old one after it), so the sum of their peaks overstates what was ever in use at
 * once. The heap in use only grows between collections, so its highest value is the total just
 * before one of them (or now); every collection reports that total, and what survived it.
 */
final class MemoryPeaks {

  private static final Set<String> HEAP_POOLS = new HashSet<>();
  private static final AtomicLong PEAK_IN_USE = new AtomicLong();
  private static final AtomicLong PEAK_LIVE = new AtomicLong();

  static {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        HEAP_POOLS.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                GcInfo gc =
                    GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData())
                        .getGcInfo();
                PEAK_IN_USE.accumulateAndGet(heapOf(gc.getMemoryUsageBeforeGc()), Math::max);
                PEAK_LIVE.accumulateAndGet(heapOf(gc.getMemoryUsageAfterGc()), Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  private MemoryPeaks() {}

  private static long heapOf(Map<String, MemoryUsage> pools) {
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        sum += pool.getValue().getUsed();
      }
    }
    return sum;
  }

  /** Starts a new measure: the heap's peaks, and on Linux the resident set's high-water mark. */
  static void reset() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    PEAK_IN_USE.set(now);
    PEAK_LIVE.set(0);
    // Linux resets the resident set's high-water mark when told 5 through clear_refs.
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // Elsewhere the RSS peak is the process's since it started.
    }
  }

  /** The most heap in use at once, in bytes: the largest total just before a collection, or now. */
  static long heap() {
    long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return Math.max(PEAK_IN_USE.get(), now);
  }

  /**
   * The most heap that survived a collection, in bytes: what the work kept live, as opposed to what
   * the collector let pile up under the heap's limit. 0 when no collection ran.
   */
  static long liveHeap() {
    return PEAK_LIVE.get();
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
