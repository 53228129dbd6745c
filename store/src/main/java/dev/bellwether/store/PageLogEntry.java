package dev.bellwether.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One applied page of an inbound run.
 *
 * @param orgId the org
 * @param object the object
 * @param runId the run the page belongs to (one per object run)
 * @param mode FIRST_LOAD or INCREMENTAL
 * @param page the page's number within the run, from 1
 * @param records how many records the page held
 * @param windowFrom where an incremental run's window starts (null for a first load)
 * @param windowTo where an incremental run's window ends (null for a first load)
 * @param instanceId the service instance that applied it
 */
public record PageLogEntry(String orgId, String object, String runId, String mode, int page, int records,
    Instant windowFrom, Instant windowTo, String instanceId) {

  public PageLogEntry {
    Objects.requireNonNull(orgId, "orgId");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(instanceId, "instanceId");
  }
}
