package dev.bellwether.sync.inbound;

import dev.bellwether.store.Watermark;
import java.time.Duration;
import java.util.List;

/**
 * What one inbound run of one object did, for status pages and the CLI.
 *
 * @param object the CRM object
 * @param mode first load or incremental poll
 * @param readPath how the CRM was read (e.g. "bulk-query", "soap-query")
 * @param recordsRead records the CRM returned
 * @param recordsApplied records that changed the store (re-reads of a stored version do not)
 * @param recordsDeleted records newly marked deleted
 * @param pages record pages applied
 * @param reconciled whether deletions were found by comparing ids (the CRM's feed fell short)
 * @param missingFields mapped fields the CRM does not have (schema drift); the run went on without them
 * @param watermark the watermark after the run
 * @param apiCalls CRM API calls the run spent, as counted by the connector's budget
 * @param duration how long the run took
 */
public record InboundRun(String object, InboundMode mode, String readPath, long recordsRead,
    long recordsApplied, long recordsDeleted, int pages, boolean reconciled,
    List<String> missingFields, Watermark watermark, long apiCalls, Duration duration) {

  public InboundRun {
    missingFields = List.copyOf(missingFields);
  }
}
