package dev.bellwether.devorg.seed;

import java.time.Instant;

/**
 * A support case before it has an Id.
 *
 * @param contactIndex index into the account's contacts
 * @param created passed as CreatedDate, which the org honours on seed inserts
 * @param closed the ClosedDate; null while the case is open
 */
record PlannedCase(
    String subject,
    String description,
    String status,
    String priority,
    String origin,
    String type,
    int contactIndex,
    Instant created,
    Instant closed) {

  boolean isClosed() {
    return closed != null;
  }
}
