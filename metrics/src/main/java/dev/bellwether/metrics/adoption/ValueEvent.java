package dev.bellwether.metrics.adoption;

import java.time.Instant;
import java.util.Objects;

/** A product event of an account, such as {@code first_report_shared}. */
public record ValueEvent(String accountId, String eventType, Instant occurredAt) {

  public ValueEvent {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
