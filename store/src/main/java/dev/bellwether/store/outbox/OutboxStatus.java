package dev.bellwether.store.outbox;

import java.util.Arrays;
import java.util.Locale;

/** Where an outbox entry stands: waiting to be sent, sent, or parked as poison. */
public enum OutboxStatus {
  /** Waiting to be sent (again), at or after its next attempt time. */
  PENDING,
  /** Written to the CRM. */
  DONE,
  /** Refused for good or too often; kept for an admin to see, never retried on its own. */
  PARKED;

  /** The word stored in the {@code status} column. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a {@code status} column value names. */
  public static OutboxStatus ofColumn(String value) {
    return Arrays.stream(values()).filter(s -> s.column().equals(value)).findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown outbox status '" + value + "'"));
  }
}
