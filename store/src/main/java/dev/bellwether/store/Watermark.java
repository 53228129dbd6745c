package dev.bellwether.store;

import java.time.Instant;

/**
 * How far inbound sync of one object has come.
 *
 * @param orgId the org
 * @param object the CRM object
 * @param modstamp the SystemModstamp up to which changes are applied (next poll starts here minus the overlap)
 * @param deletionsUpTo the CRM time up to which deletions are applied
 * @param firstLoadDone whether the first full load finished
 */
public record Watermark(String orgId, String object, Instant modstamp, Instant deletionsUpTo,
    boolean firstLoadDone) {
}
