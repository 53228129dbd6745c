package dev.bellwether.store.outbox;

/**
 * How many outbox entries of one org and object are in each status.
 *
 * @param pending waiting to be sent, including those backing off after a failure
 * @param done written to the CRM and not yet purged
 * @param parked refused and waiting for an admin
 */
public record OutboxCounts(long pending, long done, long parked) {

  /** No entries at all. */
  public static final OutboxCounts NONE = new OutboxCounts(0, 0, 0);
}
