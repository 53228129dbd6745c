package dev.bellwether.connector.salesforce.call;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe tallies behind {@link CallStats}. */
final class CallCounters {
  private final LongAdder calls = new LongAdder();
  private final LongAdder attempts = new LongAdder();
  private final LongAdder failures = new LongAdder();
  private final Map<TransientKind, LongAdder> retries = new EnumMap<>(TransientKind.class);

  CallCounters() {
    for (TransientKind kind : TransientKind.values()) {
      retries.put(kind, new LongAdder());
    }
  }

  void call() {
    calls.increment();
  }

  void attempt() {
    attempts.increment();
  }

  void retry(TransientKind kind) {
    retries.get(kind).increment();
  }

  void failure() {
    failures.increment();
  }

  CallStats snapshot() {
    Map<TransientKind, Long> byKind = new EnumMap<>(TransientKind.class);
    retries.forEach((kind, n) -> byKind.put(kind, n.sum()));
    return new CallStats(calls.sum(), attempts.sum(), byKind, failures.sum());
  }
}
