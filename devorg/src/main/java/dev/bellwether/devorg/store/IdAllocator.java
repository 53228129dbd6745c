package dev.bellwether.devorg.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out fresh ids per key prefix; a restored store raises counters past ids it saw. */
public final class IdAllocator {
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

  /** A new 18-character id with this key prefix. */
  public String next(String keyPrefix) {
    return Ids.of(keyPrefix, counters.computeIfAbsent(keyPrefix, p -> new AtomicLong())
        .incrementAndGet());
  }

  /** Makes sure later ids of this prefix come after an id that already exists. */
  public void observe(String id) {
    long seq = Ids.sequenceOf(id);
    counters.computeIfAbsent(id.substring(0, 3), p -> new AtomicLong())
        .accumulateAndGet(seq, Math::max);
  }
}
