package dev.bellwether.connector;

import java.util.List;

/**
 * The outcome for one record of a write batch.
 *
 * @param index the record's position in the batch
 * @param id the record's CRM id when known
 * @param success whether the record was written
 * @param created for inserts and upserts: whether a new record was created
 * @param errors why not, when it failed
 */
public record WriteResult(int index, String id, boolean success, boolean created, List<RecordError> errors) {

  public WriteResult {
    errors = List.copyOf(errors);
  }

  public static WriteResult ok(int index, String id, boolean created) {
    return new WriteResult(index, id, true, created, List.of());
  }

  public static WriteResult failed(int index, String id, List<RecordError> errors) {
    return new WriteResult(index, id, false, false, errors);
  }

  /** True when the record failed only for reasons that may pass on a later try. */
  public boolean retryable() {
    return !success && !errors.isEmpty() && errors.stream().allMatch(RecordError::retryable);
  }
}
