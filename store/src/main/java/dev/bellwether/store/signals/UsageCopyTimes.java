package dev.bellwether.store.signals;

/**
 * Where the time of usage writes into PostgreSQL went, summed over the batches since the store opened
 * (all zero on H2, which takes the INSERT path): for benchmarks and for telling a slow client from a
 * slow server. Commit time is the caller's and not included.
 *
 * @param batches batches written by COPY
 * @param rows lines in them, duplicates included
 * @param encodeNanos encoding rows into COPY text (and dropping ids repeated in a batch), in this JVM
 * @param copyNanos making sure the session's staging table exists, sending the rows and the server
 *     storing them there (or straight in {@code signal_usage}, for a batch with no id stored before)
 * @param insertNanos the server moving them into {@code signal_usage}, skipping ids already there
 */
public record UsageCopyTimes(long batches, long rows, long encodeNanos, long copyNanos, long insertNanos) {

  /** The three phases together. */
  public long totalNanos() {
    return encodeNanos + copyNanos + insertNanos;
  }
}
