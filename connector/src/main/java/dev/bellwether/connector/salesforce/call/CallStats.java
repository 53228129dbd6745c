package dev.bellwether.connector.salesforce.call;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link ResilientCallGuard} has done so far, for status pages and benchmarks.
 *
 * @param calls guarded calls started
 * @param attempts requests sent, first tries and retries together
 * @param retries retries scheduled, by the kind of failure that caused them
 * @param failures calls that ended in an exception (permanent, exhausted or interrupted)
 */
public record CallStats(long calls, long attempts, Map<TransientKind, Long> retries, long failures) {

  public CallStats {
    EnumMap<TransientKind, Long> all = new EnumMap<>(TransientKind.class);
    for (TransientKind kind : TransientKind.values()) {
      all.put(kind, retries == null ? 0L : retries.getOrDefault(kind, 0L));
    }
    retries = Map.copyOf(all);
  }

  /** Retries caused by one kind of failure. */
  public long retries(TransientKind kind) {
    return retries.get(kind);
  }

  /** Retries of every kind. */
  public long totalRetries() {
    return retries.values().stream().mapToLong(Long::longValue).sum();
  }
}
