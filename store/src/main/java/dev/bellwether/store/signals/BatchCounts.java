package dev.bellwether.store.signals;

import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads what a batch of {@code INSERT ... ON CONFLICT DO NOTHING} did: 1 stored, 0 already there. */
final class BatchCounts {
  private static final Logger LOG = LoggerFactory.getLogger(BatchCounts.class);

  private BatchCounts() {
  }

  /**
   * Counts stored rows and duplicates. A driver that rewrites batches (PostgreSQL's
   * {@code reWriteBatchedInserts=true}) reports no per-row counts; such rows are counted as stored
   * and a warning says duplicates cannot be told apart.
   */
  static WriteCounts ofInserts(int[] counts, String table) {
    long stored = 0;
    long unknown = 0;
    for (int count : counts) {
      if (count == Statement.SUCCESS_NO_INFO) {
        unknown++;
      } else if (count > 0) {
        stored++;
      }
    }
    if (unknown > 0) {
      LOG.warn("The JDBC driver reported no row counts for {} inserts into {} (reWriteBatchedInserts?);"
          + " they are counted as stored, so duplicates go uncounted", unknown, table);
    }
    return new WriteCounts(stored + unknown, 0, counts.length - stored - unknown);
  }
}
