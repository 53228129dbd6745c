package dev.bellwether.store.signals;

/**
 * What one batch write did with its lines.
 *
 * @param accepted stored as new rows
 * @param updated matched a stored row and changed it (an invoice now paid)
 * @param duplicates matched a stored row (or an earlier line) and changed nothing
 */
public record WriteCounts(long accepted, long updated, long duplicates) {

  /** Nothing written yet. */
  public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

  /** The sum of two counts. */
  public WriteCounts plus(WriteCounts other) {
    return new WriteCounts(accepted + other.accepted, updated + other.updated, duplicates + other.duplicates);
  }

  /** Every line counted. */
  public long total() {
    return accepted + updated + duplicates;
  }
}
