package dev.bellwether.devorg.seed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Options for one demo seed.
 *
 * @param seedNumber the only source of randomness: the same number gives the same book
 * @param accounts how many Account records to create; every other count scales with it
 * @param today the last day of the three-year history; the seed never reads a clock
 */
public record DemoSeedOptions(long seedNumber, int accounts, LocalDate today) {

  /** The book size the demo org uses unless told otherwise. */
  public static final int DEFAULT_ACCOUNTS = 2_000;

  /** Validates at construction, so a bad option fails before any record is written. */
  public DemoSeedOptions {
    Objects.requireNonNull(today, "DemoSeedOptions.today must be set (the seed never reads a clock)");
    if (accounts < 1 || accounts > 1_000_000) {
      throw new IllegalArgumentException(
          "DemoSeedOptions.accounts must be between 1 and 1,000,000, was " + accounts);
    }
  }

  /** The default book: {@value #DEFAULT_ACCOUNTS} accounts. */
  public static DemoSeedOptions defaults(long seedNumber, LocalDate today) {
    return new DemoSeedOptions(seedNumber, DEFAULT_ACCOUNTS, today);
  }
}
