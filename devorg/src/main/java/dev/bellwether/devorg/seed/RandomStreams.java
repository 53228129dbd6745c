package dev.bellwether.devorg.seed;

import java.util.SplittableRandom;

/**
 * Derives one independent random stream per (purpose, index) pair from the seed number.
 *
 * <p>Separate streams keep the book stable under change: drawing one more case for an account
 * does not shift its invoices, and account 7 plays out the same way whatever account 6 did.
 */
final class RandomStreams {

  /** What a stream is for. Appending is safe; reordering changes every generated book. */
  enum Purpose {
    BOOK,
    PROFILE,
    HISTORY,
    HEALTH,
    CONTACTS,
    CASES,
    TASKS,
    USAGE,
    SURVEYS,
    INVOICES
  }

  private final long seedNumber;

  RandomStreams(long seedNumber) {
    this.seedNumber = seedNumber;
  }

  Dice dice(Purpose purpose, int index) {
    long h = mix(seedNumber + 0x9E3779B97F4A7C15L * (purpose.ordinal() + 1));
    h = mix(h ^ (index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L));
    return new Dice(new SplittableRandom(h));
  }

  /** SplitMix64's finaliser: neighbouring inputs give unrelated outputs. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
