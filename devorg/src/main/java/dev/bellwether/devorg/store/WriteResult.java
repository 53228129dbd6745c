package dev.bellwether.devorg.store;

import java.util.List;

/** The outcome of one write operation: the record id, whether it was created, or errors. */
public record WriteResult(String id, boolean success, boolean created, List<SaveError> errors) {
  public WriteResult {
    errors = List.copyOf(errors);
  }

  public static WriteResult ok(String id, boolean created) {
    return new WriteResult(id, true, created, List.of());
  }

  public static WriteResult failed(String id, SaveError error) {
    return new WriteResult(id, false, false, List.of(error));
  }

  public static WriteResult failed(String id, List<SaveError> errors) {
    return new WriteResult(id, false, false, errors);
  }
}
