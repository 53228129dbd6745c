package dev.bellwether.store;

import java.time.Instant;
import java.util.List;

/**
 * How inbound sync of one object went last, as {@code sync status} shows it.
 *
 * @param orgId the org
 * @param object the CRM object
 * @param lastRunAt when the last run started, or null if never
 * @param lastSuccessAt when a run last finished without error, or null if never
 * @param recordsApplied records written to the store by the last run
 * @param apiCalls CRM API calls made by the last run
 * @param errors errors in the last run
 * @param lastError the last error's message (never a secret), or null
 * @param missingFields mapped fields the CRM does not have (skipped, not fatal)
 * @param lagSeconds how far the store trails the CRM, in seconds, or null if unknown
 */
public record ObjectStatus(String orgId, String object, Instant lastRunAt, Instant lastSuccessAt,
    long recordsApplied, long apiCalls, long errors, String lastError, List<String> missingFields,
    Long lagSeconds) {

  public ObjectStatus {
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
  }
}
