package dev.bellwether.sync.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a local edit did: the values that differed from what the store knew (only those are sent to
 * the CRM) and the outbox row carrying them.
 *
 * @param object the object
 * @param crmId the record's CRM id, null while the CRM does not have it
 * @param externalId the external id the write upserts by, or null for an update by CRM id
 * @param enqueued the changed values by field, store form; empty when nothing changed
 * @param outboxId the outbox row carrying them, null when nothing changed
 */
public record EditOutcome(String object, String crmId, String externalId, Map<String, Object> enqueued,
    Long outboxId) {

  public EditOutcome {
    enqueued = Collections.unmodifiableMap(new LinkedHashMap<>(enqueued));
  }

  /** Whether anything differed, so a write to the CRM was queued. */
  public boolean changed() {
    return !enqueued.isEmpty();
  }
}
