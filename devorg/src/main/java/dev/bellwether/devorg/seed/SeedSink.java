package dev.bellwether.devorg.seed;

import java.util.Map;

/**
 * Receives generated records; returns the new record's 18-char Id.
 *
 * <p>Field values are plain Java values: {@code String}, {@code Boolean}, {@code Integer},
 * {@code java.math.BigDecimal}, {@code java.time.LocalDate} and {@code java.time.Instant}. The
 * seed calls {@code insert} in dependency order (User, Account, Contact, Contract, Opportunity,
 * Case, Task), so every lookup Id it passes was returned by an earlier call.
 */
public interface SeedSink {
  /** Inserts one record of {@code sobjectType} and returns its 18-character Id. */
  String insert(String sobjectType, Map<String, Object> fields);
}
