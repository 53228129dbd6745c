package dev.bellwether.service.schedule;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits for a condition that background jobs make true, checking every 100 ms. The deadline only
 * bounds a broken run; no test asserts how fast anything happened.
 */
final class Eventually {

  /** A condition that may read the database. */
  @FunctionalInterface
  interface Condition {
    boolean holds() throws Exception;
  }

  private Eventually() {
  }

  static void await(String what, Duration atMost, Condition condition) throws Exception {
    await(() -> what, atMost, condition);
  }

  /** @param what describes the condition when it fails, read only then (e.g. with the processes' output) */
  static void await(Supplier<String> what, Duration atMost, Condition condition) throws Exception {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + atMost.toSeconds() + " s: " + what.get());
      }
      Thread.sleep(100);
    }
  }
}
