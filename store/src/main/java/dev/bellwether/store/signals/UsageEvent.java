package dev.bellwether.store.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One usage row.
 *
 * @param eventId the sender's id, or one derived from the natural key; unique per org
 * @param accountId the CRM account
 * @param kind single event, weekly rollup or milestone
 * @param name the feature (events and rollups) or the milestone event
 * @param userId who used it (single events), or null
 * @param occurredOn the day: the event's UTC day, or the rollup's week start
 * @param occurredAt the instant, when the sender gave one; else null
 * @param count how many events the row stands for (1 for a single event unless batched)
 * @param activeUsers weekly rollups: users active that week on the feature; else null
 * @param licensedSeats weekly rollups: seats the account holds; else null
 */
public record UsageEvent(String eventId, String accountId, UsageKind kind, String name, String userId,
    LocalDate occurredOn, Instant occurredAt, long count, Integer activeUsers, Integer licensedSeats) {

  public UsageEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(occurredOn, "occurredOn");
  }
}
