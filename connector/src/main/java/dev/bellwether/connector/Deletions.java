package dev.bellwether.connector;

import java.time.Instant;
import java.util.List;

/**
 * Deletions read for a window.
 *
 * @param records the deleted records
 * @param earliestAvailable how far back the CRM still keeps deletions; a window starting
 *     earlier may have missed some, and the caller must reconcile by comparing ids
 * @param latestCovered the end of the span the CRM actually covered
 */
public record Deletions(List<DeletedRecord> records, Instant earliestAvailable, Instant latestCovered) {

  public Deletions {
    records = List.copyOf(records);
  }

  /** True when the window began before the CRM's retention, so deletions may be missing. */
  public boolean incompleteFor(TimeWindow window) {
    return earliestAvailable != null && window.from().isBefore(earliestAvailable);
  }
}
