package dev.bellwether.devorg.bulk.ingest;

import dev.bellwether.devorg.store.SaveError;
import dev.bellwether.devorg.store.WriteOp;

/**
 * What to do with one CSV row: a write for the store, or an error found before any write
 * (ragged row, unknown parent external id, missing Id...).
 *
 * @param op the write, or null when {@code error} is set
 * @param rowId the Id cell of the row (update and delete), reported as sf__Id when the store
 *     gives no id back
 */
record RowPlan(CsvRowReader.Row row, WriteOp op, SaveError error, String rowId) {
  static RowPlan write(CsvRowReader.Row row, WriteOp op, String rowId) {
    return new RowPlan(row, op, null, rowId);
  }

  static RowPlan reject(CsvRowReader.Row row, SaveError error, String rowId) {
    return new RowPlan(row, null, error, rowId);
  }
}
