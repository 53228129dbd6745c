package dev.bellwether.sync.status;

import java.time.Instant;
import java.util.List;

/**
 * One object's line of {@code sync status}.
 *
 * @param object the CRM object
 * @param records live records of it in the store
 * @param watermark the SystemModstamp inbound sync has reached, or null before the first load
 * @param lagSeconds how far the watermark trails now, or null before the first load
 * @param apiCalls CRM API calls the last run spent
 * @param errors errors in the last run
 * @param pending outbound changes waiting in the outbox (including those backing off after a failure)
 * @param parked outbound records parked as poison, waiting for an admin
 * @param conflicts conflicts on fields owned by both sides, as kept in the conflict log
 * @param missingFields mapped fields the CRM lacks
 * @param lastRunAt when the last run started, or null if never
 * @param lastError the last run's error, or null
 */
public record ObjectStatusLine(String object, long records, Instant watermark, Long lagSeconds, long apiCalls,
    long errors, long pending, long parked, long conflicts, List<String> missingFields, Instant lastRunAt,
    String lastError) {

  public ObjectStatusLine {
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
  }
}
