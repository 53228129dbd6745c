package dev.bellwether.devorg.store;

import java.util.Optional;

/** Decides whether one record write fails on purpose (fault injection); none by default. */
public interface RecordFaults {
  RecordFaults NONE = op -> Optional.empty();

  Optional<SaveError> injectFor(WriteOp op);
}
