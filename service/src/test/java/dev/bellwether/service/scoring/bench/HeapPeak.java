package dev.bellwether.service.scoring.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap this JVM used per benchmark phase, from the garbage collectors' own reports: the used
 * heap just before each collection (live data and garbage: what -Xmx must hold) and the largest
 * just after one (what the program really keeps).
 */
final class HeapPeak {
  private final Set<String> heapPools = new HashSet<>();
  private long peakBeforeGc;
  private long peakAfterGc;
  private long collections;

  HeapPeak() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
          observed(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()),
              heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        }
      }, null, null);
    }
  }

  /** Starts a new phase: the peaks seen so far are forgotten. */
  synchronized void reset() {
    peakBeforeGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    peakAfterGc = 0;
    collections = 0;
  }

  /** What the phase used at most, as one value. */
  synchronized Peak peak() {
    return new Peak(Math.max(peakBeforeGc, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()),
        peakAfterGc, collections);
  }

  /**
   * A phase's heap.
   *
   * @param used the largest heap use: before a collection, or at the end if that is larger
   * @param liveAfterGc the largest heap still in use after a collection (0 when none ran)
   * @param collections how many collections ran
   */
  record Peak(long used, long liveAfterGc, long collections) {}

  private synchronized void observed(long before, long after) {
    peakBeforeGc = Math.max(peakBeforeGc, before);
    peakAfterGc = Math.max(peakAfterGc, after);
    collections++;
  }

  private long heapUsed(Map<String, MemoryUsage> byPool) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> e : byPool.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        used += e.getValue().getUsed();
      }
    }
    return used;
  }
}
