package dev.bellwether.sync.outbound;

/**
 * What one drain of an object's outbox did.
 *
 * @param sent entries written to the CRM (attempted)
 * @param done entries the CRM accepted
 * @param retried entries that failed for a passing reason and wait to be tried again
 * @param parked entries parked as poison
 * @param apiCalls CRM API requests the drain spent
 */
public record DrainResult(int sent, int done, int retried, int parked, long apiCalls) {

  /** Nothing sent. */
  public static final DrainResult NONE = new DrainResult(0, 0, 0, 0, 0);

  /** The sum of two results. */
  public DrainResult plus(DrainResult other) {
    return new DrainResult(sent + other.sent, done + other.done, retried + other.retried,
        parked + other.parked, apiCalls + other.apiCalls);
  }
}
