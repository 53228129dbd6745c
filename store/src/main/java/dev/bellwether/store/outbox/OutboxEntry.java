package dev.bellwether.store.outbox;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record change waiting to be written to the CRM, matched there by its external id (an upsert),
 * or, for a record without one, by its CRM id (an update).
 *
 * @param id the row id, null before it is enqueued
 * @param orgId the org (tenant)
 * @param object the CRM object's API name
 * @param externalId the record's external id value, which the upsert matches on; null for an update by CRM id
 * @param fields the changed field values (store form: text, booleans, Long, BigDecimal, ISO dates)
 * @param createdAt when the first change of this entry was enqueued
 * @param attempts how many writes of this entry failed so far
 * @param nextAttemptAt the earliest time the entry may be sent
 * @param status where it stands
 * @param lastErrorCode the CRM's status code of the last failure, or null
 * @param lastErrorMessage the CRM's message of the last failure, or null
 * @param revision how many later changes were merged into the entry; results of a write of an
 *     older revision do not settle it
 * @param crmId the record's CRM id, which an update matches on when there is no external id; else null
 */
public record OutboxEntry(Long id, String orgId, String object, String externalId, Map<String, Object> fields,
    Instant createdAt, int attempts, Instant nextAttemptAt, OutboxStatus status, String lastErrorCode,
    String lastErrorMessage, int revision, String crmId) {

  public OutboxEntry {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(object, "object");
    if (blank(externalId) && blank(crmId)) {
      throw new IllegalArgumentException("an outbox entry for " + object + " needs an external id or a CRM id");
    }
    if (blank(externalId)) {
      externalId = null;
    }
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(status, "status");
    // LinkedHashMap keeps field order and allows null values ("clear this field").
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** An entry matched by its external id only (the form before updates by CRM id existed). */
  public OutboxEntry(Long id, String orgId, String object, String externalId, Map<String, Object> fields,
      Instant createdAt, int attempts, Instant nextAttemptAt, OutboxStatus status, String lastErrorCode,
      String lastErrorMessage, int revision) {
    this(id, orgId, object, externalId, fields, createdAt, attempts, nextAttemptAt, status, lastErrorCode,
        lastErrorMessage, revision, null);
  }

  /** A new change to enqueue, due at once, upserted by external id. */
  public static OutboxEntry change(String orgId, String object, String externalId, Map<String, Object> fields,
      Instant now) {
    if (blank(externalId)) {
      throw new IllegalArgumentException("an outbox entry for " + object + " needs an external id");
    }
    return new OutboxEntry(null, orgId, object, externalId, fields, now, 0, now, OutboxStatus.PENDING, null,
        null, 0, null);
  }

  /** A new change to enqueue, due at once, written as an update of the record with this CRM id. */
  public static OutboxEntry update(String orgId, String object, String crmId, Map<String, Object> fields,
      Instant now) {
    if (blank(crmId)) {
      throw new IllegalArgumentException("an update of " + object + " needs a CRM id");
    }
    return new OutboxEntry(null, orgId, object, null, fields, now, 0, now, OutboxStatus.PENDING, null, null, 0,
        crmId);
  }

  /** Whether the CRM matches this entry by external id (an upsert) rather than by CRM id (an update). */
  public boolean byExternalId() {
    return externalId != null;
  }

  /** The key the record is matched by, for messages: the external id, else the CRM id. */
  public String recordKey() {
    return externalId != null ? externalId : crmId;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
