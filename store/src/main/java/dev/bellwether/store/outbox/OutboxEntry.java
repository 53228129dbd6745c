package dev.bellwether.store.outbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record change waiting to be written to the CRM, matched there by its external id.
 *
 * @param id the row id, null before it is enqueued
 * @param orgId the org (tenant)
 * @param object the CRM object's API name
 * @param externalId the record's external id value, which the upsert matches on
 * @param fields the changed field values (store form: text, booleans, Long, BigDecimal, ISO dates)
 * @param createdAt when the first change of this entry was enqueued
 * @param attempts how many writes of this entry failed so far
 * @param nextAttemptAt the earliest time the entry may be sent
 * @param status where it stands
 * @param lastErrorCode the CRM's status code of the last failure, or null
 * @param lastErrorMessage the CRM's message of the last failure, or null
 * @param revision how many later changes were merged into the entry; results of a write of an
 *     older revision do not settle it
 */
public record OutboxEntry(Long id, String orgId, String object, String externalId, Map<String, Object> fields,
    Instant createdAt, int attempts, Instant nextAttemptAt, OutboxStatus status, String lastErrorCode,
    String lastErrorMessage, int revision) {

  public OutboxEntry {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(object, "object");
    if (externalId == null || externalId.isBlank()) {
      throw new IllegalArgumentException("an outbox entry for " + object + " needs an external id");
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(status, "status");
    // LinkedHashMap keeps field order and allows null values ("clear this field").
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A new change to enqueue, due at once. */
  public static OutboxEntry change(String orgId, String object, String externalId, Map<String, Object> fields,
      Instant now) {
    return new OutboxEntry(null, orgId, object, externalId, fields, now, 0, now, OutboxStatus.PENDING, null,
        null, 0);
  }
}
